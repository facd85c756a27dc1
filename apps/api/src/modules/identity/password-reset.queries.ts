import type { EntityManager } from 'typeorm';

/** Password-reset links, stored as the hash of their token; as the credential role. */

/** Makes `tokenHash` the user's one live reset link: an earlier one stops working. */
export async function replaceResetToken(em: EntityManager, userId: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
  await em.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  await em.query(`INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [userId, tokenHash, expiresAt]);
}

export async function isLiveResetToken(em: EntityManager, tokenHash: Buffer): Promise<boolean> {
  const live: unknown[] = await em.query(
    `SELECT 1 FROM password_reset_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
    [tokenHash],
  );
  return live.length > 0;
}

/** Uses up the link if it is still live; answers its user, or null. */
export async function useResetToken(em: EntityManager, tokenHash: Buffer): Promise<string | null> {
  // UPDATE through TypeORM answers [rows, affected].
  const [used]: [{ user_id: string }[], number] = await em.query(
    `UPDATE password_reset_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
    [tokenHash],
  );
  return used[0]?.user_id ?? null;
}

/** Sets the new password hash and uses up every other live link of the user. */
export async function setPasswordAfterReset(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
  await em.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  await em.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
}

/** The address of a user who exists (the reset just used their link). */
export async function emailOfUser(em: EntityManager, userId: string): Promise<string> {
  const [user]: { email: string }[] = await em.query(`SELECT email FROM users WHERE id = $1`, [userId]);
  if (!user) throw new Error(`user ${userId} vanished during a password reset`);
  return user.email;
}
