import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';
import { APP_ROLE } from './roles';

const stamps = `created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()`;

/** Tenants, their domains, locales and regions; users, memberships, audit log. */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(qr: QueryRunner): Promise<void> {
    // Roles are cluster-wide, so another database may have created it already.
    await qr.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
      END IF;
    END $$`);
    await qr.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);

    await qr.query(`CREATE TABLE tenants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 63),
      name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
      default_locale text NOT NULL,
      default_region text,
      settings jsonb NOT NULL DEFAULT '{}'::jsonb,
      ${stamps}
    )`);
    await qr.query(`CREATE TABLE tenant_domains (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      host text NOT NULL CHECK (host = lower(host) AND host ~ '^[a-z0-9.-]+$'),
      is_primary boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, host)
    )`);
    // A host routes to exactly one tenant across the whole installation.
    await qr.query(`CREATE UNIQUE INDEX tenant_domains_host_key ON tenant_domains (host)`);
    await qr.query(`CREATE TABLE tenant_locales (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      tag text NOT NULL,
      direction text NOT NULL CHECK (direction IN ('ltr', 'rtl')),
      fallbacks text[] NOT NULL DEFAULT '{}',
      position integer NOT NULL DEFAULT 0,
      PRIMARY KEY (tenant_id, tag)
    )`);
    await qr.query(`CREATE TABLE regions (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      code text NOT NULL CHECK (code ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
      name text NOT NULL,
      default_locale text,
      locales text[] NOT NULL DEFAULT '{}',
      position integer NOT NULL DEFAULT 0,
      PRIMARY KEY (tenant_id, code),
      FOREIGN KEY (tenant_id, default_locale) REFERENCES tenant_locales (tenant_id, tag)
    )`);
    // Deferred so a tenant and its first locale can be written in one transaction.
    await qr.query(`ALTER TABLE tenants
      ADD CONSTRAINT tenants_default_locale_fkey FOREIGN KEY (id, default_locale)
        REFERENCES tenant_locales (tenant_id, tag) DEFERRABLE INITIALLY DEFERRED,
      ADD CONSTRAINT tenants_default_region_fkey FOREIGN KEY (id, default_region)
        REFERENCES regions (tenant_id, code) DEFERRABLE INITIALLY DEFERRED`);

    await qr.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
      display_name text NOT NULL,
      password_hash text,
      ${stamps}
    )`);
    await qr.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await qr.query(`CREATE TABLE memberships (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('admin', 'editor', 'translator', 'reviewer', 'viewer')),
      locales text[] NOT NULL DEFAULT '{}',
      ${stamps},
      PRIMARY KEY (tenant_id, user_id),
      CHECK (role = 'translator' OR locales = '{}')
    )`);
    await qr.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);
    await qr.query(`CREATE TABLE audit_log (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id bigint GENERATED ALWAYS AS IDENTITY,
      actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      actor_label text NOT NULL,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text NOT NULL,
      diff jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`);
    await qr.query(`CREATE INDEX audit_log_subject_idx ON audit_log (tenant_id, subject_type, subject_id, created_at DESC)`);

    await protectTenantTable(qr, 'tenants', ['SELECT', 'UPDATE'], 'id');
    await protectTenantTable(qr, 'tenant_domains');
    await protectTenantTable(qr, 'tenant_locales');
    await protectTenantTable(qr, 'regions');
    await protectTenantTable(qr, 'memberships');
    // The audit log is append-only for the API.
    await protectTenantTable(qr, 'audit_log', ['SELECT', 'INSERT']);

    // Users are shared across tenants: the API sees only members of the
    // current tenant, and never the password hash.
    await qr.query(`ALTER TABLE users ENABLE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE users FORCE ROW LEVEL SECURITY`);
    await qr.query(`CREATE POLICY member_of_current_tenant ON users FOR SELECT TO ${APP_ROLE}
      USING (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id))`);
    await qr.query(`GRANT SELECT (id, email, display_name, created_at, updated_at) ON users TO ${APP_ROLE}`);

    // Routing a request happens before its tenant is known: these look a
    // tenant up by host or slug without opening the tables to the API role.
    for (const [fn, where] of [
      ['app_tenant_by_host', 'EXISTS (SELECT 1 FROM tenant_domains d WHERE d.tenant_id = t.id AND d.host = lower(p_key))'],
      ['app_tenant_by_slug', 't.slug = p_key'],
    ] as const) {
      await qr.query(`CREATE FUNCTION ${fn}(p_key text) RETURNS TABLE (id uuid, slug text, name text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $$ SELECT t.id, t.slug, t.name FROM tenants t WHERE ${where} $$`);
      await qr.query(`REVOKE ALL ON FUNCTION ${fn}(text) FROM PUBLIC`);
      await qr.query(`GRANT EXECUTE ON FUNCTION ${fn}(text) TO ${APP_ROLE}`);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION IF EXISTS app_tenant_by_host(text)`);
    await qr.query(`DROP FUNCTION IF EXISTS app_tenant_by_slug(text)`);
    await dropTables(qr, ['audit_log', 'memberships', 'users', 'regions', 'tenant_locales', 'tenant_domains', 'tenants']);
    // The role is cluster-wide and may serve other databases: only this
    // database's grant is taken back.
    await qr.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
  }
}
