import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import type { WorkflowStatus } from '../content';
import { type ProgressFilter, progressRows } from './progress.queries';
import { overallState, type OverallState, type Progress } from './tracking';

export type { ProgressFilter } from './progress.queries';

export interface ProgressRow extends Progress {
  documentId: string;
  title: string;
  sourceLocale: string;
  locale: string;
  /** Workflow state of the translation (null when it does not exist yet). */
  workflowStatus: WorkflowStatus | null;
  state: OverallState;
  cursor: string;
}

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
  const rows = await progressRows(tx, filter, first + 1, offset);
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
