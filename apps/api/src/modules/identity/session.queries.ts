import type { EntityManager } from 'typeorm';
import type { Role } from '../../kernel/policy';

/**
 * Sessions and the sign-in counts, as the credential role (sessions belong to
 * users, not tenants). The request path reads a session through SECURITY
 * DEFINER functions that need the token's hash.
 */

/** A session as its owner sees it in the list of their sessions. */
export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  /** The network signed in from (203.0.113.0/24, 2001:db8:1::/48); null for sessions from before it was kept. */
  signInPrefix: string | null;
}

/** A live session, its user and the user's membership in the tenant asked about (role null: none). */
export interface PrincipalRow {
  session_id: string;
  user_id: string;
  email: string;
  display_name: string;
  expires_at: Date;
  role: Role | null;
  locales: string[] | null;
}

/** A tenant the session's user belongs to, as app_session_memberships answers. */
export interface SessionMembershipRow {
  tenant_id: string;
  slug: string;
  name: string;
  host: string | null;
  role: Role;
  locales: string[];
}

const SESSION_COLUMNS = `id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", user_agent AS "userAgent",
  sign_in_prefix::text AS "signInPrefix"`;

/** Ends the session (no matter whose); nothing happens when it ended already. */
export async function endSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
}

/** Old rows of this user are of no further use; keeps the table small. */
export async function pruneSessions(em: EntityManager, userId: string): Promise<void> {
  await em.query(
    `DELETE FROM sessions WHERE user_id = $1 AND (expires_at < now() - interval '30 days' OR revoked_at < now() - interval '30 days')`,
    [userId],
  );
}

/** A new session; answers its id. */
export async function insertSession(
  em: EntityManager,
  s: {
    userId: string;
    tokenHash: Buffer;
    expiresAt: Date;
    userAgent: string | null;
    signInPrefix: string | null;
    /** How the person proved who they are: their password (and second factor), or the tenant's identity provider. */
    method?: 'password' | 'sso';
  },
): Promise<string> {
  const inserted: { id: string }[] = await em.query(
    `INSERT INTO sessions (user_id, token_hash, expires_at, user_agent, sign_in_prefix, method)
     VALUES ($1, $2, $3, $4, $5::cidr, $6) RETURNING id`,
    [s.userId, s.tokenHash, s.expiresAt, s.userAgent, s.signInPrefix, s.method ?? 'password'],
  );
  return inserted[0]!.id;
}

export async function principalRow(
  em: EntityManager,
  tokenHash: Buffer,
  tenantId: string,
  idleSeconds: number,
): Promise<PrincipalRow | null> {
  const rows: PrincipalRow[] = await em.query(`SELECT * FROM app_session_principal($1, $2, $3)`, [tokenHash, tenantId, idleSeconds]);
  return rows[0] ?? null;
}

export async function sessionMemberships(em: EntityManager, tokenHash: Buffer): Promise<SessionMembershipRow[]> {
  return em.query(`SELECT * FROM app_session_memberships($1)`, [tokenHash]);
}

/** The user's sessions that can still be used (not ended, expired or idle), newest first, at most `limit`. */
export async function liveSessions(em: EntityManager, userId: string, idleSeconds: number, limit: number): Promise<SessionRow[]> {
  return em.query(
    `SELECT ${SESSION_COLUMNS} FROM sessions
     WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(secs => $2)
     ORDER BY created_at DESC, id
     LIMIT $3`,
    [userId, idleSeconds, limit],
  );
}

/** Ends one live session of this user; null when the user has no such session. */
export async function endOwnSession(em: EntityManager, userId: string, sessionId: string): Promise<SessionRow | null> {
  // UPDATE through TypeORM answers [rows, affected].
  const [rows]: [SessionRow[], number] = await em.query(
    `UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()
     RETURNING ${SESSION_COLUMNS}`,
    [sessionId, userId],
  );
  return rows[0] ?? null;
}

/** Ends every live session of the user but `keepSessionId`; answers how many ended. */
export async function revokeSessions(em: EntityManager, userId: string, keepSessionId: string | null): Promise<number> {
  const result: [unknown[], number] = await em.query(
    `UPDATE sessions SET revoked_at = now()
     WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [userId, keepSessionId],
  );
  return result[1];
}

/** Deletes every sign-in count of the account (keys as sign-in-limits.ts writes them); answers how many. */
export async function clearSignInCounts(em: EntityManager, table: string, account: string): Promise<number> {
  // DELETE through TypeORM answers [rows, affected].
  const [, cleared]: [unknown[], number] = await em.query(
    `DELETE FROM ${table} WHERE key = $1 OR starts_with(key, $2) OR starts_with(key, $3)`,
    [`account:${account}`, `pair:${account}:`, `strikes:${account}:`],
  );
  return cleared;
}
