import type { TenantTx } from '../../kernel/db/database';
import type { AcceptedMime } from './inspect';
import { MediaRow, MediaTextRow } from './media.entity';

export interface MediaText {
  locale: string;
  alt: string;
  caption: string;
}

export interface MediaView {
  id: string;
  /** Where readers load the file: "/media/<tenant>/<id>/<file>" (behind MEDIA_PUBLIC_URL when set). */
  url: string;
  fileName: string;
  mimeType: AcceptedMime;
  byteSize: number;
  width: number;
  height: number;
  sha256: string;
  decorative: boolean;
  texts: MediaText[];
  uploadedBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What the file route needs to serve one file. */
export interface ServableMedia {
  fileName: string;
  storageKey: string;
  mimeType: AcceptedMime | 'image/avif';
  byteSize: number;
  sha256: string;
  /** Shown by at least one published document: anyone may load it; otherwise only members of the tenant. */
  published: boolean;
}

export interface MediaQueryRow {
  id: string;
  slug: string;
  file_name: string;
  mime_type: AcceptedMime;
  byte_size: number;
  width: number;
  height: number;
  sha256: string;
  decorative: boolean;
  uploaded_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  texts: MediaText[];
}

/** Row mapper: a media row and its texts as the view; `url` is where readers load the file. */
export function toMediaView(r: MediaQueryRow, url: string): MediaView {
  return {
    id: r.id,
    url,
    fileName: r.file_name,
    mimeType: r.mime_type,
    byteSize: r.byte_size,
    width: r.width,
    height: r.height,
    sha256: r.sha256,
    decorative: r.decorative,
    texts: r.texts,
    uploadedBy: r.uploaded_by,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Images by id with their texts (as JSON, by locale) and the tenant's slug for the URL. */
export async function mediaByIds(tx: TenantTx, ids: string[]): Promise<MediaQueryRow[]> {
  return tx.em.query(
    `SELECT m.id, t.slug, m.file_name, m.mime_type, m.byte_size, m.width, m.height, m.sha256, m.decorative, m.uploaded_by,
            m.version, m.created_at, m.updated_at,
            COALESCE((SELECT json_agg(json_build_object('locale', x.locale, 'alt', x.alt, 'caption', x.caption) ORDER BY x.locale)
                        FROM media_texts x WHERE x.tenant_id = m.tenant_id AND x.media_id = m.id), '[]'::json) AS texts
       FROM media m JOIN tenants t ON t.id = m.tenant_id
      WHERE m.tenant_id = $1 AND m.id = ANY($2::uuid[])`,
    [tx.tenantId, ids],
  );
}

/** Ids of the newest `first` images, newest first. */
export async function newestMediaIds(tx: TenantTx, first: number): Promise<string[]> {
  const rows: { id: string }[] = await tx.em.query(`SELECT id FROM media WHERE tenant_id = $1 ORDER BY created_at DESC, id LIMIT $2`, [
    tx.tenantId,
    first,
  ]);
  return rows.map((r) => r.id);
}

/**
 * What serving the file `fileName` of an image needs, the original or one of its
 * derivatives, and whether a published document shows the image: one query.
 */
export async function servableMedia(tx: TenantTx, id: string, fileName: string): Promise<ServableMedia | null> {
  const rows: ServableMedia[] = await tx.em.query(
    `SELECT COALESCE(d.file_name, m.file_name) AS "fileName", COALESCE(d.storage_key, m.storage_key) AS "storageKey",
            CASE WHEN d.format IS NULL THEN m.mime_type ELSE 'image/' || d.format END AS "mimeType",
            COALESCE(d.byte_size, m.byte_size) AS "byteSize", COALESCE(d.sha256, m.sha256) AS sha256,
            app_media_is_published(m.id) AS published
       FROM media m LEFT JOIN media_derivatives d ON d.tenant_id = m.tenant_id AND d.media_id = m.id AND d.file_name = $3
      WHERE m.tenant_id = $1 AND m.id = $2`,
    [tx.tenantId, id, fileName],
  );
  return rows[0] ?? null;
}

/** Storage keys of an image's derivatives (bounded: at most 12). */
export async function derivativeKeys(tx: TenantTx, id: string): Promise<string[]> {
  const rows: { key: string }[] = await tx.em.query(
    `SELECT storage_key AS key FROM media_derivatives WHERE tenant_id = $1 AND media_id = $2`,
    [tx.tenantId, id],
  );
  return rows.map((r) => r.key);
}

export interface NewMedia {
  id: string;
  fileName: string;
  storageKey: string;
  mimeType: AcceptedMime;
  byteSize: number;
  width: number;
  height: number;
  sha256: string;
  decorative: boolean;
  uploadedBy: string | null;
}

export async function insertMedia(tx: TenantTx, media: NewMedia): Promise<void> {
  await tx.em.insert(MediaRow, { tenantId: tx.tenantId, ...media });
}

export async function insertText(tx: TenantTx, mediaId: string, text: MediaText): Promise<void> {
  await tx.em.insert(MediaTextRow, { tenantId: tx.tenantId, mediaId, ...text });
}

/** Sets alt text and caption in the text's locale, adding or replacing. */
export async function upsertText(tx: TenantTx, mediaId: string, text: MediaText): Promise<void> {
  await tx.em.query(
    `INSERT INTO media_texts (tenant_id, media_id, locale, alt, caption) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, media_id, locale) DO UPDATE SET alt = EXCLUDED.alt, caption = EXCLUDED.caption, updated_at = now()`,
    [tx.tenantId, mediaId, text.locale, text.alt, text.caption],
  );
}

export async function deleteText(tx: TenantTx, mediaId: string, locale: string): Promise<void> {
  await tx.em.delete(MediaTextRow, { tenantId: tx.tenantId, mediaId, locale });
}

export async function setDecorative(tx: TenantTx, id: string, decorative: boolean): Promise<void> {
  await tx.em.update(MediaRow, { tenantId: tx.tenantId, id }, { decorative });
}

/** A change of texts or flags bumps the version and the update time. */
export async function touchMedia(tx: TenantTx, id: string): Promise<void> {
  await tx.em.query(`UPDATE media SET version = version + 1, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id]);
}

/** Deletes the record and returns the storage key of its file. */
export async function deleteMedia(tx: TenantTx, id: string): Promise<string> {
  const row = await tx.em.findOneByOrFail(MediaRow, { tenantId: tx.tenantId, id });
  await tx.em.delete(MediaRow, { tenantId: tx.tenantId, id });
  return row.storageKey;
}
