import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

/**
 * Block-level translation tracking, translation memory, termbase and the
 * per-language search index. See docs/localization.md.
 */
export class Localization1764600000000 implements MigrationInterface {
  name = 'Localization1764600000000';

  async up(qr: QueryRunner): Promise<void> {
    // Both are trusted extensions (PostgreSQL 13+) and ship with the embedded database too.
    await qr.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await qr.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);

    // The blocks of each document's source locale as of its newest revision:
    // the hash of each block's own content is what translations are compared with.
    await qr.query(`CREATE TABLE source_blocks (
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL,
      block_id text NOT NULL,
      revision_id uuid NOT NULL,
      hash text NOT NULL,
      text text NOT NULL DEFAULT '',
      translatable boolean NOT NULL,
      position integer NOT NULL,
      PRIMARY KEY (tenant_id, document_id, block_id),
      FOREIGN KEY (tenant_id, document_id) REFERENCES documents (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, revision_id) REFERENCES revisions (tenant_id, id)
    )`);

    // One row per translated block: which source block (by hash and revision) it was translated from.
    // No row means "missing"; a hash that differs from source_blocks.hash means "outdated".
    await qr.query(`CREATE TABLE translation_blocks (
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL,
      locale text NOT NULL,
      block_id text NOT NULL,
      source_hash text NOT NULL,
      source_revision_id uuid NOT NULL,
      state text NOT NULL CHECK (state IN ('draft', 'needs_review', 'approved')),
      updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, document_id, locale, block_id),
      FOREIGN KEY (tenant_id, document_id, locale) REFERENCES document_locales (tenant_id, document_id, locale) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, document_id, block_id) REFERENCES source_blocks (tenant_id, document_id, block_id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, source_revision_id) REFERENCES revisions (tenant_id, id)
    )`);
    await qr.query(`CREATE INDEX translation_blocks_locale_idx ON translation_blocks (tenant_id, locale, document_id)`);

    // Approved translations, looked up by trigram similarity of the normalised source text.
    await qr.query(`CREATE TABLE translation_memory (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      source_locale text NOT NULL,
      target_locale text NOT NULL,
      source_text text NOT NULL,
      source_key text NOT NULL,
      target_text text NOT NULL,
      target_block jsonb NOT NULL,
      document_id uuid,
      block_id text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT translation_memory_block_key UNIQUE (tenant_id, document_id, block_id, target_locale),
      FOREIGN KEY (tenant_id, document_id) REFERENCES documents (tenant_id, id) ON DELETE CASCADE
    )`);
    await qr.query(`CREATE INDEX translation_memory_trgm_idx ON translation_memory USING gin (source_key gin_trgm_ops)`);
    await qr.query(`CREATE INDEX translation_memory_pair_idx ON translation_memory (tenant_id, source_locale, target_locale)`);

    await qr.query(`CREATE TABLE term_concepts (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`);
    await qr.query(`CREATE TABLE terms (
      tenant_id uuid NOT NULL,
      concept_id uuid NOT NULL,
      locale text NOT NULL,
      term text NOT NULL CHECK (length(btrim(term)) BETWEEN 1 AND 200),
      status text NOT NULL CHECK (status IN ('approved', 'forbidden')),
      PRIMARY KEY (tenant_id, concept_id, locale, term),
      FOREIGN KEY (tenant_id, concept_id) REFERENCES term_concepts (tenant_id, id) ON DELETE CASCADE
    )`);

    // What readers can find: one row per published translation and region view, removed with the snapshot.
    await qr.query(`CREATE TABLE search_documents (
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL,
      locale text NOT NULL,
      region text NOT NULL,
      regional boolean NOT NULL,
      config regconfig NOT NULL,
      title text NOT NULL,
      summary text NOT NULL,
      body text NOT NULL,
      vector tsvector NOT NULL,
      PRIMARY KEY (tenant_id, document_id, locale, region),
      FOREIGN KEY (tenant_id, document_id, locale) REFERENCES published_documents (tenant_id, document_id, locale) ON DELETE CASCADE
    )`);
    await qr.query(`CREATE INDEX search_documents_vector_idx ON search_documents USING gin (vector)`);

    await protectTenantTable(qr, 'source_blocks');
    await protectTenantTable(qr, 'translation_blocks');
    await protectTenantTable(qr, 'translation_memory');
    await protectTenantTable(qr, 'term_concepts');
    await protectTenantTable(qr, 'terms');
    await protectTenantTable(qr, 'search_documents');
  }

  async down(qr: QueryRunner): Promise<void> {
    // The extensions stay: other schemas may use them.
    await dropTables(qr, ['search_documents', 'terms', 'term_concepts', 'translation_memory', 'translation_blocks', 'source_blocks']);
  }
}
