import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

const KINDS = [
  'statutoryInsurer',
  'diseaseManagementProgramme',
  'clinicalTrialRegistry',
  'certifiedCareCentre',
  'counsellingService',
  'hotline',
  'patientOrganisation',
];

/**
 * Registries: region-scoped directory entries with texts per locale; and the
 * domains whose readers default to a region.
 */
export class Registries1764700000000 implements MigrationInterface {
  name = 'Registries1764700000000';

  async up(qr: QueryRunner): Promise<void> {
    // Hosts whose readers get this region when they have not chosen one (e.g. gesundheit.at → AT).
    await qr.query(`ALTER TABLE regions ADD COLUMN domains text[] NOT NULL DEFAULT '{}'`);

    // regions: codes of the tenant's regions; empty means "every region of the site".
    // No foreign key to regions or tenant_locales: the tenancy service rewrites those
    // lists whole on every update, so the registries service checks codes and locales.
    await qr.query(`CREATE TABLE registry_entries (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      key text CHECK (key ~ '^[a-z0-9]+([._-][a-z0-9]+)*$' AND length(key) <= 100),
      kind text NOT NULL CHECK (kind IN (${KINDS.map((k) => `'${k}'`).join(', ')})),
      regions text[] NOT NULL DEFAULT '{}'
        CHECK (array_to_string(regions, ',') ~ '^([A-Z]{2}(-[A-Z0-9]{1,3})?(,|$))*$'),
      website text,
      email text,
      phone text,
      address text,
      identifiers jsonb NOT NULL DEFAULT '[]'::jsonb,
      valid_from date,
      valid_until date,
      source text NOT NULL DEFAULT '',
      last_verified_on date,
      tags text[] NOT NULL DEFAULT '{}',
      condition text,
      legal_basis text,
      id_format text,
      id_example text,
      id_format_verified boolean NOT NULL DEFAULT false,
      id_format_source text,
      who_primary boolean,
      certification text,
      certifier text,
      sample boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT registry_entries_key_key UNIQUE (tenant_id, key),
      CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until >= valid_from),
      CHECK (kind = 'clinicalTrialRegistry' OR (id_format IS NULL AND id_example IS NULL AND who_primary IS NULL)),
      CHECK (kind = 'certifiedCareCentre' OR (certification IS NULL AND certifier IS NULL)),
      CHECK (kind <> 'diseaseManagementProgramme' OR condition IS NOT NULL)
    )`);
    // Embeds and lists always ask for one kind within one tenant.
    await qr.query(`CREATE INDEX registry_entries_kind_idx ON registry_entries (tenant_id, kind)`);

    await qr.query(`CREATE TABLE registry_entry_texts (
      tenant_id uuid NOT NULL,
      entry_id uuid NOT NULL,
      locale text NOT NULL,
      name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
      PRIMARY KEY (tenant_id, entry_id, locale),
      FOREIGN KEY (tenant_id, entry_id) REFERENCES registry_entries (tenant_id, id) ON DELETE CASCADE
    )`);

    await protectTenantTable(qr, 'registry_entries');
    await protectTenantTable(qr, 'registry_entry_texts');
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['registry_entry_texts', 'registry_entries']);
    await qr.query(`ALTER TABLE regions DROP COLUMN IF EXISTS domains`);
  }
}
