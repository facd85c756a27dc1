import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import { overallState, type BlockStatus, type OverallState, type Progress } from './tracking';

export interface ProgressRow extends Progress {
  documentId: string;
  title: string;
  sourceLocale: string;
  locale: string;
  /** Workflow state of the translation (null when it does not exist yet). */
  workflowStatus: string | null;
  state: OverallState;
  cursor: string;
}

export interface ProgressFilter {
  locale?: string;
  /** Only rows with at least one block in this status. */
  status?: BlockStatus;
  documentIds?: string[];
}

const STATUS_COLUMN: Record<BlockStatus, string> = {
  missing: 'missing',
  draft: 'draft',
  needs_review: 'needs_review',
  approved: 'approved',
  outdated: 'outdated',
};

const encode = (n: number) => Buffer.from(`p:${n}`).toString('base64url');
function decode(cursor: string): number {
  const m = /^p:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after', 'This cursor is not one this list gave out. Start again without "after".', 'CURSOR_INVALID');
  return Number(m[1]);
}

/**
 * Documents × target locales with block counts per status: one statement.
 * Archived documents are left out. Ordered by source title, then locale.
 */
export async function translationProgress(
  tx: TenantTx,
  filter: ProgressFilter,
  first: number,
  after: string | null,
): Promise<{ items: ProgressRow[]; hasNextPage: boolean; endCursor: string | null }> {
  if (!Number.isInteger(first) || first < 1 || first > 200)
    throw badInput('first', 'Ask for between 1 and 200 rows at a time.', { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: 200 });
  const offset = after ? decode(after) : 0;
  const params: unknown[] = [tx.tenantId];
  const where: string[] = [];
  if (filter.locale) {
    params.push(filter.locale);
    where.push(`l.tag = $${params.length}`);
  }
  if (filter.documentIds) {
    params.push(filter.documentIds);
    where.push(`d.id = ANY($${params.length}::uuid[])`);
  }
  const having = filter.status ? `HAVING ${STATUS_COLUMN[filter.status]} > 0` : '';
  params.push(first + 1, offset);
  const rows: {
    document_id: string;
    title: string;
    source_locale: string;
    locale: string;
    workflow_status: string | null;
    total: number;
    missing: number;
    draft: number;
    needs_review: number;
    approved: number;
    outdated: number;
  }[] = await tx.em.query(
    `SELECT * FROM (
       SELECT d.id AS document_id, sl.title, d.source_locale, l.tag AS locale, dl.status AS workflow_status, l.position,
              count(*)::int AS total,
              count(*) FILTER (WHERE t.block_id IS NULL)::int AS missing,
              count(*) FILTER (WHERE t.source_hash <> s.hash)::int AS outdated,
              count(*) FILTER (WHERE t.source_hash = s.hash AND t.state = 'draft')::int AS draft,
              count(*) FILTER (WHERE t.source_hash = s.hash AND t.state = 'needs_review')::int AS needs_review,
              count(*) FILTER (WHERE t.source_hash = s.hash AND t.state = 'approved')::int AS approved
         FROM documents d
         JOIN document_locales sl ON sl.tenant_id = d.tenant_id AND sl.document_id = d.id AND sl.locale = d.source_locale
         JOIN tenant_locales l ON l.tenant_id = d.tenant_id AND l.tag <> d.source_locale
         JOIN source_blocks s ON s.tenant_id = d.tenant_id AND s.document_id = d.id AND s.translatable
         LEFT JOIN translation_blocks t
           ON t.tenant_id = s.tenant_id AND t.document_id = s.document_id AND t.block_id = s.block_id AND t.locale = l.tag
         LEFT JOIN document_locales dl ON dl.tenant_id = d.tenant_id AND dl.document_id = d.id AND dl.locale = l.tag
        WHERE d.tenant_id = $1 AND sl.status <> 'archived' ${where.length ? `AND ${where.join(' AND ')}` : ''}
        GROUP BY d.id, sl.title, d.source_locale, l.tag, l.position, dl.status
     ) x ${having.replace(/^HAVING/, 'WHERE')}
     ORDER BY x.title, x.document_id, x.position
     LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  const page = rows.slice(0, first);
  return {
    items: page.map((r, i) => {
      const p: Progress = {
        total: r.total,
        missing: r.missing,
        draft: r.draft,
        needsReview: r.needs_review,
        approved: r.approved,
        outdated: r.outdated,
      };
      return {
        documentId: r.document_id,
        title: r.title,
        sourceLocale: r.source_locale,
        locale: r.locale,
        workflowStatus: r.workflow_status,
        ...p,
        state: overallState(p),
        cursor: encode(offset + i + 1),
      };
    }),
    hasNextPage: rows.length > first,
    endCursor: page.length ? encode(offset + page.length) : null,
  };
}
