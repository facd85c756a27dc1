import type { TenantTx } from '../../kernel/db/database';
import type { AcceptedMime } from './inspect';
import type { DerivativeFormat } from './widths';

export type DerivativesState = 'pending' | 'ready' | 'none' | 'failed';

/** One resized copy of an image, as recorded. */
export interface DerivativeRecord {
  format: DerivativeFormat;
  width: number;
  height: number;
  fileName: string;
  storageKey: string;
  byteSize: number;
  sha256: string;
}

/** What the derivative job reads of an image, locked when `forUpdate`. */
export interface DerivationSource {
  id: string;
  fileName: string;
  storageKey: string;
  mimeType: AcceptedMime;
  width: number;
  state: DerivativesState;
}

export async function derivationSource(tx: TenantTx, id: string, forUpdate = false): Promise<DerivationSource | null> {
  const rows: DerivationSource[] = await tx.em.query(
    `SELECT id, file_name AS "fileName", storage_key AS "storageKey", mime_type AS "mimeType", width, derivatives_state AS state
       FROM media WHERE tenant_id = $1 AND id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [tx.tenantId, id],
  );
  return rows[0] ?? null;
}

export async function setDerivativesState(tx: TenantTx, id: string, state: DerivativesState): Promise<void> {
  await tx.em.query(`UPDATE media SET derivatives_state = $3 WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id, state]);
}

export async function isPublished(tx: TenantTx, id: string): Promise<boolean> {
  const [row] = (await tx.em.query(`SELECT app_media_is_published($1) AS published`, [id])) as { published: boolean }[];
  return !!row?.published;
}

/** Replaces the image's derivative records with `records`. */
export async function replaceDerivatives(tx: TenantTx, mediaId: string, records: DerivativeRecord[]): Promise<void> {
  await tx.em.query(`DELETE FROM media_derivatives WHERE tenant_id = $1 AND media_id = $2`, [tx.tenantId, mediaId]);
  if (!records.length) return;
  await tx.em.query(
    `INSERT INTO media_derivatives (tenant_id, media_id, format, width, height, file_name, storage_key, byte_size, sha256)
     SELECT $1, $2, r.format, r.width, r.height, r.file_name, r.storage_key, r.byte_size, r.sha256
       FROM json_to_recordset($3::json) AS r(format text, width int, height int, file_name text, storage_key text, byte_size int, sha256 text)`,
    [
      tx.tenantId,
      mediaId,
      JSON.stringify(
        records.map((r) => ({
          format: r.format,
          width: r.width,
          height: r.height,
          file_name: r.fileName,
          storage_key: r.storageKey,
          byte_size: r.byteSize,
          sha256: r.sha256,
        })),
      ),
    ],
  );
}

/** Derivatives of the images `ids`, smallest first within each format (bounded: at most 12 per image). */
export async function derivativesOf(
  tx: TenantTx,
  ids: readonly string[],
): Promise<(DerivativeRecord & { mediaId: string; slug: string })[]> {
  if (!ids.length) return [];
  return tx.em.query(
    `SELECT d.media_id AS "mediaId", t.slug, d.format, d.width, d.height, d.file_name AS "fileName", d.storage_key AS "storageKey",
            d.byte_size AS "byteSize", d.sha256
       FROM media_derivatives d JOIN tenants t ON t.id = d.tenant_id
      WHERE d.tenant_id = $1 AND d.media_id = ANY($2::uuid[])
      ORDER BY d.media_id, d.format, d.width`,
    [tx.tenantId, ids],
  );
}

/** Ids of images still waiting for their derivatives (uploaded before they existed, or a lost job), oldest first. */
export async function pendingMediaIds(tx: TenantTx, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await tx.em.query(
    `SELECT id FROM media WHERE tenant_id = $1 AND derivatives_state = 'pending' ORDER BY created_at, id LIMIT $2`,
    [tx.tenantId, limit],
  );
  return rows.map((r) => r.id);
}
