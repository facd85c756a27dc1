import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
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

export interface ListItem {
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  kind: DocumentKind;
  topics: string[];
  /** Published items only say "published"; members see the workflow state. */
  status: WorkflowStatus;
  updatedAt: Date;
  nextReviewDue: string | null;
  cursor: string;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

interface Cursor {
  k: string;
  id: string;
}

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(cursor: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.k === 'string' && typeof c.id === 'string') return c;
  } catch {
    // fall through
  }
  throw badInput('after', 'This cursor is not one this list gave out. Start again without "after".', 'CURSOR_INVALID');
}

/**
 * One statement per page, whatever the page size: keyset pagination on
 * (sort key, document id). `published` lists only what readers may see.
 */
export async function listDocuments(
  tx: TenantTx,
  opts: { filter: ListFilter; order: ListOrder; first: number; after?: string | null; published: boolean; today: string },
): Promise<Page<ListItem>> {
  if (!Number.isInteger(opts.first) || opts.first < 1 || opts.first > 100)
    throw badInput('first', 'Ask for between 1 and 100 documents at a time.', { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: 100 });
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
    const c = decode(opts.after);
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
  params.push(opts.first + 1);
  const rows: (Omit<ListItem, 'documentId' | 'updatedAt' | 'nextReviewDue' | 'cursor'> & {
    document_id: string;
    updated_at: Date;
    next_review_due: string | null;
    sort_key: string;
  })[] = await tx.em.query(
    `SELECT x.*, ${key} AS sort_key FROM (${source}) x
      WHERE ${where.join(' AND ')}
      ORDER BY ${byTitle ? 'x.title ASC, x.document_id ASC' : 'x.updated_at DESC, x.document_id DESC'}
      LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, opts.first);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      documentId: r.document_id,
      locale: r.locale,
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      kind: r.kind,
      topics: r.topics,
      status: r.status,
      updatedAt: r.updated_at,
      nextReviewDue: r.next_review_due,
      cursor: encode({ k: r.sort_key, id: r.document_id }),
    })),
    hasNextPage: rows.length > opts.first,
    endCursor: last ? encode({ k: last.sort_key, id: last.document_id }) : null,
  };
}
