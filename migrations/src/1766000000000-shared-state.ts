import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * State that used to live in one process, shared by all of them (ADR 0034):
 * - rate_limits: counters of the other throttles (password-reset requests,
 *   invitation passwords), laid out as rate-limiter-flexible's PostgreSQL store
 *   expects, like sign_in_limits. Only the owner reads and writes it.
 * - pending_imports: checked CSV files waiting to be applied, kept by the web
 *   app for 30 minutes under a random id, so the confirming request may reach
 *   another web process. No tenant column: the row names the host it was checked
 *   on and a hash of the session that checked it, and only that pair can read it.
 */
export class SharedState1766000000000 implements MigrationInterface {
  name = 'SharedState1766000000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await qr.query(`CREATE INDEX rate_limits_expire_idx ON rate_limits (expire)`);
    await qr.query(`REVOKE ALL ON rate_limits FROM PUBLIC`);
    await qr.query(`
      CREATE TABLE pending_imports (
        id varchar(32) PRIMARY KEY,
        owner varchar(64) NOT NULL,
        host varchar(255) NOT NULL,
        file_name varchar(255) NOT NULL,
        csv text NOT NULL,
        report jsonb NOT NULL,
        bytes integer NOT NULL CHECK (bytes >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await qr.query(`CREATE INDEX pending_imports_expires_idx ON pending_imports (expires_at)`);
    await qr.query(`CREATE INDEX pending_imports_created_idx ON pending_imports (created_at)`);
    await qr.query(`REVOKE ALL ON pending_imports FROM PUBLIC`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE pending_imports`);
    await qr.query(`DROP TABLE rate_limits`);
  }
}
