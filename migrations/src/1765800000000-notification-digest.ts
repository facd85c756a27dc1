import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

/**
 * Daily digest per notification kind (docs/adr/0027-notification-mail.md, addendum):
 *   - `notification_preferences.daily`: the kinds a member gets once a day in one mail instead of
 *     one mail each; a kind in neither `off` nor `daily` is sent immediately (the default, as before).
 *   - `notification_preferences.digest_dropped`: how many notifications did not fit into the pending
 *     digest (it holds at most a bounded number per member); the digest says "and n more".
 *   - `notification_digest_items`: the pending notifications, what each says before it is put into
 *     the recipient's language; removed when the digest is sent.
 * Expand only: the new columns have defaults, so code that does not know them keeps working.
 */
export class NotificationDigest1765800000000 implements MigrationInterface {
  name = 'NotificationDigest1765800000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE notification_preferences
      ADD COLUMN daily text[] NOT NULL DEFAULT '{}' CHECK (cardinality(daily) <= 32),
      ADD COLUMN digest_dropped integer NOT NULL DEFAULT 0 CHECK (digest_dropped >= 0)`);
    await qr.query(`CREATE TABLE notification_digest_items (
      id bigint GENERATED ALWAYS AS IDENTITY,
      tenant_id uuid NOT NULL,
      user_id uuid NOT NULL,
      kind text NOT NULL CHECK (length(kind) <= 64),
      payload jsonb NOT NULL CHECK (octet_length(payload::text) <= 16384),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, user_id) REFERENCES notification_preferences (tenant_id, user_id) ON DELETE CASCADE
    )`);
    await qr.query(`CREATE INDEX notification_digest_items_user_idx ON notification_digest_items (tenant_id, user_id, id)`);
    await protectTenantTable(qr, 'notification_digest_items', ['SELECT', 'INSERT', 'DELETE']);
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['notification_digest_items']);
    await qr.query(`ALTER TABLE notification_preferences DROP COLUMN digest_dropped, DROP COLUMN daily`);
  }
}
