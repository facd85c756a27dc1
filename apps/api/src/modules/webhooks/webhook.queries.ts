import type { EntityManager } from 'typeorm';
import type { TenantTx } from '../../kernel/db/database';
import { isWebhookEventName, type WebhookEventName } from './event-names';

/*
 * Every read and write of the webhooks module, in the tenant's transaction:
 * row-level security keeps subscriptions, deliveries and attempts to their
 * tenant. The sealed secret is read only where a delivery is signed.
 */

export interface SubscriptionRow {
  id: string;
  url: string;
  description: string;
  events: WebhookEventName[];
  active: boolean;
  disabledReason: 'manual' | 'failures' | null;
  consecutiveFailures: number;
  createdAt: Date;
  updatedAt: Date;
}

interface SubscriptionSqlRow {
  id: string;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  disabled_reason: 'manual' | 'failures' | null;
  consecutive_failures: number;
  created_at: Date;
  updated_at: Date;
}

const SUBSCRIPTION_COLUMNS = `id, url, description, events, active, disabled_reason, consecutive_failures, created_at, updated_at`;

const toSubscription = (r: SubscriptionSqlRow): SubscriptionRow => ({
  id: r.id,
  url: r.url,
  description: r.description,
  events: r.events.filter(isWebhookEventName),
  active: r.active,
  disabledReason: r.disabled_reason,
  consecutiveFailures: r.consecutive_failures,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function countSubscriptions(tx: TenantTx): Promise<number> {
  const [row]: { n: number }[] = await tx.em.query(`SELECT count(*)::int AS n FROM webhook_subscriptions WHERE tenant_id = $1`, [
    tx.tenantId,
  ]);
  return row?.n ?? 0;
}

/** The tenant's subscriptions, oldest first, at most `limit`. */
export async function listSubscriptions(tx: TenantTx, limit: number): Promise<SubscriptionRow[]> {
  const rows: SubscriptionSqlRow[] = await tx.em.query(
    `SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE tenant_id = $1 ORDER BY created_at, id LIMIT $2`,
    [tx.tenantId, limit],
  );
  return rows.map(toSubscription);
}

export async function subscriptionById(tx: TenantTx, id: string, lock = false): Promise<SubscriptionRow | null> {
  const rows: SubscriptionSqlRow[] = await tx.em.query(
    `SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE tenant_id = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [tx.tenantId, id],
  );
  return rows[0] ? toSubscription(rows[0]) : null;
}

export async function insertSubscription(
  tx: TenantTx,
  s: { id: string; url: string; description: string; events: WebhookEventName[]; active: boolean; secretBox: Buffer },
): Promise<void> {
  await tx.em.query(
    `INSERT INTO webhook_subscriptions (tenant_id, id, url, description, events, active, disabled_reason, secret_box)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8)`,
    [tx.tenantId, s.id, s.url, s.description, s.events, s.active, s.active ? null : 'manual', s.secretBox],
  );
}

/** Writes the editable fields; switching on again starts the failure count afresh. */
export async function updateSubscription(
  tx: TenantTx,
  id: string,
  s: { url: string; description: string; events: WebhookEventName[]; active: boolean; disabledReason: SubscriptionRow['disabledReason'] },
): Promise<void> {
  await tx.em.query(
    `UPDATE webhook_subscriptions
        SET url = $3, description = $4, events = $5::text[], active = $6, disabled_reason = $7,
            consecutive_failures = CASE WHEN $6 AND NOT active THEN 0 ELSE consecutive_failures END, updated_at = now()
      WHERE tenant_id = $1 AND id = $2`,
    [tx.tenantId, id, s.url, s.description, s.events, s.active, s.disabledReason],
  );
}

export async function replaceSecret(tx: TenantTx, id: string, secretBox: Buffer): Promise<void> {
  await tx.em.query(`UPDATE webhook_subscriptions SET secret_box = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [
    tx.tenantId,
    id,
    secretBox,
  ]);
}

export async function deleteSubscription(tx: TenantTx, id: string): Promise<boolean> {
  // DELETE through TypeORM answers [rows, affected].
  const [, affected]: [unknown[], number] = await tx.em.query(`DELETE FROM webhook_subscriptions WHERE tenant_id = $1 AND id = $2`, [
    tx.tenantId,
    id,
  ]);
  return affected > 0;
}

/** The active subscriptions that want `event`. */
export async function subscribersOf(tx: TenantTx, event: WebhookEventName, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await tx.em.query(
    `SELECT id FROM webhook_subscriptions WHERE tenant_id = $1 AND active AND $2 = ANY(events) ORDER BY created_at, id LIMIT $3`,
    [tx.tenantId, event, limit],
  );
  return rows.map((r) => r.id);
}

/** What a document event tells: the locale's slug and the number of its published revision (null once taken down). */
export async function documentFacts(
  tx: TenantTx,
  documentId: string,
  locale: string,
): Promise<{ slug: string; version: number | null } | null> {
  const rows: { slug: string; version: number | null }[] = await tx.em.query(
    `SELECT dl.slug, r.number AS version FROM document_locales dl
       LEFT JOIN revisions r ON r.tenant_id = dl.tenant_id AND r.id = dl.published_revision_id
      WHERE dl.tenant_id = $1 AND dl.document_id = $2 AND dl.locale = $3`,
    [tx.tenantId, documentId, locale],
  );
  return rows[0] ?? null;
}

export async function insertDelivery(
  tx: TenantTx,
  d: { id: string; subscriptionId: string; eventId: string; eventType: string; body: string; redeliveryOf: string | null },
): Promise<void> {
  await tx.em.query(
    `INSERT INTO webhook_deliveries (tenant_id, id, subscription_id, event_id, event_type, body, redelivery_of)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [tx.tenantId, d.id, d.subscriptionId, d.eventId, d.eventType, d.body, d.redeliveryOf],
  );
}

export type DeliveryState = 'pending' | 'succeeded' | 'failed';

export interface DeliveryRow {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  body: string;
  state: DeliveryState;
  attempts: number;
  redeliveryOf: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface DeliverySqlRow {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  body: string;
  state: DeliveryState;
  attempts: number;
  redelivery_of: string | null;
  created_at: Date;
  updated_at: Date;
}

const DELIVERY_COLUMNS = `id, subscription_id, event_id, event_type, body, state, attempts, redelivery_of, created_at, updated_at`;

const toDelivery = (r: DeliverySqlRow): DeliveryRow => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  eventId: r.event_id,
  eventType: r.event_type,
  body: r.body,
  state: r.state,
  attempts: r.attempts,
  redeliveryOf: r.redelivery_of,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function deliveryById(tx: TenantTx, id: string, lock = false): Promise<DeliveryRow | null> {
  const rows: DeliverySqlRow[] = await tx.em.query(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE tenant_id = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [tx.tenantId, id],
  );
  return rows[0] ? toDelivery(rows[0]) : null;
}

/** Where and with what a delivery is signed: the subscription's URL, state and sealed secret. */
export async function signingTarget(
  tx: TenantTx,
  subscriptionId: string,
): Promise<{ url: string; active: boolean; secretBox: Buffer } | null> {
  const rows: { url: string; active: boolean; secret_box: Buffer }[] = await tx.em.query(
    `SELECT url, active, secret_box FROM webhook_subscriptions WHERE tenant_id = $1 AND id = $2`,
    [tx.tenantId, subscriptionId],
  );
  return rows[0] ? { url: rows[0].url, active: rows[0].active, secretBox: rows[0].secret_box } : null;
}

export interface AttemptRow {
  deliveryId: string;
  attempt: number;
  startedAt: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
  outcome: 'succeeded' | 'retrying' | 'failed';
}

export async function insertAttempt(tx: TenantTx, a: Omit<AttemptRow, 'startedAt'> & { startedAt: Date }): Promise<void> {
  await tx.em.query(
    `INSERT INTO webhook_attempts (tenant_id, delivery_id, attempt, started_at, status_code, duration_ms, error, response_excerpt, outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [tx.tenantId, a.deliveryId, a.attempt, a.startedAt, a.statusCode, a.durationMs, a.error, a.responseExcerpt, a.outcome],
  );
  await tx.em.query(`UPDATE webhook_deliveries SET attempts = $3, state = $4, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [
    tx.tenantId,
    a.deliveryId,
    a.attempt,
    a.outcome === 'retrying' ? 'pending' : a.outcome,
  ]);
}

/** A delivered event resets the count of failures in a row. */
export async function resetFailures(tx: TenantTx, subscriptionId: string): Promise<void> {
  await tx.em.query(
    `UPDATE webhook_subscriptions SET consecutive_failures = 0 WHERE tenant_id = $1 AND id = $2 AND consecutive_failures > 0`,
    [tx.tenantId, subscriptionId],
  );
}

/** Counts one more failed delivery; at `limit` in a row the subscription is switched off. Answers whether this call switched it off. */
export async function countFailure(tx: TenantTx, subscriptionId: string, limit: number): Promise<boolean> {
  // UPDATE through TypeORM answers [rows, affected].
  const [rows]: [{ disabled: boolean }[], number] = await tx.em.query(
    `WITH before AS (SELECT active FROM webhook_subscriptions WHERE tenant_id = $1 AND id = $2 FOR UPDATE)
     UPDATE webhook_subscriptions s
        SET consecutive_failures = s.consecutive_failures + 1,
            active = s.active AND s.consecutive_failures + 1 < $3,
            disabled_reason = CASE WHEN s.active AND s.consecutive_failures + 1 >= $3 THEN 'failures' ELSE s.disabled_reason END,
            updated_at = now()
       FROM before
      WHERE s.tenant_id = $1 AND s.id = $2
      RETURNING (before.active AND NOT s.active) AS disabled`,
    [tx.tenantId, subscriptionId, limit],
  );
  return rows[0]?.disabled ?? false;
}

/** A page of a subscription's deliveries, newest first, after the cursor (created_at, id). */
export async function deliveriesPage(
  tx: TenantTx,
  subscriptionId: string,
  limit: number,
  after: { createdAt: string; id: string } | null,
): Promise<DeliveryRow[]> {
  const rows: DeliverySqlRow[] = await tx.em.query(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
      WHERE tenant_id = $1 AND subscription_id = $2
        AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $5`,
    [tx.tenantId, subscriptionId, after?.createdAt ?? null, after?.id ?? null, limit],
  );
  return rows.map(toDelivery);
}

interface AttemptSqlRow {
  delivery_id: string;
  attempt: number;
  started_at: Date;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  response_excerpt: string | null;
  outcome: AttemptRow['outcome'];
}

/** The tries of these deliveries, in order (a delivery has at most as many as its retry policy allows). */
export async function attemptsOf(tx: TenantTx, deliveryIds: readonly string[]): Promise<AttemptRow[]> {
  if (!deliveryIds.length) return [];
  const rows: AttemptSqlRow[] = await tx.em.query(
    `SELECT delivery_id, attempt, started_at, status_code, duration_ms, error, response_excerpt, outcome FROM webhook_attempts
      WHERE tenant_id = $1 AND delivery_id = ANY($2::uuid[]) ORDER BY delivery_id, attempt LIMIT 10000`,
    [tx.tenantId, deliveryIds],
  );
  return rows.map((r) => ({
    deliveryId: r.delivery_id,
    attempt: r.attempt,
    startedAt: r.started_at,
    statusCode: r.status_code,
    durationMs: r.duration_ms,
    error: r.error,
    responseExcerpt: r.response_excerpt,
    outcome: r.outcome,
  }));
}

/** The tenant's admins, with the language they chose for notification mail (null: the tenant's default). */
export async function admins(tx: TenantTx, limit: number): Promise<{ email: string; locale: string | null }[]> {
  return tx.em.query(
    `SELECT u.email, np.locale FROM memberships m JOIN users u ON u.id = m.user_id
       LEFT JOIN notification_preferences np ON np.tenant_id = m.tenant_id AND np.user_id = m.user_id
      WHERE m.tenant_id = $1 AND m.role = 'admin' ORDER BY u.email LIMIT $2`,
    [tx.tenantId, limit],
  );
}

/** Keeps each subscription's newest `keep` deliveries of the last `days` days; answers how many went. */
export async function pruneDeliveries(tx: TenantTx, keep: number, days: number): Promise<number> {
  const [, affected]: [unknown[], number] = await tx.em.query(
    `DELETE FROM webhook_deliveries d
      USING (SELECT id, created_at, row_number() OVER (PARTITION BY subscription_id ORDER BY created_at DESC, id DESC) AS n
               FROM webhook_deliveries WHERE tenant_id = $1) r
      WHERE d.tenant_id = $1 AND d.id = r.id AND (r.n > $2 OR r.created_at < now() - make_interval(days => $3))`,
    [tx.tenantId, keep, days],
  );
  return affected;
}

/** Tenants with any delivery (as the owner: the cleanup runs above tenants). */
export async function tenantsWithDeliveries(em: EntityManager): Promise<string[]> {
  const rows: { tenant_id: string }[] = await em.query(`SELECT DISTINCT tenant_id FROM webhook_deliveries ORDER BY tenant_id LIMIT 100000`);
  return rows.map((r) => r.tenant_id);
}
