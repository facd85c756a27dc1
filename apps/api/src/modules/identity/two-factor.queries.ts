import type { EntityManager } from 'typeorm';
import { switchRole } from '../../kernel/db/database';

/**
 * Two-factor credentials, as the credential role (like password hashes):
 * the TOTP secret, the recovery codes (SHA-256 of each) and the challenges
 * between a right password and the second factor (SHA-256 of their token).
 */

/** A user's two-factor row: `secret` set once enrolment was confirmed. */
export interface TwoFactorRow {
  secret: string | null;
  pendingSecret: string | null;
  pendingExpiresAt: Date | null;
  lastTimeStep: number | null;
}

/** A challenge with the user it is for; `live` is false once used, expired or tried too often. */
export interface ChallengeRow {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  live: boolean;
}

interface RawTwoFactorRow {
  secret: string | null;
  pending_secret: string | null;
  pending_expires_at: Date | null;
  last_time_step: string | null;
}

const toTwoFactorRow = (r: RawTwoFactorRow): TwoFactorRow => ({
  secret: r.secret,
  pendingSecret: r.pending_secret,
  pendingExpiresAt: r.pending_expires_at,
  // bigint comes back as a string; time steps fit a double for millions of years.
  lastTimeStep: r.last_time_step === null ? null : Number(r.last_time_step),
});

/** The user's two-factor row, locked for the rest of the transaction (a code is checked and its step stored at once). */
export async function twoFactorRow(em: EntityManager, userId: string): Promise<TwoFactorRow | null> {
  const rows: RawTwoFactorRow[] = await em.query(
    `SELECT secret, pending_secret, pending_expires_at, last_time_step FROM user_two_factor WHERE user_id = $1 FOR UPDATE`,
    [userId],
  );
  return rows[0] ? toTwoFactorRow(rows[0]) : null;
}

/** Whether the user signs in with a second factor. */
export async function twoFactorEnabled(em: EntityManager, userId: string): Promise<boolean> {
  const rows: { on: boolean }[] = await em.query(`SELECT enabled_at IS NOT NULL AS on FROM user_two_factor WHERE user_id = $1`, [userId]);
  return rows[0]?.on ?? false;
}

/** Stores a new pending secret (an enrolment started again replaces the last one); the enabled secret, if any, stays. */
export async function savePendingSecret(em: EntityManager, userId: string, secret: string, expiresAt: Date): Promise<void> {
  await em.query(
    `INSERT INTO user_two_factor (user_id, pending_secret, pending_expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET pending_secret = EXCLUDED.pending_secret, pending_expires_at = EXCLUDED.pending_expires_at`,
    [userId, secret, expiresAt],
  );
}

/** Turns the pending secret on; `timeStep` is the step of the code that confirmed it (never accepted again). */
export async function enableSecret(em: EntityManager, userId: string, timeStep: number): Promise<void> {
  await em.query(
    `UPDATE user_two_factor SET secret = pending_secret, enabled_at = now(), pending_secret = NULL, pending_expires_at = NULL,
       last_time_step = $2 WHERE user_id = $1`,
    [userId, timeStep],
  );
}

/** Notes the step of an accepted code; false when this step (or a later one) was already used: a replay. */
export async function useTimeStep(em: EntityManager, userId: string, timeStep: number): Promise<boolean> {
  const [rows]: [unknown[], number] = await em.query(
    `UPDATE user_two_factor SET last_time_step = $2 WHERE user_id = $1 AND (last_time_step IS NULL OR last_time_step < $2) RETURNING user_id`,
    [userId, timeStep],
  );
  return rows.length === 1;
}

/** Replaces the user's recovery codes with these hashes. */
export async function replaceRecoveryCodes(em: EntityManager, userId: string, hashes: Buffer[]): Promise<void> {
  await em.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [userId]);
  await em.query(`INSERT INTO two_factor_recovery_codes (user_id, code_hash) SELECT $1, h FROM unnest($2::bytea[]) AS h`, [userId, hashes]);
}

/** Uses up the recovery code with this hash; false when the user has no such unused code. */
export async function useRecoveryCode(em: EntityManager, userId: string, hash: Buffer): Promise<boolean> {
  const [rows]: [unknown[], number] = await em.query(
    `UPDATE two_factor_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
    [userId, hash],
  );
  return rows.length === 1;
}

export async function recoveryCodesLeft(em: EntityManager, userId: string): Promise<number> {
  const rows: { n: number }[] = await em.query(
    `SELECT count(*)::int AS n FROM two_factor_recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
    [userId],
  );
  return rows[0]?.n ?? 0;
}

/** Removes every two-factor credential of the user (disabled by themselves or reset by an admin). */
export async function deleteTwoFactor(em: EntityManager, userId: string): Promise<boolean> {
  await em.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [userId]);
  await em.query(`DELETE FROM two_factor_challenges WHERE user_id = $1`, [userId]);
  const [, deleted]: [unknown[], number] = await em.query(`DELETE FROM user_two_factor WHERE user_id = $1`, [userId]);
  return deleted > 0;
}

/**
 * In a tenant transaction (an admin's reset): removes the member's two-factor credentials as the
 * credential role, then goes back to the API role, so the reset and its audit entry commit together.
 */
export async function deleteTwoFactorInTenantTx(em: EntityManager, userId: string): Promise<boolean> {
  await switchRole(em, 'auth');
  const deleted = await deleteTwoFactor(em, userId);
  await switchRole(em, 'app');
  return deleted;
}

/** A new challenge; old rows of the user are of no further use. */
export async function insertChallenge(em: EntityManager, userId: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
  await em.query(`DELETE FROM two_factor_challenges WHERE user_id = $1 AND (expires_at < now() OR used_at IS NOT NULL)`, [userId]);
  await em.query(`INSERT INTO two_factor_challenges (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [userId, tokenHash, expiresAt]);
}

/** The challenge with this token hash, locked for the transaction; null when there is none. */
export async function challengeByHash(em: EntityManager, tokenHash: Buffer, maxFailures: number): Promise<ChallengeRow | null> {
  const rows: ChallengeRow[] = await em.query(
    `SELECT c.id, c.user_id AS "userId", u.email, u.display_name AS "displayName",
            (c.used_at IS NULL AND c.expires_at > now() AND c.failures < $2) AS live
     FROM two_factor_challenges c JOIN users u ON u.id = c.user_id WHERE c.token_hash = $1 FOR UPDATE OF c`,
    [tokenHash, maxFailures],
  );
  return rows[0] ?? null;
}

export async function challengeUsed(em: EntityManager, id: string): Promise<void> {
  await em.query(`UPDATE two_factor_challenges SET used_at = now() WHERE id = $1`, [id]);
}

export async function challengeFailed(em: EntityManager, id: string): Promise<void> {
  await em.query(`UPDATE two_factor_challenges SET failures = failures + 1 WHERE id = $1`, [id]);
}

/** As the API role: whether the holder of this session has two-factor sign-in on. */
export async function sessionHasTwoFactor(em: EntityManager, tokenHash: Buffer): Promise<boolean> {
  const rows: { on: boolean }[] = await em.query(`SELECT app_session_two_factor($1) AS on`, [tokenHash]);
  return rows[0]?.on ?? false;
}
