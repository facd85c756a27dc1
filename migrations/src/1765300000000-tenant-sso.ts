import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';
import { APP_ROLE, AUTH_ROLE, CURRENT_TENANT } from './roles';

/**
 * Single sign-on per tenant with OpenID Connect (docs/adr/0026-single-sign-on-with-openid-connect.md).
 *
 * `tenant_sso` is the tenant's: admins read and change it under the tenant's
 * row-level security, except the client secret: the API role may write that
 * column but has no SELECT on it, so no query of the request path can read it
 * back; only the credential role, which exchanges the code, reads it.
 * `sso_sign_ins` holds the state, nonce and PKCE verifier between the
 * authorization request and the callback: credentials like the two-factor
 * challenges, so only the credential role sees them.
 * Sessions note how they were opened; a session opened through the tenant's
 * identity provider satisfies the tenant's two-factor rule (the provider is
 * responsible for the second factor).
 */
export class TenantSso1765300000000 implements MigrationInterface {
  name = 'TenantSso1765300000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE tenant_sso (
      tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
      enabled boolean NOT NULL DEFAULT true,
      provider_name text NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 80),
      issuer text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
      client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 200),
      client_secret text CHECK (length(client_secret) BETWEEN 1 AND 500),
      allowed_domains text[] NOT NULL DEFAULT '{}' CHECK (cardinality(allowed_domains) <= 20),
      claim text NOT NULL DEFAULT 'groups' CHECK (length(claim) BETWEEN 1 AND 64),
      role_mappings jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(role_mappings) = 'array' AND jsonb_array_length(role_mappings) <= 50),
      just_in_time boolean NOT NULL DEFAULT false,
      sso_only boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await protectTenantTable(qr, 'tenant_sso', ['INSERT', 'UPDATE', 'DELETE']);
    // Every column but the secret may be read by the API role.
    await qr.query(
      `GRANT SELECT (tenant_id, enabled, provider_name, issuer, client_id, allowed_domains, claim, role_mappings, just_in_time, sso_only, updated_at)
         ON tenant_sso TO ${APP_ROLE}`,
    );
    await qr.query(`CREATE POLICY credential_store ON tenant_sso TO ${AUTH_ROLE} USING (true)`);
    await qr.query(`GRANT SELECT ON tenant_sso TO ${AUTH_ROLE}`);
    // The settings page says whether a secret is stored without the API role reading it.
    await qr.query(`CREATE FUNCTION app_sso_secret_set()
      RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$ SELECT EXISTS (SELECT 1 FROM tenant_sso WHERE tenant_id = ${CURRENT_TENANT} AND client_secret IS NOT NULL) $$`);
    await qr.query(`REVOKE ALL ON FUNCTION app_sso_secret_set() FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION app_sso_secret_set() TO ${APP_ROLE}`);

    await qr.query(`CREATE TABLE sso_sign_ins (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      state_hash bytea NOT NULL CHECK (length(state_hash) = 32),
      binding_hash bytea NOT NULL CHECK (length(binding_hash) = 32),
      code_verifier text NOT NULL CHECK (length(code_verifier) BETWEEN 43 AND 128),
      nonce text NOT NULL CHECK (length(nonce) <= 128),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await qr.query(`CREATE UNIQUE INDEX sso_sign_ins_state_hash_key ON sso_sign_ins (state_hash)`);
    await qr.query(`CREATE INDEX sso_sign_ins_expires_idx ON sso_sign_ins (expires_at)`);
    await qr.query(`ALTER TABLE sso_sign_ins ENABLE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE sso_sign_ins FORCE ROW LEVEL SECURITY`);
    await qr.query(`CREATE POLICY credential_store ON sso_sign_ins TO ${AUTH_ROLE} USING (true) WITH CHECK (true)`);
    await qr.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON sso_sign_ins TO ${AUTH_ROLE}`);

    await qr.query(`ALTER TABLE sessions ADD COLUMN method text NOT NULL DEFAULT 'password' CHECK (method IN ('password', 'sso'))`);
    await qr.query(`CREATE OR REPLACE FUNCTION app_session_two_factor(p_token_hash bytea)
      RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$
        SELECT EXISTS (
          SELECT 1 FROM sessions s LEFT JOIN user_two_factor f ON f.user_id = s.user_id
          WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
            AND (f.enabled_at IS NOT NULL OR s.method = 'sso')
        )
      $$`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE OR REPLACE FUNCTION app_session_two_factor(p_token_hash bytea)
      RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
      AS $$
        SELECT EXISTS (
          SELECT 1 FROM sessions s JOIN user_two_factor f ON f.user_id = s.user_id
          WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now() AND f.enabled_at IS NOT NULL
        )
      $$`);
    await qr.query(`ALTER TABLE sessions DROP COLUMN IF EXISTS method`);
    await qr.query(`DROP FUNCTION IF EXISTS app_sso_secret_set()`);
    await dropTables(qr, ['sso_sign_ins', 'tenant_sso']);
  }
}
