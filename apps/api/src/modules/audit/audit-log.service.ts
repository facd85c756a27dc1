import type { Database, TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import { decodeCursor, encodeCursor, pageSize } from '../../kernel/graphql/connection';
import { authorize, type Principal } from '../../kernel/policy';
import { isUuid } from '../../kernel/uuids';
import { auditBatch, auditPage, type AuditFilter, type AuditRecord } from './audit.queries';

export type { AuditRecord };

/** The filter as a client gives it: `actor` is a user id or a label (e-mail address, "cli:…"). */
export interface AuditLogFilter {
  actor?: string | null;
  action?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface AuditLogArgs {
  filter?: AuditLogFilter | null;
  first?: number | null;
  after?: string | null;
}

export interface AuditLogPage {
  nodes: { cursor: string; node: AuditRecord }[];
  hasNextPage: boolean;
}

/** Ids of the log are positive bigints; a cursor carries one as text. */
const ENTRY_ID = /^[1-9]\d{0,18}$/;

/** Rows per query of an export: the export never holds more than this many in memory. */
export const EXPORT_BATCH = 500;

function queryFilter(f: AuditLogFilter): AuditFilter {
  const actor = f.actor?.trim() || null;
  if (f.from && f.to && f.from.getTime() > f.to.getTime()) {
    throw badInput('filter.to', '`to` is before `from`: swap them, or leave one out.', 'RANGE_INVERTED');
  }
  for (const [field, d] of [
    ['filter.from', f.from],
    ['filter.to', f.to],
  ] as const) {
    if (d && Number.isNaN(d.getTime())) throw badInput(field, 'This is not a date and time.', 'DATE_INVALID');
  }
  return {
    actorUserId: actor && isUuid(actor) ? actor : null,
    actorLabel: actor && !isUuid(actor) ? actor : null,
    action: f.action?.trim() || null,
    subjectType: f.objectType?.trim() || null,
    subjectId: f.objectId?.trim() || null,
    from: f.from ?? null,
    to: f.to ?? null,
  };
}

/**
 * Reading the audit log: admins page through their tenant's entries, newest
 * first; operators export them. Writing stays with `audit()` in each change's
 * own transaction. Row-level security and the tenant of `tx` keep every read
 * inside one tenant.
 */
export class AuditLogService {
  async list(tx: TenantTx, principal: Principal, args: AuditLogArgs = {}): Promise<AuditLogPage> {
    authorize(principal, 'audit.read');
    const first = pageSize(args.first);
    let before: string | null = null;
    if (args.after) {
      const [id] = decodeCursor(args.after, 1);
      if (!ENTRY_ID.test(id!))
        throw badInput('after', 'This cursor is not one this list gave out; start again without `after`.', 'CURSOR_INVALID');
      before = id!;
    }
    const rows = await auditPage(tx, queryFilter(args.filter ?? {}), before, first + 1);
    return {
      nodes: rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.id]) })),
      hasNextPage: rows.length > first,
    };
  }

  /**
   * Every entry of the tenant written at or after `since`, oldest first, in
   * batches of `batchSize` (one short transaction each), so an export of any
   * length holds one batch in memory.
   */
  async *export(db: Database, tenantId: string, principal: Principal, since: Date, batchSize = EXPORT_BATCH): AsyncGenerator<AuditRecord> {
    authorize(principal, 'audit.read');
    if (Number.isNaN(since.getTime())) throw badInput('since', 'This is not a date and time.', 'DATE_INVALID');
    let after: string | null = null;
    for (;;) {
      const last: string | null = after;
      const batch: AuditRecord[] = await db.withTenant(tenantId, (tx) => auditBatch(tx, since, last, batchSize));
      yield* batch;
      if (batch.length < batchSize) return;
      after = batch.at(-1)!.id;
    }
  }
}
