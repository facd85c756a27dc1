import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a session was signed in from, as a network prefix only (IPv4 /24,
 * IPv6 /48), for the "my sessions" page. The full address is never stored:
 * the API cuts it before the insert and the check refuses anything narrower.
 * Sessions had no address column before, so there is nothing to backfill:
 * older sessions show an unknown place until they end.
 */
export class SessionSignInPrefix1765100000000 implements MigrationInterface {
  name = 'SessionSignInPrefix1765100000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE sessions ADD COLUMN sign_in_prefix cidr
      CONSTRAINT sessions_sign_in_prefix_check CHECK (
        (family(sign_in_prefix) = 4 AND masklen(sign_in_prefix) = 24) OR (family(sign_in_prefix) = 6 AND masklen(sign_in_prefix) = 48)
      )`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE sessions DROP COLUMN IF EXISTS sign_in_prefix`);
  }
}
