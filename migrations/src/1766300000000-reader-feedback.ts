import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

/**
 * "Was this page helpful?" on published pages. A row holds what the reader
 * chose and nothing about them: no address (not even hashed: the rate limit
 * keeps its keyed hash in the throttle only), no user agent, no time of day.
 * `id` only orders comments newest first; `handled` is the editors' mark.
 */
export class ReaderFeedback1766300000000 implements MigrationInterface {
  name = 'ReaderFeedback1766300000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE reader_feedback (
      id bigint GENERATED ALWAYS AS IDENTITY,
      tenant_id uuid NOT NULL,
      document_id uuid NOT NULL,
      locale text NOT NULL CHECK (length(locale) <= 35),
      helpful boolean NOT NULL,
      comment text CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 1000),
      day date NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')::date,
      handled boolean NOT NULL DEFAULT false,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, document_id) REFERENCES documents (tenant_id, id) ON DELETE CASCADE
    )`);
    await qr.query(`CREATE INDEX reader_feedback_document_idx ON reader_feedback (tenant_id, document_id, locale, day)`);
    await qr.query(
      `CREATE INDEX reader_feedback_open_comments_idx ON reader_feedback (tenant_id, id DESC) WHERE comment IS NOT NULL AND NOT handled`,
    );
    // Readers add rows, editors mark them handled; nothing else changes them.
    await protectTenantTable(qr, 'reader_feedback', ['SELECT', 'INSERT', 'UPDATE']);
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['reader_feedback']);
  }
}
