import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { TenantTx } from '../../kernel/db/database';
import { AuditEntry } from './audit-entry.entity';

/** One audit-log row as written: who (user or tool label), what, on which subject, and the change. */
export interface AuditRow {
  tenantId: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  diff: Record<string, unknown>;
}

export async function insertAuditEntry(em: EntityManager, row: AuditRow): Promise<void> {
  // The diff is free-form JSON; TypeORM's deep-partial type cannot follow Record<string, unknown>.
  await em.insert(AuditEntry, row as QueryDeepPartialEntity<AuditEntry>);
}

/** The entries on one subject, oldest first. */
export async function auditTrail(em: EntityManager, subjectType: string, subjectId: string): Promise<AuditEntry[]> {
  return em.find(AuditEntry, { where: { subjectType, subjectId }, order: { id: 'ASC' } });
}

/** An audit_log row as PostgreSQL returns it (the bigint id as text). */
interface AuditLogSqlRow {
  id: string;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string;
  diff: Record<string, unknown>;
  created_at: Date;
}

/** One entry of the log as readers see it. */
export interface AuditRecord {
  /** Grows with every entry of the database: the log's order. */
  id: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  diff: Record<string, unknown>;
  createdAt: Date;
}

/** Row mapper: the stored row as the record services and presenters use. */
export function toAuditRecord(row: AuditLogSqlRow): AuditRecord {
  return {
    id: String(row.id),
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    diff: row.diff,
    createdAt: row.created_at,
  };
}

/** What the log can be narrowed to; every field is optional and they combine with AND. */
export interface AuditFilter {
  /** A user id (matches the acting user) or a label such as an e-mail address or "cli:ops" (any case). */
  actorUserId?: string | null;
  actorLabel?: string | null;
  action?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Entries written at or after this moment. */
  from?: Date | null;
  /** Entries written before this moment. */
  to?: Date | null;
}

// The id is selected as text (a bigint does not fit a JS number); ORDER BY names the column with its table, not this text alias.
const COLUMNS = `audit_log.id::text AS id, actor_user_id, actor_label, action, subject_type, subject_id, diff, created_at`;

/** The WHERE clause of a filter, with its parameters after the tenant ($1). */
function where(tenantId: string, f: AuditFilter): { sql: string; values: unknown[] } {
  const values: unknown[] = [tenantId];
  const parts = ['tenant_id = $1'];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    parts.push(sql.replace('?', `$${values.length}`));
  };
  if (f.actorUserId) add('actor_user_id = ?::uuid', f.actorUserId);
  if (f.actorLabel) add('lower(actor_label) = lower(?)', f.actorLabel);
  if (f.action) add('action = ?', f.action);
  if (f.subjectType) add('subject_type = ?', f.subjectType);
  if (f.subjectId) add('subject_id = ?', f.subjectId);
  if (f.from) add('created_at >= ?', f.from);
  if (f.to) add('created_at < ?', f.to);
  return { sql: parts.join(' AND '), values };
}

/** Newest first, keyset-paged on id: up to `limit` entries older than the entry `beforeId`. */
export async function auditPage(tx: TenantTx, filter: AuditFilter, beforeId: string | null, limit: number): Promise<AuditRecord[]> {
  const w = where(tx.tenantId, filter);
  const values = [...w.values];
  let sql = `SELECT ${COLUMNS} FROM audit_log WHERE ${w.sql}`;
  if (beforeId !== null) {
    values.push(beforeId);
    sql += ` AND id < $${values.length}::bigint`;
  }
  values.push(limit);
  sql += ` ORDER BY audit_log.id DESC LIMIT $${values.length}`;
  const rows: AuditLogSqlRow[] = await tx.em.query(sql, values);
  return rows.map(toAuditRecord);
}

/** Oldest first, for exports: up to `limit` entries written at or after `since` whose id is above `afterId`. */
export async function auditBatch(tx: TenantTx, since: Date, afterId: string | null, limit: number): Promise<AuditRecord[]> {
  const rows: AuditLogSqlRow[] = await tx.em.query(
    `SELECT ${COLUMNS} FROM audit_log
      WHERE tenant_id = $1 AND created_at >= $2 AND ($3::bigint IS NULL OR id > $3::bigint)
      ORDER BY audit_log.id LIMIT $4`,
    [tx.tenantId, since, afterId, limit],
  );
  return rows.map(toAuditRecord);
}
