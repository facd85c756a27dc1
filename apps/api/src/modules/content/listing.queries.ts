import type { TenantTx } from '../../kernel/db/database';
import type { DocumentKind, WorkflowStatus } from './document.entity';

export interface ListFilter {
  locale: string;
  kind?: DocumentKind;
  topic?: string;
  status?: WorkflowStatus;
  reviewOverdue?: boolean;
  /** Only locales with a revision by this user (the dashboard's "my drafts"). */
  editedBy?: string;
}

export type ListOrder = 'UPDATED_DESC' | 'TITLE_ASC';

/** Where a page ends: the sort key and document id of its last row. */
export interface Cursor {
  k: string;
  id: string;
}

export interface ListRow {
  document_id: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  kind: DocumentKind;
  topics: string[];
  status: WorkflowStatus;
  updated_at: Date;
  next_review_due: string | null;
  sort_key: string;
}

/**
 * One statement per page, whatever the page size: keyset pagination on
 * (sort key, document id). `published` lists only what readers may see.
 */
export async function listRows(
  tx: TenantTx,
  opts: { filter: ListFilter; order: ListOrder; after: Cursor | null; limit: number; published: boolean; today: string },
): Promise<ListRow[]> {
  const { filter } = opts;
  const params: unknown[] = [tx.tenantId, filter.locale];
  const where: string[] = ['x.tenant_id = $1', 'x.locale = $2'];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.kind) add('x.kind = ?', filter.kind);
  if (filter.topic) add('? = ANY(x.topics)', filter.topic);
  if (!opts.published && filter.status) add('x.status = ?', filter.status);
  if (!opts.published && filter.reviewOverdue !== undefined) {
    add(
      filter.reviewOverdue ? 'x.next_review_due::date < ?::date' : '(x.next_review_due IS NULL OR x.next_review_due::date >= ?::date)',
      opts.today,
    );
  }
  if (!opts.published && filter.editedBy) {
    add(
      'EXISTS (SELECT 1 FROM revisions r WHERE r.tenant_id = x.tenant_id AND r.document_id = x.document_id AND r.locale = x.locale AND r.author_id = ?)',
      filter.editedBy,
    );
  }
  const byTitle = opts.order === 'TITLE_ASC';
  const key = byTitle ? 'x.title' : `to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
  if (opts.after) {
    const c = opts.after;
    params.push(c.k, c.id);
    const [k, id] = [`$${params.length - 1}`, `$${params.length}::uuid`];
    where.push(byTitle ? `(x.title, x.document_id) > (${k}, ${id})` : `(${key}, x.document_id) < (${k}, ${id})`);
  }
  const source = opts.published
    ? `SELECT p.tenant_id, p.document_id, p.locale, p.slug, p.title, p.summary, p.kind, p.topics, 'published'::text AS status,
              p.content_updated_at AS updated_at, NULL::text AS next_review_due
         FROM published_documents p`
    : `SELECT dl.tenant_id, dl.document_id, dl.locale, dl.slug, dl.title, '' AS summary, d.kind, d.topics, dl.status,
              dl.updated_at, d.next_review_due::text AS next_review_due
         FROM document_locales dl JOIN documents d ON d.tenant_id = dl.tenant_id AND d.id = dl.document_id`;
  params.push(opts.limit);
  return tx.em.query(
    `SELECT x.*, ${key} AS sort_key FROM (${source}) x
      WHERE ${where.join(' AND ')}
      ORDER BY ${byTitle ? 'x.title ASC, x.document_id ASC' : 'x.updated_at DESC, x.document_id DESC'}
      LIMIT $${params.length}`,
    params,
  );
}
