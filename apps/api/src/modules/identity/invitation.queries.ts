import type { EntityManager } from 'typeorm';
import { switchRole } from '../../kernel/db/database';
import type { Role } from '../../kernel/policy';

/** Invitations of the tenant in scope (row-level security), and the user an accepted one creates. */

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  locales: string[];
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** What accepting needs of an open invitation. */
export interface OpenInvitation {
  id: string;
  email: string;
  role: Role;
  locales: string[];
}

const COLUMNS = `i.id, i.email, i.role, i.locales, inviter.email AS "invitedBy", i.created_at AS "createdAt", i.expires_at AS "expiresAt"`;

/** Whether someone with this address (any case) is a member of the tenant. */
export async function isMemberByEmail(em: EntityManager, email: string): Promise<boolean> {
  const members: unknown[] = await em.query(
    `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE lower(u.email) = lower($1)`,
    [email],
  );
  return members.length > 0;
}

/** Withdraws every open invitation for this address. */
export async function revokeOpenInvitationsFor(em: EntityManager, email: string): Promise<void> {
  await em.query(
    `UPDATE invitations SET revoked_at = now() WHERE lower(email) = lower($1) AND accepted_at IS NULL AND revoked_at IS NULL`,
    [email],
  );
}

export async function insertInvitation(
  em: EntityManager,
  inv: {
    tenantId: string;
    id: string;
    email: string;
    role: Role;
    locales: string[];
    tokenHash: Buffer;
    invitedBy: string | null;
    expiresAt: Date;
  },
): Promise<void> {
  await em.query(
    `INSERT INTO invitations (tenant_id, id, email, role, locales, token_hash, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [inv.tenantId, inv.id, inv.email, inv.role, inv.locales, inv.tokenHash, inv.invitedBy, inv.expiresAt],
  );
}

/** Open invitations, newest first. */
export async function pendingInvitations(em: EntityManager): Promise<InvitationView[]> {
  return em.query(
    `SELECT ${COLUMNS} FROM invitations i LEFT JOIN users inviter ON inviter.id = i.invited_by
     WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
     ORDER BY i.created_at DESC, i.id`,
  );
}

export async function invitationById(em: EntityManager, id: string): Promise<InvitationView | null> {
  const rows: InvitationView[] = await em.query(
    `SELECT ${COLUMNS} FROM invitations i LEFT JOIN users inviter ON inviter.id = i.invited_by WHERE i.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Withdraws the invitation if it is still open; answers whether it was. */
export async function revokeInvitation(em: EntityManager, id: string): Promise<boolean> {
  // UPDATE through TypeORM answers [rows, affected].
  const [, affected]: [unknown[], number] = await em.query(
    `UPDATE invitations SET revoked_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
    [id],
  );
  return affected > 0;
}

/** The open invitation with this token hash; `lock` holds its row until the transaction ends. */
/** Whether an account with this address exists (any tenant; run as the auth role). */
export async function accountExists(em: EntityManager, email: string): Promise<boolean> {
  const rows: unknown[] = await em.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email]);
  return rows.length > 0;
}

export async function openInvitation(em: EntityManager, hash: Buffer, lock: boolean): Promise<OpenInvitation | null> {
  const rows: OpenInvitation[] = await em.query(
    `SELECT id, email, role, locales FROM invitations
     WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()${lock ? ' FOR UPDATE' : ''}`,
    [hash],
  );
  return rows[0] ?? null;
}

export async function markAccepted(em: EntityManager, id: string, userId: string): Promise<void> {
  await em.query(`UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [id, userId]);
}

/**
 * The account an invitation creates, inside the tenant's transaction: written as the
 * credential role (the API role may not write password hashes), then back to the API role.
 */
export async function insertInvitedUser(
  em: EntityManager,
  user: { id: string; email: string; displayName: string; passwordHash: string },
): Promise<void> {
  await switchRole(em, 'auth');
  await em.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`, [
    user.id,
    user.email,
    user.displayName,
    user.passwordHash,
  ]);
  await switchRole(em, 'app');
}
