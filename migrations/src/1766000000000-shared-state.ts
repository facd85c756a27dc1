import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * State that used to live in one process, shared by all of them (ADR 0034):
 * - rate_limits: counters of the other throttles (password-reset requests,
 *   invitation passwords), laid out as rate-limiter-flexible's PostgreSQL store
 *   expects, like sign_in_limits. Only the owner reads and writes it.
 * - web_stash: what the web app keeps between two requests of one person
 *   (a checked CSV file waiting to be applied, the input of a refused form),
 *   with an expiry and a size, so the next request may reach another web
 *   process. No tenant column: a row names the host and a hash of the session
 *   it was made for, and only that pair reads it back (under a random id).
 */
export class SharedState1766000000000 implements MigrationInterface {
  name = 'SharedState1766000000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await qr.query(`CREATE INDEX rate_limits_expire_idx ON rate_limits (expire)`);
    await qr.query(`REVOKE ALL ON rate_limits FROM PUBLIC`);
    await qr.query(`
      CREATE TABLE web_stash (
        id varchar(32) PRIMARY KEY,
        kind varchar(32) NOT NULL,
        owner varchar(64) NOT NULL,
        host varchar(255) NOT NULL,
        value text NOT NULL,
        bytes integer NOT NULL CHECK (bytes >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await qr.query(`CREATE INDEX web_stash_kind_created_idx ON web_stash (kind, created_at)`);
    await qr.query(`CREATE INDEX web_stash_expires_idx ON web_stash (expires_at)`);
    await qr.query(`REVOKE ALL ON web_stash FROM PUBLIC`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE web_stash`);
    await qr.query(`DROP TABLE rate_limits`);
  }
}
