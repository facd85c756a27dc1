import type { AuditRecord } from './audit.queries';
import type { AuditEntryType } from './audit.types';

/** Presenter: a stored entry as the GraphQL type (the log's subject is the API's object). */
export function toAuditEntryType(r: AuditRecord): AuditEntryType {
  return {
    id: r.id,
    actorUserId: r.actorUserId,
    actorLabel: r.actorLabel,
    action: r.action,
    objectType: r.subjectType,
    objectId: r.subjectId,
    diff: r.diff,
    createdAt: r.createdAt,
  };
}
