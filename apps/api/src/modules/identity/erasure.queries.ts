import type { EntityManager } from 'typeorm';
import type { Role } from '../../kernel/policy';
import { FORMER_MEMBER, type UserReference } from './erasure-plan';

/** Erasing a person: every statement runs as the owner, above tenants, in the erasure's one transaction. */

export interface ErasedPerson {
  id: string;
  email: string;
  displayName: string;
}

export interface PersonMembership {
  tenantId: string;
  slug: string;
  role: Role;
  /** Admin with no other admin in the tenant. */
  lastAdmin: boolean;
}

/** The user with this address (any case), locked until the transaction ends; null when none. */
export async function lockPerson(em: EntityManager, email: string): Promise<ErasedPerson | null> {
  const rows: ErasedPerson[] = await em.query(
    `SELECT id, email, display_name AS "displayName" FROM users WHERE lower(email) = lower($1) FOR UPDATE`,
    [email],
  );
  return rows[0] ?? null;
}

/** Every tenant the person belongs to, by slug, and whether they are its only admin (admin rows locked). */
export async function personMemberships(em: EntityManager, userId: string): Promise<PersonMembership[]> {
  // The admins of their tenants first, as keepOneAdmin does: no one demotes the other admin while this counts them.
  await em.query(
    `SELECT 1 FROM memberships WHERE role = 'admin' AND tenant_id IN (SELECT tenant_id FROM memberships WHERE user_id = $1) FOR UPDATE`,
    [userId],
  );
  const rows: { tenant_id: string; slug: string; role: Role; last_admin: boolean }[] = await em.query(
    `SELECT m.tenant_id, t.slug, m.role,
            m.role = 'admin' AND NOT EXISTS (
              SELECT 1 FROM memberships o WHERE o.tenant_id = m.tenant_id AND o.role = 'admin' AND o.user_id <> m.user_id
            ) AS last_admin
       FROM memberships m JOIN tenants t ON t.id = m.tenant_id
      WHERE m.user_id = $1
      ORDER BY t.slug`,
    [userId],
  );
  return rows.map((r) => ({ tenantId: r.tenant_id, slug: r.slug, role: r.role, lastAdmin: r.last_admin }));
}

export interface AuditRowOfPerson {
  tenant_id: string;
  id: string;
  actor_user_id: string | null;
  actor_label: string;
  subject_type: string;
  subject_id: string;
  diff: Record<string, unknown>;
}

/**
 * Up to `limit` audit entries that name the person — as actor (id or e-mail
 * label), as subject, or anywhere in the details (e-mail or id) — after the
 * keyset position `after` ([tenant, id]), in that order.
 */
export async function auditRowsOf(
  em: EntityManager,
  p: ErasedPerson,
  after: [string, string] | null,
  limit: number,
): Promise<AuditRowOfPerson[]> {
  return em.query(
    `SELECT tenant_id, id::text AS id, actor_user_id, actor_label, subject_type, subject_id, diff
       FROM audit_log
      WHERE (actor_user_id = $1::uuid OR lower(actor_label) = lower($2)
             OR (subject_type = 'user' AND subject_id = $1::text) OR lower(subject_id) = lower($2)
             OR strpos(lower(diff::text), lower($2)) > 0 OR strpos(diff::text, $1::text) > 0)
        AND ($3::uuid IS NULL OR (tenant_id, id) > ($3::uuid, $4::bigint))
      ORDER BY tenant_id, id
      LIMIT $5`,
    [p.id, p.email, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function rewriteAuditRow(
  em: EntityManager,
  row: { tenantId: string; id: string; actorLabel: string; subjectId: string; diff: unknown },
): Promise<void> {
  await em.query(
    `UPDATE audit_log SET actor_user_id = NULL, actor_label = $3, subject_id = $4, diff = $5::jsonb WHERE tenant_id = $1 AND id = $2::bigint`,
    [row.tenantId, row.id, row.actorLabel, row.subjectId, JSON.stringify(row.diff)],
  );
}

/** Rows the person's id or e-mail label appears in: deleted, or kept with the id cleared and the label FORMER_MEMBER. Answers how many. */
export async function applyReference(em: EntityManager, ref: UserReference, p: ErasedPerson): Promise<number> {
  // Table and column names come from the constant plan (erasure-plan.ts), never from input.
  if (ref.outcome === 'delete') {
    const [, n]: [unknown, number] = await em.query(`DELETE FROM ${ref.table} WHERE ${ref.column} = $1`, [p.id]);
    return n;
  }
  const [, n]: [unknown, number] = ref.label
    ? await em.query(
        `UPDATE ${ref.table} SET ${ref.column} = NULL, ${ref.label} = $3 WHERE ${ref.column} = $1 OR lower(${ref.label}) = lower($2)`,
        [p.id, p.email, FORMER_MEMBER],
      )
    : await em.query(`UPDATE ${ref.table} SET ${ref.column} = NULL WHERE ${ref.column} = $1`, [p.id]);
  return n;
}

/** Invitations sent to the person's address, in any tenant, accepted or not: they name them. */
export async function deleteInvitationsTo(em: EntityManager, email: string): Promise<number> {
  const [, n]: [unknown, number] = await em.query(`DELETE FROM invitations WHERE lower(email) = lower($1)`, [email]);
  return n;
}

/** Other members' pending digest notifications in `tenantIds` that mention the person (by e-mail, id or name). */
export async function digestItemsMentioning(
  em: EntityManager,
  p: ErasedPerson,
  tenantIds: string[],
): Promise<{ tenant_id: string; id: string; payload: unknown }[]> {
  return em.query(
    `SELECT tenant_id, id::text AS id, payload FROM notification_digest_items
      WHERE tenant_id = ANY ($1::uuid[])
        AND (strpos(lower(payload::text), lower($2)) > 0 OR strpos(payload::text, $3) > 0 OR strpos(lower(payload::text), lower($4)) > 0)`,
    [tenantIds, p.email, p.id, p.displayName],
  );
}

export async function rewriteDigestItem(em: EntityManager, tenantId: string, id: string, payload: unknown): Promise<void> {
  await em.query(`UPDATE notification_digest_items SET payload = $3::jsonb WHERE tenant_id = $1 AND id = $2::bigint`, [
    tenantId,
    id,
    JSON.stringify(payload),
  ]);
}

export async function deleteUser(em: EntityManager, userId: string): Promise<void> {
  await em.query(`DELETE FROM users WHERE id = $1`, [userId]);
}
