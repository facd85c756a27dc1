import type { EntityManager } from 'typeorm';
import { insertAuditEntry } from './audit.queries';

/** Who did something: a signed-in user, or operator tooling with a label. */
export interface Actor {
  userId: string | null;
  label: string;
}

export const systemActor = (label: string): Actor => ({ userId: null, label });

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId: string;
  diff?: Record<string, unknown>;
}

/** Appends to the audit log in the caller's transaction, so the entry and the change commit together. */
export async function audit(em: EntityManager, tenantId: string, actor: Actor, entry: AuditInput): Promise<void> {
  await insertAuditEntry(em, {
    tenantId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    diff: entry.diff ?? {},
  });
}
