import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './roles';

/**
 * The anonymous read of a published document in one statement: the function
 * switches to the API role and the tenant for the statement's own (implicit)
 * transaction, then reads, so row-level security still applies and nothing
 * stays set on the pooled connection afterwards. Saves the BEGIN, set_config
 * and COMMIT round trips of a transaction on the hottest path (docs/performance.md).
 */
export class PublicReads1764840000000 implements MigrationInterface {
  name = 'PublicReads1764840000000';

  async up(qr: QueryRunner): Promise<void> {
    // The document at `slug` in the first locale of `chain` that has it, with every published
    // locale of that document; snapshots only down to the locale that fixes the block structure.
    await qr.query(`CREATE FUNCTION careleaf_published_chain(p_tenant uuid, p_chain text[], p_slug text)
      RETURNS TABLE (locale text, slug text, pos int, source_locale text, snapshot jsonb)
      LANGUAGE plpgsql VOLATILE AS $fn$
      #variable_conflict use_column
      BEGIN
        PERFORM set_config('role', '${APP_ROLE}', true), set_config('app.tenant_id', p_tenant::text, true);
        RETURN QUERY
          WITH chain AS (SELECT c.locale, c.pos::int AS pos FROM unnest(p_chain) WITH ORDINALITY AS c(locale, pos)),
          hit AS (
            SELECT p.document_id FROM published_documents p JOIN chain c ON c.locale = p.locale
             WHERE p.tenant_id = p_tenant AND p.slug = p_slug ORDER BY c.pos LIMIT 1
          ),
          found AS (
            SELECT p.locale, p.slug, c.pos, d.source_locale, p.snapshot
              FROM hit
              JOIN published_documents p ON p.tenant_id = p_tenant AND p.document_id = hit.document_id
              JOIN documents d ON d.tenant_id = p_tenant AND d.id = hit.document_id
              LEFT JOIN chain c ON c.locale = p.locale
          ),
          structure AS (SELECT coalesce(min(f.pos) FILTER (WHERE f.locale = f.source_locale), min(f.pos)) AS pos FROM found f)
          SELECT f.locale, f.slug, f.pos, f.source_locale, CASE WHEN f.pos <= s.pos THEN f.snapshot END
            FROM found f, structure s
           ORDER BY f.locale;
      END
      $fn$`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION careleaf_published_chain(uuid, text[], text)`);
  }
}
