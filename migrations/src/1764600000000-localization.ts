import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';
import { APP_ROLE, CURRENT_TENANT } from './roles';

/*
 * Row-level security keeps operators that are not LEAKPROOF (pg_trgm's %,
 * full-text @@) out of index conditions, so under the API role the trigram and
 * text-search indexes would never be used (a sequential scan of every row).
 * These two functions find candidate keys through the indexes, limited to the
 * current tenant exactly as the policies are; callers join the keys back to
 * the tables under row-level security, so isolation is still enforced twice.
 */
const TM_CANDIDATES = `CREATE FUNCTION app_tm_candidates(p_source_locale text, p_target_locale text, p_texts text[], p_threshold real, p_limit integer)
  RETURNS TABLE (i integer, id uuid, score real, exact boolean)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $fn$
  #variable_conflict use_column
  DECLARE v_tenant uuid := ${CURRENT_TENANT};
  BEGIN
    IF v_tenant IS NULL THEN RETURN; END IF;
    PERFORM set_config('pg_trgm.similarity_threshold', p_threshold::text, true);
    RETURN QUERY
      SELECT q.i::integer, m.id, m.score, m.exact
        FROM (SELECT x.i, btrim(regexp_replace(lower(unaccent(x.t)), '\\s+', ' ', 'g')) AS key
                FROM unnest(p_texts) WITH ORDINALITY AS x(t, i)) q
        CROSS JOIN LATERAL (
          SELECT tm.id, similarity(tm.source_key, q.key) AS score, tm.source_key = q.key AS exact
            FROM translation_memory tm
           WHERE tm.tenant_id = v_tenant AND tm.source_locale = p_source_locale AND tm.target_locale = p_target_locale
             AND tm.source_key % q.key
           ORDER BY tm.source_key = q.key DESC, similarity(tm.source_key, q.key) DESC, tm.updated_at DESC
           LIMIT p_limit) m;
  END
  $fn$`;

const SEARCH_CANDIDATES = `CREATE FUNCTION app_search_candidates(p_locales text[], p_configs text[], p_query text)
  RETURNS TABLE (document_id uuid, locale text, region text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $fn$
  #variable_conflict use_column
  DECLARE v_tenant uuid := ${CURRENT_TENANT};
  BEGIN
    IF v_tenant IS NULL THEN RETURN; END IF;
    RETURN QUERY
      SELECT s.document_id, s.locale, s.region
        FROM (SELECT l.locale,
                     websearch_to_tsquery(coalesce((SELECT c.oid::regconfig FROM pg_ts_config c WHERE c.cfgname = l.cfg LIMIT 1), 'simple'::regconfig), p_query) AS query
                FROM unnest(p_locales, p_configs) AS l(locale, cfg)) q
        JOIN search_documents s ON s.locale = q.locale
       WHERE s.tenant_id = v_tenant AND s.vector @@ q.query;
  END
  $fn$`;

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

    for (const [sql, signature] of [
      [TM_CANDIDATES, 'app_tm_candidates(text, text, text[], real, integer)'],
      [SEARCH_CANDIDATES, 'app_search_candidates(text[], text[], text)'],
    ] as const) {
      await qr.query(sql);
      await qr.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await qr.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ${APP_ROLE}`);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION IF EXISTS app_tm_candidates(text, text, text[], real, integer)`);
    await qr.query(`DROP FUNCTION IF EXISTS app_search_candidates(text[], text[], text)`);
    // The extensions stay: other schemas may use them.
    await dropTables(qr, ['search_documents', 'terms', 'term_concepts', 'translation_memory', 'translation_blocks', 'source_blocks']);
  }
}
