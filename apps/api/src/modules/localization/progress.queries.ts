import type { TenantTx } from '../../kernel/db/database';
import type { WorkflowStatus } from '../content';
import type { BlockStatus } from './tracking.queries';

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

export interface ProgressCountsRow {
  document_id: string;
  title: string;
  source_locale: string;
  locale: string;
  workflow_status: WorkflowStatus | null;
  total: number;
  missing: number;
  draft: number;
  needs_review: number;
  approved: number;
  outdated: number;
}

/**
 * Documents × target locales with block counts per status: one statement.
 * Archived documents are left out. Ordered by source title, then locale.
 */
export async function progressRows(tx: TenantTx, filter: ProgressFilter, limit: number, offset: number): Promise<ProgressCountsRow[]> {
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
  params.push(limit, offset);
  return tx.em.query(
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
}
