import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, CURRENT_TENANT } from './roles';

/**
 * Whether an image is shown by a published document decides whether anyone may
 * load it (docs/security.md, Media). The published snapshot lists its images
 * under `snapshot -> 'media'`, keyed by id; this index finds them per tenant.
 * jsonb's `?` is not leakproof, so under row-level security it could not use
 * the index (ADR 0010): a definer function answers yes or no, nothing more.
 */
const MEDIA_IS_PUBLISHED = `CREATE FUNCTION app_media_is_published(p_media uuid)
  RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $fn$
  DECLARE v_tenant uuid := ${CURRENT_TENANT};
  BEGIN
    IF v_tenant IS NULL THEN RETURN false; END IF;
    RETURN EXISTS (SELECT 1 FROM published_documents p WHERE p.tenant_id = v_tenant AND (p.snapshot -> 'media') ? p_media::text);
  END
  $fn$`;

export class PublishedMedia1764916000000 implements MigrationInterface {
  name = 'PublishedMedia1764916000000';

  async up(qr: QueryRunner): Promise<void> {
    // btree_gin (migration SearchByTenant) lets the index lead with the tenant.
    await qr.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await qr.query(`CREATE INDEX published_documents_media_idx ON published_documents USING gin (tenant_id, (snapshot -> 'media'))`);
    await qr.query(MEDIA_IS_PUBLISHED);
    await qr.query(`REVOKE ALL ON FUNCTION app_media_is_published(uuid) FROM PUBLIC`);
    await qr.query(`GRANT EXECUTE ON FUNCTION app_media_is_published(uuid) TO ${APP_ROLE}`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP FUNCTION IF EXISTS app_media_is_published(uuid)`);
    await qr.query(`DROP INDEX IF EXISTS published_documents_media_idx`);
  }
}
