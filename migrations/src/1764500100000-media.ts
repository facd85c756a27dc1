import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

/**
 * Uploaded images: metadata here, bytes in the media storage under
 * `storage_key`. Alt text and caption per locale in `media_texts`.
 */
export class Media1764500100000 implements MigrationInterface {
  name = 'Media1764500100000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`CREATE TABLE media (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      file_name text NOT NULL CHECK (file_name ~ '^[a-z0-9]+(-[a-z0-9]+)*\\.(jpg|png|webp|gif)$' AND length(file_name) <= 120),
      storage_key text NOT NULL,
      mime_type text NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
      byte_size integer NOT NULL CHECK (byte_size > 0),
      width integer NOT NULL CHECK (width > 0),
      height integer NOT NULL CHECK (height > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      decorative boolean NOT NULL DEFAULT false,
      uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`);
    await qr.query(`CREATE TABLE media_texts (
      tenant_id uuid NOT NULL,
      media_id uuid NOT NULL,
      locale text NOT NULL,
      alt text NOT NULL DEFAULT '' CHECK (length(alt) <= 1000),
      caption text NOT NULL DEFAULT '' CHECK (length(caption) <= 2000),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, media_id, locale),
      FOREIGN KEY (tenant_id, media_id) REFERENCES media (tenant_id, id) ON DELETE CASCADE
    )`);
    await protectTenantTable(qr, 'media');
    await protectTenantTable(qr, 'media_texts');
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['media_texts', 'media']);
  }
}
