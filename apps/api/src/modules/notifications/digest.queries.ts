import type { EntityManager } from 'typeorm';
import type { TenantTx } from '../../kernel/db/database';
import { isNotificationKind, type NotificationKind } from './kinds';

/*
 * The pending daily digests (notification_digest_items). Every statement runs
 * in a tenant transaction except `tenantsWithPendingDigests`, so row-level
 * security keeps one tenant's pending items from another's digest.
 */

/** One pending notification: its kind and what it says (a composer, see notification-mail.ts), stored as JSON. */
export interface DigestItem {
  id: string;
  kind: NotificationKind;
  payload: unknown;
}

/**
 * Adds one notification to the member's pending digest, unless it already
 * holds `max`: then it is only counted. The member's settings row is locked
 * first, so two events at once cannot both take the last place.
 */
export async function enqueueDigestItem(
  tx: TenantTx,
  userId: string,
  kind: NotificationKind,
  payload: unknown,
  max: number,
): Promise<boolean> {
  await tx.em.query(`SELECT 1 FROM notification_preferences WHERE tenant_id = $1 AND user_id = $2 FOR UPDATE`, [tx.tenantId, userId]);
  const inserted: unknown[] = await tx.em.query(
    `INSERT INTO notification_digest_items (tenant_id, user_id, kind, payload)
     SELECT $1, $2, $3, $4::jsonb
      WHERE (SELECT count(*) FROM notification_digest_items WHERE tenant_id = $1 AND user_id = $2) < $5
     RETURNING id`,
    [tx.tenantId, userId, kind, JSON.stringify(payload), max],
  );
  if (inserted.length) return true;
  await tx.em.query(`UPDATE notification_preferences SET digest_dropped = digest_dropped + 1 WHERE tenant_id = $1 AND user_id = $2`, [
    tx.tenantId,
    userId,
  ]);
  return false;
}

/** The members of this tenant with anything pending, at most `limit`. */
export async function usersWithPendingDigest(tx: TenantTx, limit: number): Promise<string[]> {
  const rows: { user_id: string }[] = await tx.em.query(
    `SELECT DISTINCT user_id FROM notification_digest_items WHERE tenant_id = $1 ORDER BY user_id LIMIT $2`,
    [tx.tenantId, limit],
  );
  return rows.map((r) => r.user_id);
}

/**
 * Takes the member's pending digest: removes and returns its items, oldest
 * first, and how many more did not fit; the count starts again at zero.
 */
export async function takeDigest(tx: TenantTx, userId: string, limit: number): Promise<{ items: DigestItem[]; dropped: number }> {
  // DELETE and UPDATE … RETURNING answer [rows, count] through the driver.
  const [rows]: [{ id: string; kind: string; payload: unknown }[], number] = await tx.em.query(
    `DELETE FROM notification_digest_items WHERE tenant_id = $1 AND id IN (
       SELECT id FROM notification_digest_items WHERE tenant_id = $1 AND user_id = $2 ORDER BY id LIMIT $3)
     RETURNING id::text, kind, payload`,
    [tx.tenantId, userId, limit],
  );
  const [[pref]]: [{ dropped: number }[], number] = await tx.em.query(
    `UPDATE notification_preferences p SET digest_dropped = 0 FROM (
       SELECT digest_dropped FROM notification_preferences WHERE tenant_id = $1 AND user_id = $2 FOR UPDATE) old
      WHERE p.tenant_id = $1 AND p.user_id = $2 RETURNING old.digest_dropped AS dropped`,
    [tx.tenantId, userId],
  );
  const items = rows
    .filter((r): r is { id: string; kind: NotificationKind; payload: unknown } => isNotificationKind(r.kind))
    .sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
  return { items, dropped: pref?.dropped ?? 0 };
}

/** The tenants with a pending digest (as the owner: the daily job runs above tenants). */
export async function tenantsWithPendingDigests(em: EntityManager, limit: number): Promise<string[]> {
  const rows: { tenant_id: string }[] = await em.query(
    `SELECT DISTINCT tenant_id FROM notification_digest_items ORDER BY tenant_id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.tenant_id);
}
