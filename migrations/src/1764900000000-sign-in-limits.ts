import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of the sign-in limits, shared by every API process (the table
 * layout rate-limiter-flexible's PostgreSQL store expects). Only the owner
 * reads and writes it: request roles never see who failed where.
 */
export class SignInLimits1764900000000 implements MigrationInterface {
  name = 'SignInLimits1764900000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE sign_in_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await qr.query(`CREATE INDEX sign_in_limits_expire_idx ON sign_in_limits (expire)`);
    await qr.query(`REVOKE ALL ON sign_in_limits FROM PUBLIC`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE sign_in_limits`);
  }
}
