import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables this migration reads or writes; all force row-level security (see helpers.ts). */
const TABLES = ['documents', 'document_locales', 'revisions', 'source_blocks', 'translation_blocks'];
const HASH = (text: string) => `left(encode(sha256(convert_to(${text}, 'UTF8')), 'hex'), 32)`;

/**
 * Title and summary of a translation are tracked like blocks (docs/localization.md):
 * each document's source index gains the records `meta.title` and `meta.summary`
 * (not translatable blocks: progress leaves them out), and translations get a
 * record for a title or summary of their own. The hash is the same as
 * `metaHash` in the localization module: SHA-256 of the text, 128 bits in hex.
 *
 * Which source title an existing translated title was made from was never
 * recorded, so the backfill assumes the current one (not outdated), in the
 * state of the translation as a whole: approved or published → approved,
 * in review → needs review, otherwise draft. No schema changes: the rows fit
 * the existing tables.
 */
export class TitleSummaryTracking1765500000000 implements MigrationInterface {
  name = 'TitleSummaryTracking1765500000000';

  async up(qr: QueryRunner): Promise<void> {
    // The migration role owns the tables; forced row-level security would hide every tenant's rows from it.
    for (const table of TABLES) await qr.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    // Documents without a source index yet get title and summary with it on first use (TranslationTracker.ensureSourceIndex).
    await qr.query(`
      INSERT INTO source_blocks (tenant_id, document_id, block_id, revision_id, hash, text, translatable, position)
      SELECT d.tenant_id, d.id, m.block_id, r.id, ${HASH('m.text')}, m.text, false, m.position
        FROM documents d
        JOIN document_locales dl ON dl.tenant_id = d.tenant_id AND dl.document_id = d.id AND dl.locale = d.source_locale
        JOIN revisions r ON r.tenant_id = dl.tenant_id AND r.id = dl.head_revision_id
        CROSS JOIN LATERAL (VALUES ('meta.title', coalesce(r.content->>'title', ''), -2),
                                   ('meta.summary', coalesce(r.content->>'summary', ''), -1)) AS m(block_id, text, position)
       WHERE EXISTS (SELECT 1 FROM source_blocks s WHERE s.tenant_id = d.tenant_id AND s.document_id = d.id)
      ON CONFLICT (tenant_id, document_id, block_id) DO NOTHING`);
    // A translation whose title (summary) is its own text, not empty and not a copy of the source, has translated it.
    await qr.query(`
      INSERT INTO translation_blocks (tenant_id, document_id, locale, block_id, source_hash, source_revision_id, state)
      SELECT tl.tenant_id, tl.document_id, tl.locale, s.block_id, s.hash, s.revision_id,
             CASE tl.status WHEN 'approved' THEN 'approved' WHEN 'published' THEN 'approved' WHEN 'in_review' THEN 'needs_review' ELSE 'draft' END
        FROM document_locales tl
        JOIN documents d ON d.tenant_id = tl.tenant_id AND d.id = tl.document_id AND tl.locale <> d.source_locale
        JOIN revisions r ON r.tenant_id = tl.tenant_id AND r.id = tl.head_revision_id
        JOIN source_blocks s ON s.tenant_id = tl.tenant_id AND s.document_id = tl.document_id AND s.block_id IN ('meta.title', 'meta.summary')
       WHERE coalesce(r.content->>(CASE s.block_id WHEN 'meta.title' THEN 'title' ELSE 'summary' END), '') NOT IN ('', s.text)
      ON CONFLICT (tenant_id, document_id, locale, block_id) DO NOTHING`);
    for (const table of TABLES) await qr.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE source_blocks NO FORCE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE translation_blocks NO FORCE ROW LEVEL SECURITY`);
    // Translation records go with their source records (foreign key cascade).
    await qr.query(`DELETE FROM source_blocks WHERE block_id IN ('meta.title', 'meta.summary')`);
    await qr.query(`ALTER TABLE source_blocks FORCE ROW LEVEL SECURITY`);
    await qr.query(`ALTER TABLE translation_blocks FORCE ROW LEVEL SECURITY`);
  }
}
