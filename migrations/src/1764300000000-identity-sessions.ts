import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';
import { APP_ROLE, AUTH_ROLE } from './roles';

const ROLES_CHECK = `role IN ('admin', 'editor', 'translator', 'reviewer', 'viewer')`;

/**
 * Sessions, password-reset tokens and invitations, and the credential role.
 *
 * Sessions and reset tokens belong to a user, not to a tenant (a person can
 * work for several organisations), so they carry no tenant_id. The API role
 * has no privilege on them at all: it reaches a session only through the two
 * SECURITY DEFINER functions below, and only by presenting the hash of the
 * session's token. Everything else (sign-in, sign-out, listing and revoking
 * sessions, password reset, creating a user from an invitation) runs as
 * careleaf_auth. See docs/adr/0002-sessions-and-csrf.md.
 */
export class IdentitySessions1764300000000 implements MigrationInterface {
  name = 'IdentitySessions1764300000000';

  async up(qr: QueryRunner): Promise<void> {
    // Roles are cluster-wide, so another database may have created it already.
    await qr.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${AUTH_ROLE}') THEN
        CREATE ROLE ${AUTH_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT ${AUTH_ROLE} TO %I', current_user);
      END IF;
    END $$`);
    await qr.query(`GRANT USAGE ON SCHEMA public TO ${AUTH_ROLE}`);

    await qr.query(`CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      user_agent text CHECK (length(user_agent) <= 512)
    )`);
    await qr.query(`CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash)`);
    await qr.query(`CREATE INDEX sessions_user_idx ON sessions (user_id, created_at DESC)`);

    await qr.query(`CREATE TABLE password_reset_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await qr.query(`CREATE UNIQUE INDEX password_reset_tokens_token_hash_key ON password_reset_tokens (token_hash)`);
    await qr.query(`CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id)`);

    // Row-level security is on and forced; only the credential role has a
    // policy, so the API role (which has no grant either) sees nothing.
    for (const table of ['sessions', 'password_reset_tokens']) {
      await qr.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await qr.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await qr.query(`CREATE POLICY credential_store ON ${table} TO ${AUTH_ROLE} USING (true) WITH CHECK (true)`);
      await qr.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${AUTH_ROLE}`);
    }
    await qr.query(`CREATE POLICY credential_store ON users TO ${AUTH_ROLE} USING (true) WITH CHECK (true)`);
    await qr.query(`GRANT SELECT (id, email, display_name, password_hash, created_at, updated_at) ON users TO ${AUTH_ROLE}`);
    await qr.query(`GRANT INSERT (id, email, display_name, password_hash) ON users TO ${AUTH_ROLE}`);
    await qr.query(`GRANT UPDATE (display_name, password_hash, updated_at) ON users TO ${AUTH_ROLE}`);

    // Invitations are the tenant's: an admin of one tenant invites into it.
    await qr.query(`CREATE TABLE invitations (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      email text NOT NULL CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
      role text NOT NULL CHECK (${ROLES_CHECK}),
      locales text[] NOT NULL DEFAULT '{}',
      token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
      invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
      revoked_at timestamptz,
      PRIMARY KEY (tenant_id, id),
      CHECK (role = 'translator' OR locales = '{}')
    )`);
    await qr.query(`CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (tenant_id, token_hash)`);
    await qr.query(`CREATE INDEX invitations_email_idx ON invitations (tenant_id, lower(email))`);
    // Kept as history: the API may mark an invitation accepted or revoked, never delete it.
    await protectTenantTable(qr, 'invitations', ['SELECT', 'INSERT', 'UPDATE']);

    // The request's user and their membership in the request's tenant, from
    // the hash of the session cookie. Idle and expired sessions answer
    // nothing; last_seen_at is written at most once a minute.
    await qr.query(`CREATE FUNCTION app_session_principal(p_token_hash bytea, p_tenant uuid, p_idle_seconds integer)
      RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, expires_at timestamptz, role text, locales text[])
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$
        WITH live AS (
          SELECT s.id, s.user_id, s.expires_at, s.last_seen_at FROM sessions s
          WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds)
        ), touched AS (
          UPDATE sessions s SET last_seen_at = now() FROM live
          WHERE s.id = live.id AND live.last_seen_at < now() - interval '1 minute'
          RETURNING s.id
        )
        SELECT live.id, u.id, u.email, u.display_name, live.expires_at, m.role, m.locales
        FROM live JOIN users u ON u.id = live.user_id
        LEFT JOIN memberships m ON m.user_id = u.id AND m.tenant_id = p_tenant
      $$`);
    // Every tenant the holder of a live session belongs to, for "me".
    await qr.query(`CREATE FUNCTION app_session_memberships(p_token_hash bytea)
      RETURNS TABLE (tenant_id uuid, slug text, name text, host text, role text, locales text[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$
        SELECT t.id, t.slug, t.name,
               (SELECT d.host FROM tenant_domains d WHERE d.tenant_id = t.id ORDER BY d.is_primary DESC, d.host LIMIT 1),
               m.role, m.locales
        FROM sessions s
        JOIN memberships m ON m.user_id = s.user_id
        JOIN tenants t ON t.id = m.tenant_id
        WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
        ORDER BY t.name, t.slug
      $$`);
    for (const fn of ['app_session_principal(bytea, uuid, integer)', 'app_session_memberships(bytea)']) {
      await qr.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await qr.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION IF EXISTS app_session_principal(bytea, uuid, integer)`);
    await qr.query(`DROP FUNCTION IF EXISTS app_session_memberships(bytea)`);
    await dropTables(qr, ['invitations', 'password_reset_tokens', 'sessions']);
    await qr.query(`DROP POLICY IF EXISTS credential_store ON users`);
    await qr.query(`REVOKE ALL ON users FROM ${AUTH_ROLE}`);
    await qr.query(`REVOKE SELECT (id, email, display_name, password_hash, created_at, updated_at) ON users FROM ${AUTH_ROLE}`);
    await qr.query(`REVOKE INSERT (id, email, display_name, password_hash) ON users FROM ${AUTH_ROLE}`);
    await qr.query(`REVOKE UPDATE (display_name, password_hash, updated_at) ON users FROM ${AUTH_ROLE}`);
    // The role is cluster-wide and may serve other databases: only this
    // database's grant is taken back.
    await qr.query(`REVOKE USAGE ON SCHEMA public FROM ${AUTH_ROLE}`);
  }
}
