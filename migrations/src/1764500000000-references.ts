import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

const stamps = `created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()`;

/**
 * Citations and the glossary of each tenant. Kind-specific citation fields
 * live in `details` (checked by the service per kind); the fields that are
 * searched or must be unique have their own columns.
 */
export class References1764500000000 implements MigrationInterface {
  name = 'References1764500000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE citations (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('journalArticle', 'guideline', 'book', 'bookChapter', 'drugSafetyNotice', 'webPage')),
      title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 1000),
      year integer CHECK (year BETWEEN 1500 AND 3000),
      doi text CHECK (doi ~ '^10\\.[0-9]{4,9}/\\S+$'),
      pubmed_id text CHECK (pubmed_id ~ '^[1-9][0-9]{0,8}$'),
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      version integer NOT NULL DEFAULT 1,
      ${stamps},
      PRIMARY KEY (tenant_id, id)
    )`);
    // One record per source: an import finds the existing citation by DOI or PubMed id.
    await qr.query(`CREATE UNIQUE INDEX citations_doi_key ON citations (tenant_id, lower(doi)) WHERE doi IS NOT NULL`);
    await qr.query(`CREATE UNIQUE INDEX citations_pubmed_id_key ON citations (tenant_id, pubmed_id) WHERE pubmed_id IS NOT NULL`);
    await qr.query(`CREATE INDEX citations_newest_idx ON citations (tenant_id, created_at DESC, id DESC)`);

    await qr.query(`CREATE TABLE glossary_terms (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      key text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 100),
      version integer NOT NULL DEFAULT 1,
      ${stamps},
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT glossary_terms_key_key UNIQUE (tenant_id, key)
    )`);
    // No foreign key to tenant_locales: a tenant update rewrites its locale rows.
    // The service checks that the locale belongs to the tenant.
    await qr.query(`CREATE TABLE glossary_entries (
      tenant_id uuid NOT NULL,
      term_id uuid NOT NULL,
      locale text NOT NULL,
      term text NOT NULL CHECK (length(btrim(term)) BETWEEN 1 AND 200),
      definition text NOT NULL CHECK (length(btrim(definition)) BETWEEN 1 AND 4000),
      forms text[] NOT NULL DEFAULT '{}',
      ${stamps},
      PRIMARY KEY (tenant_id, term_id, locale),
      FOREIGN KEY (tenant_id, term_id) REFERENCES glossary_terms (tenant_id, id) ON DELETE CASCADE
    )`);
    await qr.query(`CREATE UNIQUE INDEX glossary_entries_term_key ON glossary_entries (tenant_id, locale, lower(term))`);

    await protectTenantTable(qr, 'citations');
    await protectTenantTable(qr, 'glossary_terms');
    await protectTenantTable(qr, 'glossary_entries');
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['glossary_entries', 'glossary_terms', 'citations']);
  }
}
