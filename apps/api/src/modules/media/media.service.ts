import { createHash, randomUUID } from 'node:crypto';
import type { TenantTx } from '../../kernel/db/database';
import { badInput, conflict, notFound } from '../../kernel/errors';
import { audit, type Actor } from '../audit';
import { isUuid } from '../../kernel/uuids';
import { tenantLocales } from '../tenancy';
import type { ReferenceUsage } from '../references';
import { safeFileName } from './file-name';
import { inspectImage, type AcceptedMime } from './inspect';
import type { MediaConfig } from './media.config';
import { MediaRow, MediaTextRow } from './media.entity';
import type { MediaStorage } from './storage';

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
  mimeType: AcceptedMime;
  byteSize: number;
  sha256: string;
  /** Shown by at least one published document: anyone may load it; otherwise only members of the tenant. */
  published: boolean;
}

export interface UploadInput {
  bytes: Buffer;
  /** The name the uploader gave; only its stem is kept, made safe. */
  fileName?: string | null;
  decorative?: boolean;
  /** Alt text and caption to set right away, for one locale. */
  text?: { locale: string; alt?: string | null; caption?: string | null } | null;
}

interface MediaQueryRow {
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

export const MAX_ALT = 1000;
export const MAX_CAPTION = 2000;

/** Images of a tenant: checked by content, stored through MediaStorage, with alt text and caption per locale. */
export class MediaService {
  constructor(
    readonly storage: MediaStorage,
    readonly config: MediaConfig,
    private readonly usage: ReferenceUsage,
  ) {}

  urlOf(tenantSlug: string, id: string, fileName: string): string {
    return `${this.config.publicBaseUrl}/media/${encodeURIComponent(tenantSlug)}/${id}/${encodeURIComponent(fileName)}`;
  }

  /**
   * Checks the bytes, stores them, then records the image, all before the
   * caller's transaction commits. If recording fails the stored file is removed.
   */
  async upload(tx: TenantTx, actor: Actor, input: UploadInput): Promise<MediaView> {
    const facts = await inspectImage(input.bytes, this.config.maxBytes);
    const text = input.text ? await this.checkText(tx, input.text) : null;
    const id = randomUUID();
    const fileName = safeFileName(input.fileName, facts.extension);
    const storageKey = `${tx.tenantId}/${id}/${fileName}`;
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    await this.storage.put(storageKey, input.bytes, facts.mimeType);
    try {
      await tx.em.insert(MediaRow, {
        tenantId: tx.tenantId,
        id,
        fileName,
        storageKey,
        mimeType: facts.mimeType,
        byteSize: input.bytes.length,
        width: facts.width,
        height: facts.height,
        sha256,
        decorative: input.decorative ?? false,
        uploadedBy: actor.userId,
      });
      if (text && (text.alt || text.caption)) await tx.em.insert(MediaTextRow, { tenantId: tx.tenantId, mediaId: id, ...text });
      await audit(tx.em, tx.tenantId, actor, {
        action: 'media.upload',
        subjectType: 'media',
        subjectId: id,
        diff: {
          after: { fileName, mimeType: facts.mimeType, byteSize: input.bytes.length, width: facts.width, height: facts.height, sha256 },
        },
      });
    } catch (e) {
      await this.storage.delete(storageKey).catch(() => undefined);
      throw e;
    }
    return this.get(tx, id);
  }

  async get(tx: TenantTx, id: string): Promise<MediaView> {
    const item = (await this.byIds(tx, [id])).get(id.toLowerCase());
    if (!item) throw notFound(`No image has the id "${id}" in this organisation.`, 'IMAGE_NOT_FOUND');
    return item;
  }

  /** Images by id in one query, with their texts; ids not found are absent from the map. */
  async byIds(tx: TenantTx, ids: readonly string[]): Promise<Map<string, MediaView>> {
    const wanted = ids.filter(isUuid).map((id) => id.toLowerCase());
    if (!wanted.length) return new Map();
    const rows: MediaQueryRow[] = await tx.em.query(
      `SELECT m.id, t.slug, m.file_name, m.mime_type, m.byte_size, m.width, m.height, m.sha256, m.decorative, m.uploaded_by,
              m.version, m.created_at, m.updated_at,
              COALESCE((SELECT json_agg(json_build_object('locale', x.locale, 'alt', x.alt, 'caption', x.caption) ORDER BY x.locale)
                          FROM media_texts x WHERE x.tenant_id = m.tenant_id AND x.media_id = m.id), '[]'::json) AS texts
         FROM media m JOIN tenants t ON t.id = m.tenant_id
        WHERE m.tenant_id = $1 AND m.id = ANY($2::uuid[])`,
      [tx.tenantId, wanted],
    );
    return new Map(rows.map((r) => [r.id, this.view(r)]));
  }

  /** The newest `first` images of the tenant (for the editor's image picker), newest first. */
  async list(tx: TenantTx, first: number): Promise<MediaView[]> {
    if (!Number.isInteger(first) || first < 1 || first > 200)
      throw badInput('first', 'Ask for between 1 and 200 images.', { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: 200 });
    const rows: { id: string }[] = await tx.em.query(`SELECT id FROM media WHERE tenant_id = $1 ORDER BY created_at DESC, id LIMIT $2`, [
      tx.tenantId,
      first,
    ]);
    const found = await this.byIds(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((r) => found.get(r.id)).filter((m): m is MediaView => !!m);
  }

  /** The row behind a file URL, when the file name matches; null otherwise. One query, whether published included. */
  async servable(tx: TenantTx, id: string, fileName: string): Promise<ServableMedia | null> {
    if (!isUuid(id)) return null;
    const rows: ServableMedia[] = await tx.em.query(
      `SELECT m.file_name AS "fileName", m.storage_key AS "storageKey", m.mime_type AS "mimeType", m.byte_size AS "byteSize",
              m.sha256, app_media_is_published(m.id) AS published
         FROM media m WHERE m.tenant_id = $1 AND m.id = $2`,
      [tx.tenantId, id.toLowerCase()],
    );
    const row = rows[0];
    return row && row.fileName === fileName ? row : null;
  }

  /** Sets alt text and caption in one locale; both empty removes the locale's texts. */
  async setText(
    tx: TenantTx,
    actor: Actor,
    mediaId: string,
    input: { locale: string; alt?: string | null; caption?: string | null },
  ): Promise<MediaView> {
    const before = await this.get(tx, mediaId);
    const text = await this.checkText(tx, input);
    const old = before.texts.find((t) => t.locale === text.locale) ?? null;
    const next = {
      alt: input.alt === undefined || input.alt === null ? (old?.alt ?? '') : text.alt,
      caption: input.caption === undefined || input.caption === null ? (old?.caption ?? '') : text.caption,
    };
    if (!next.alt && !next.caption) {
      await tx.em.delete(MediaTextRow, { tenantId: tx.tenantId, mediaId: before.id, locale: text.locale });
    } else {
      await tx.em.query(
        `INSERT INTO media_texts (tenant_id, media_id, locale, alt, caption) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, media_id, locale) DO UPDATE SET alt = EXCLUDED.alt, caption = EXCLUDED.caption, updated_at = now()`,
        [tx.tenantId, before.id, text.locale, next.alt, next.caption],
      );
    }
    await this.touch(tx, before.id);
    await audit(tx.em, tx.tenantId, actor, {
      action: 'media.text',
      subjectType: 'media',
      subjectId: before.id,
      diff: { locale: text.locale, before: old ? { alt: old.alt, caption: old.caption } : null, after: next },
    });
    return this.get(tx, before.id);
  }

  async setDecorative(tx: TenantTx, actor: Actor, mediaId: string, decorative: boolean): Promise<MediaView> {
    const before = await this.get(tx, mediaId);
    if (before.decorative !== decorative) {
      await tx.em.update(MediaRow, { tenantId: tx.tenantId, id: before.id }, { decorative });
      await this.touch(tx, before.id);
      await audit(tx.em, tx.tenantId, actor, {
        action: 'media.decorative',
        subjectType: 'media',
        subjectId: before.id,
        diff: { before: before.decorative, after: decorative },
      });
    }
    return this.get(tx, before.id);
  }

  /**
   * Removes the record; returns the storage key, whose file the caller
   * removes with `removeFile` once the transaction has committed.
   */
  async delete(tx: TenantTx, actor: Actor, mediaId: string): Promise<string> {
    const before = await this.get(tx, mediaId);
    if (await this.usage.isMediaInUse(tx, before.id)) {
      throw conflict(
        'This image is shown in at least one document. Remove it from those documents first, then delete it.',
        'id',
        'IMAGE_IN_USE',
      );
    }
    const row = await tx.em.findOneByOrFail(MediaRow, { tenantId: tx.tenantId, id: before.id });
    await tx.em.delete(MediaRow, { tenantId: tx.tenantId, id: before.id });
    await audit(tx.em, tx.tenantId, actor, {
      action: 'media.delete',
      subjectType: 'media',
      subjectId: before.id,
      diff: { before: { fileName: before.fileName, sha256: before.sha256, texts: before.texts } },
    });
    return row.storageKey;
  }

  async removeFile(storageKey: string): Promise<void> {
    await this.storage.delete(storageKey);
  }

  private async checkText(tx: TenantTx, input: { locale: string; alt?: string | null; caption?: string | null }): Promise<MediaText> {
    const locale = (await tenantLocales(tx)).check(input.locale, 'locale');
    const alt = (input.alt ?? '').replace(/\s+/g, ' ').trim();
    const caption = (input.caption ?? '').trim();
    if (alt.length > MAX_ALT)
      throw badInput('alt', `The alt text is ${alt.length} characters long; keep it under ${MAX_ALT} and put details in the caption.`, {
        reason: 'TOO_LONG',
        limit: MAX_ALT,
      });
    if (caption.length > MAX_CAPTION)
      throw badInput('caption', `The caption is ${caption.length} characters long; shorten it to at most ${MAX_CAPTION}.`, {
        reason: 'TOO_LONG',
        limit: MAX_CAPTION,
      });
    return { locale, alt, caption };
  }

  private async touch(tx: TenantTx, id: string): Promise<void> {
    await tx.em.query(`UPDATE media SET version = version + 1, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id]);
  }

  private view(r: MediaQueryRow): MediaView {
    return {
      id: r.id,
      url: this.urlOf(r.slug, r.id, r.file_name),
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
}
