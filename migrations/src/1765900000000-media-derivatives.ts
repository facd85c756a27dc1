import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables, protectTenantTable } from './helpers';

/**
 * Responsive image derivatives (docs/adr/0030-image-derivatives.md):
 *   - `media_derivatives`: one row per resized, re-encoded copy of an image (width × format),
 *     its object in the media storage under the image's key prefix; at most 12 per image.
 *   - `media.derivatives_state`: pending until the job ran; ready, none (a GIF, an animation:
 *     served as uploaded) or failed (the file could not be decoded within the bounds).
 * Expand only: the new column has a default, so code that does not know it keeps working.
 */
export class MediaDerivatives1765900000000 implements MigrationInterface {
  name = 'MediaDerivatives1765900000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE media
      ADD COLUMN derivatives_state text NOT NULL DEFAULT 'pending' CHECK (derivatives_state IN ('pending', 'ready', 'none', 'failed'))`);
    await qr.query(`CREATE TABLE media_derivatives (
      tenant_id uuid NOT NULL,
      media_id uuid NOT NULL,
      format text NOT NULL CHECK (format IN ('avif', 'webp')),
      width integer NOT NULL CHECK (width > 0 AND width <= 12000),
      height integer NOT NULL CHECK (height > 0 AND height <= 12000),
      file_name text NOT NULL CHECK (file_name ~ '^[a-z0-9]+(-[a-z0-9]+)*\\.[0-9a-f]{16}\\.(avif|webp)$' AND length(file_name) <= 160),
      storage_key text NOT NULL CHECK (length(storage_key) <= 400),
      byte_size integer NOT NULL CHECK (byte_size > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, media_id, format, width),
      UNIQUE (tenant_id, media_id, file_name),
      FOREIGN KEY (tenant_id, media_id) REFERENCES media (tenant_id, id) ON DELETE CASCADE
    )`);
    await protectTenantTable(qr, 'media_derivatives', ['SELECT', 'INSERT', 'DELETE']);
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['media_derivatives']);
    await qr.query(`ALTER TABLE media DROP COLUMN derivatives_state`);
  }
}
