import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
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
