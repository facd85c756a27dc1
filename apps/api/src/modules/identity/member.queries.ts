import type { EntityManager } from 'typeorm';
import type { TenantTx } from '../../kernel/db/database';
import type { Role } from '../../kernel/policy';
import { MembershipRow, User } from './user.entity';

/** Users (shared across tenants) and their memberships (per tenant, under the tenant's row-level security). */

/** A member of the tenant, as admins see them. */
export interface MemberView {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  locales: string[];
  since: Date;
}

/** What sign-in needs of a user: as the credential role only (the API role has no grant on the hash). */
export interface UserCredentials {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
}

export async function insertUser(
  em: EntityManager,
  user: { id: string; email: string; displayName: string; passwordHash: string },
): Promise<void> {
  await em.insert(User, user);
}

export async function updatePasswordHash(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
  await em.update(User, { id: userId }, { passwordHash });
}

/** The user with this address, ignoring case; null when none. */
export async function userByEmail(em: EntityManager, email: string): Promise<{ id: string; email: string } | null> {
  const rows: { id: string; email: string }[] = await em.query(`SELECT id, email FROM users WHERE lower(email) = lower($1)`, [email]);
  return rows[0] ?? null;
}

export async function credentialsByEmail(em: EntityManager, email: string): Promise<UserCredentials | null> {
  const rows: UserCredentials[] = await em.query(
    `SELECT id, email, display_name AS "displayName", password_hash AS "passwordHash" FROM users WHERE lower(email) = lower($1)`,
    [email],
  );
  return rows[0] ?? null;
}

/** The user with this address and each tenant they belong to (tenant_id null: none); empty when no such user. */
export async function userTenants(em: EntityManager, email: string): Promise<{ id: string; tenant_id: string | null }[]> {
  return em.query(`SELECT u.id, m.tenant_id FROM users u LEFT JOIN memberships m ON m.user_id = u.id WHERE lower(u.email) = lower($1)`, [
    email,
  ]);
}

/** Every membership of the tenant in scope, by e-mail address. */
export async function membershipList(em: EntityManager): Promise<{ email: string; role: Role; locales: string[] }[]> {
  return em.query(`SELECT u.email, m.role, m.locales FROM memberships m JOIN users u ON u.id = m.user_id ORDER BY u.email`);
}

const MEMBER_COLUMNS = `u.id AS "userId", u.email, u.display_name AS "displayName", m.role, m.locales, m.created_at AS since`;

export async function memberById(em: EntityManager, userId: string): Promise<MemberView | null> {
  const rows: MemberView[] = await em.query(
    `SELECT ${MEMBER_COLUMNS}
       FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.user_id = $1`,
    [userId],
  );
  return rows[0] ?? null;
}

/** Up to `limit` members after (lower-case e-mail, id) `after`, in that order. */
export async function memberPage(em: EntityManager, after: [string, string] | null, limit: number): Promise<MemberView[]> {
  return em.query(
    `SELECT ${MEMBER_COLUMNS}
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE $1::text IS NULL OR (lower(u.email), u.id) > ($1::text, $2::uuid)
      ORDER BY lower(u.email), u.id
      LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function memberCount(em: EntityManager): Promise<number> {
  const counted: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM memberships`);
  return counted[0]?.n ?? 0;
}

/** The role of the user in the tenant in scope, or null when they are not a member. */
export async function roleOf(em: EntityManager, userId: string): Promise<Role | null> {
  const member: { role: Role }[] = await em.query(`SELECT role FROM memberships WHERE user_id = $1`, [userId]);
  return member[0]?.role ?? null;
}

export async function membership({ em, tenantId }: TenantTx, userId: string): Promise<MembershipRow | null> {
  return em.findOneBy(MembershipRow, { tenantId, userId });
}

export async function upsertMembership({ em, tenantId }: TenantTx, userId: string, spec: { role: Role; locales: string[] }): Promise<void> {
  await em.upsert(MembershipRow, { tenantId, userId, role: spec.role, locales: spec.locales }, ['tenantId', 'userId']);
}

export async function deleteMembership({ em, tenantId }: TenantTx, userId: string): Promise<void> {
  await em.delete(MembershipRow, { tenantId, userId });
}

/** The tenant's admins, their rows locked until the transaction ends. */
export async function lockAdmins(em: EntityManager): Promise<string[]> {
  const admins: { user_id: string }[] = await em.query(`SELECT user_id FROM memberships WHERE role = 'admin' FOR UPDATE`);
  return admins.map((a) => a.user_id);
}
