import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

/**
 * Signed webhooks per tenant (docs/adr/0029-signed-webhooks.md).
 *
 * `webhook_subscriptions`: where a tenant's events go. `secret_box` is the
 * signing secret encrypted with the operator's key (AES-256-GCM, bound to the
 * tenant and subscription), never the secret itself: a copy of the database
 * alone cannot sign. `consecutive_failures` counts deliveries (not attempts)
 * that failed in a row; at the limit the subscription is switched off.
 *
 * `webhook_deliveries`: one event sent to one subscription (its id is the
 * `Careleaf-Delivery` header, the receiver's idempotency key); `body` is the
 * exact JSON signed and sent, ids only. `webhook_attempts`: one row per try,
 * with the answer's status, duration, error and the first bytes of its body.
 * Both are bounded by the daily cleanup (30 days, 1000 per subscription).
 */
export class Webhooks1765600000000 implements MigrationInterface {
  name = 'Webhooks1765600000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE webhook_subscriptions (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      url text NOT NULL CHECK (length(url) <= 2048),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 300),
      events text[] NOT NULL CHECK (cardinality(events) BETWEEN 1 AND 16),
      active boolean NOT NULL DEFAULT true,
      secret_box bytea NOT NULL CHECK (length(secret_box) <= 256),
      consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
      disabled_reason text CHECK (disabled_reason IN ('manual', 'failures')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`);
    await qr.query(`CREATE TABLE webhook_deliveries (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      subscription_id uuid NOT NULL,
      event_id uuid NOT NULL,
      event_type text NOT NULL CHECK (length(event_type) <= 64),
      body text NOT NULL CHECK (length(body) <= 4096),
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'succeeded', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      redelivery_of uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, subscription_id) REFERENCES webhook_subscriptions (tenant_id, id) ON DELETE CASCADE
    )`);
    await qr.query(`CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (tenant_id, subscription_id, created_at DESC, id DESC)`);
    await qr.query(`CREATE INDEX webhook_deliveries_age_idx ON webhook_deliveries (created_at)`);
    await qr.query(`CREATE TABLE webhook_attempts (
      tenant_id uuid NOT NULL,
      delivery_id uuid NOT NULL,
      attempt integer NOT NULL CHECK (attempt > 0),
      started_at timestamptz NOT NULL DEFAULT now(),
      status_code integer,
      duration_ms integer NOT NULL,
      error text CHECK (length(error) <= 500),
      response_excerpt text CHECK (length(response_excerpt) <= 2048),
      outcome text NOT NULL CHECK (outcome IN ('succeeded', 'retrying', 'failed')),
      PRIMARY KEY (tenant_id, delivery_id, attempt),
      FOREIGN KEY (tenant_id, delivery_id) REFERENCES webhook_deliveries (tenant_id, id) ON DELETE CASCADE
    )`);
    for (const table of ['webhook_subscriptions', 'webhook_deliveries', 'webhook_attempts']) await protectTenantTable(qr, table);
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['webhook_attempts', 'webhook_deliveries', 'webhook_subscriptions']);
  }
}
