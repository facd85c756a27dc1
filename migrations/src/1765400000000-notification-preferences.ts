import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

/**
 * Notification e-mails (docs/adr/0027-notification-mail.md): one row per
 * member per tenant, written when they change a setting or are first sent a
 * notification. No row means every kind on, in the tenant's default language.
 * `unsubscribe_key` signs the one-click unsubscribe links of their mail; it is
 * a key of its own per row (not a server secret), so a link keeps working
 * across restarts and processes, and one leaked key opens nothing else.
 */
export class NotificationPreferences1765400000000 implements MigrationInterface {
  name = 'NotificationPreferences1765400000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE notification_preferences (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      off text[] NOT NULL DEFAULT '{}' CHECK (cardinality(off) <= 32),
      locale text CHECK (length(locale) <= 64),
      unsubscribe_key bytea NOT NULL CHECK (length(unsubscribe_key) = 32),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, user_id)
    )`);
    await qr.query(`CREATE INDEX notification_preferences_user_idx ON notification_preferences (user_id)`);
    await protectTenantTable(qr, 'notification_preferences');
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['notification_preferences']);
  }
}
