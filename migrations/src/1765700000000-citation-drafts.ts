import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imported references that are not complete yet (docs/adr/0028-reference-recognition.md):
 *   - `draft`: the citation came from an import and lacks fields its kind needs; saving it in the
 *     library with all of them clears the flag.
 *   - `original_text`: the reference exactly as the imported article wrote it, kept across edits so
 *     the editor can always compare.
 *   - `pmc_id`: PubMed Central id, matched on import like DOI and PubMed id (one citation per id).
 * The other new fields (month, day, trial registry ids) live in `details` like every other field.
 */
export class CitationDrafts1765700000000 implements MigrationInterface {
  name = 'CitationDrafts1765700000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE citations
      ADD COLUMN draft boolean NOT NULL DEFAULT false,
      ADD COLUMN original_text text CHECK (length(original_text) <= 2000),
      ADD COLUMN pmc_id text CHECK (pmc_id ~ '^PMC[0-9]{4,9}$')`);
    await qr.query(`CREATE UNIQUE INDEX citations_pmc_id_key ON citations (tenant_id, pmc_id) WHERE pmc_id IS NOT NULL`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP INDEX citations_pmc_id_key`);
    await qr.query(`ALTER TABLE citations DROP COLUMN pmc_id, DROP COLUMN original_text, DROP COLUMN draft`);
  }
}
