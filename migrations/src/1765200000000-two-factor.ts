import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables } from './helpers';
import { APP_ROLE, AUTH_ROLE } from './roles';

/**
 * Two-factor sign-in with TOTP (docs/adr/0024-two-factor-with-totp.md).
 *
 * The secret, the recovery codes and the "second factor pending" challenges
 * are credentials like password hashes: only the credential role reads them
 * (row-level security forced, no grant to the API role). The request path
 * learns whether a session's user has two-factor sign-in through one
 * SECURITY DEFINER function keyed by the session token's hash, as it reads
 * the session itself. The tenant's rule "admins and reviewers must use
 * two-factor sign-in" is a column of tenants.
 */
export class TwoFactor1765200000000 implements MigrationInterface {
  name = 'TwoFactor1765200000000';

  async up(qr: QueryRunner): Promise<void> {
    // One row per user who started enrolment. `secret` is set once a code confirmed it;
    // `last_time_step` is the newest TOTP time step accepted, so a code is never accepted twice.
    await qr.query(`CREATE TABLE user_two_factor (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      secret text CHECK (secret ~ '^[A-Z2-7]{16,128}$'),
      pending_secret text CHECK (pending_secret ~ '^[A-Z2-7]{16,128}$'),
      pending_expires_at timestamptz,
      enabled_at timestamptz,
      last_time_step bigint,
      CHECK ((secret IS NULL) = (enabled_at IS NULL))
    )`);
    await qr.query(`CREATE TABLE two_factor_recovery_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      code_hash bytea NOT NULL CHECK (length(code_hash) = 32),
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz,
      UNIQUE (user_id, code_hash)
    )`);
    // The state between a right password and the second factor: not a session, used once, short-lived.
    await qr.query(`CREATE TABLE two_factor_challenges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      failures integer NOT NULL DEFAULT 0
    )`);
    await qr.query(`CREATE UNIQUE INDEX two_factor_challenges_token_hash_key ON two_factor_challenges (token_hash)`);
    await qr.query(`CREATE INDEX two_factor_challenges_user_idx ON two_factor_challenges (user_id)`);
    for (const table of ['user_two_factor', 'two_factor_recovery_codes', 'two_factor_challenges']) {
      await qr.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await qr.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await qr.query(`CREATE POLICY credential_store ON ${table} TO ${AUTH_ROLE} USING (true) WITH CHECK (true)`);
      await qr.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${AUTH_ROLE}`);
    }

    await qr.query(`ALTER TABLE tenants ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`);

    // Whether the holder of a live session has two-factor sign-in on (the tenant's rule needs it per request).
    await qr.query(`CREATE FUNCTION app_session_two_factor(p_token_hash bytea)
      RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$
        SELECT EXISTS (
          SELECT 1 FROM sessions s JOIN user_two_factor f ON f.user_id = s.user_id
          WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now() AND f.enabled_at IS NOT NULL
        )
      $$`);
    await qr.query(`REVOKE ALL ON FUNCTION app_session_two_factor(bytea) FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION app_session_two_factor(bytea) TO ${APP_ROLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION IF EXISTS app_session_two_factor(bytea)`);
    await qr.query(`ALTER TABLE tenants DROP COLUMN IF EXISTS require_two_factor`);
    await dropTables(qr, ['two_factor_challenges', 'two_factor_recovery_codes', 'user_two_factor']);
  }
}
