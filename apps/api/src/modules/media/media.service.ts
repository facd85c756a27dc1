import { createHash, randomUUID } from 'node:crypto';
import type { Database, TenantTx } from '../../kernel/db/database';
import { badInput, conflict, notFound } from '../../kernel/errors';
import { audit, type Actor } from '../audit';
import { isUuid } from '../../kernel/uuids';
import { tenantLocales } from '../tenancy';
import type { ReferenceUsage } from '../references';
import { safeFileName } from './file-name';
import { inspectImage } from './inspect';
import type { MediaConfig } from './media.config';
import * as q from './media.queries';
import type { MediaText, MediaView, ServableMedia } from './media.queries';
import type { MediaStorage } from './storage';
import { derivativesOf, pendingMediaIds } from './derivatives.queries';
import { DERIVATIVES_QUEUE, type DerivativeJob } from './derivatives';

export type { MediaText, MediaView, ServableMedia };

export interface UploadInput {
  bytes: Buffer;
  /** The name the uploader gave; only its stem is kept, made safe. */
  fileName?: string | null;
  decorative?: boolean;
  /** Alt text and caption to set right away, for one locale. */
  text?: { locale: string; alt?: string | null; caption?: string | null } | null;
}

/** A resized copy of an image, for a `srcset`. */
export interface ImageSource {
  url: string;
  width: number;
  height: number;
  /** image/avif or image/webp */
  mimeType: string;
}

/** Queues a job (the API's JobQueue); null where no worker runs: images keep only their original. */
export interface DerivativeJobs {
  sendNow(queue: string, data: object): Promise<void>;
}

export const MAX_ALT = 1000;
export const MAX_CAPTION = 2000;

/** Images of a tenant: checked by content, stored through MediaStorage, with alt text and caption per locale. */
export class MediaService {
  constructor(
    readonly storage: MediaStorage,
    readonly config: MediaConfig,
    private readonly usage: ReferenceUsage,
    private readonly jobs: DerivativeJobs | null = null,
  ) {}

  /**
   * Asks the job queue for the image's resized copies; call after the upload's
   * transaction committed. Until the job ran, pages show the original.
   */
  async requestDerivatives(tenantId: string, mediaId: string): Promise<void> {
    await this.jobs?.sendNow(DERIVATIVES_QUEUE, { tenantId, mediaId } satisfies DerivativeJob);
  }

  /**
   * Queues the derivative job for up to `limit` of the tenant's images that have
   * none yet (uploaded before derivatives existed, or a job that was lost); returns how many.
   * The jobs are sent after the read's transaction: on the embedded database the
   * queue shares its one connection.
   */
  async requestPendingDerivatives(db: Database, tenantId: string, limit: number): Promise<number> {
    if (!this.jobs) throw new Error('requesting derivatives needs the job queue');
    const ids = await db.withTenant(tenantId, (tx) => pendingMediaIds(tx, limit));
    for (const id of ids) await this.requestDerivatives(tenantId, id);
    return ids.length;
  }

  /** The resized copies of the images `ids` (none until the job ran), smallest first per format. */
  async sourcesOf(tx: TenantTx, ids: readonly string[]): Promise<Map<string, ImageSource[]>> {
    const out = new Map<string, ImageSource[]>();
    for (const d of await derivativesOf(
      tx,
      ids.filter(isUuid).map((id) => id.toLowerCase()),
    )) {
      const list = out.get(d.mediaId) ?? [];
      list.push({ url: this.urlOf(d.slug, d.mediaId, d.fileName), width: d.width, height: d.height, mimeType: `image/${d.format}` });
      out.set(d.mediaId, list);
    }
    return out;
  }

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
      await q.insertMedia(tx, {
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
      if (text && (text.alt || text.caption)) await q.insertText(tx, id, text);
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
    const rows = await q.mediaByIds(tx, wanted);
    return new Map(rows.map((r) => [r.id, q.toMediaView(r, this.urlOf(r.slug, r.id, r.file_name))]));
  }

  /** The newest `first` images of the tenant (for the editor's image picker), newest first. */
  async list(tx: TenantTx, first: number): Promise<MediaView[]> {
    if (!Number.isInteger(first) || first < 1 || first > 200)
      throw badInput('first', 'Ask for between 1 and 200 images.', { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: 200 });
    const ids = await q.newestMediaIds(tx, first);
    const found = await this.byIds(tx, ids);
    return ids.map((id) => found.get(id)).filter((m): m is MediaView => !!m);
  }

  /** The original or derivative behind a file URL, when the file name matches; null otherwise. One query, whether published included. */
  async servable(tx: TenantTx, id: string, fileName: string): Promise<ServableMedia | null> {
    if (!isUuid(id)) return null;
    const row = await q.servableMedia(tx, id.toLowerCase(), fileName);
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
      await q.deleteText(tx, before.id, text.locale);
    } else {
      await q.upsertText(tx, before.id, { locale: text.locale, ...next });
    }
    await q.touchMedia(tx, before.id);
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
      await q.setDecorative(tx, before.id, decorative);
      await q.touchMedia(tx, before.id);
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
   * Removes the record and its derivatives' records; returns the storage keys
   * (original first), whose files the caller removes with `removeFiles` once
   * the transaction has committed.
   */
  async delete(tx: TenantTx, actor: Actor, mediaId: string): Promise<string[]> {
    const before = await this.get(tx, mediaId);
    if (await this.usage.isMediaInUse(tx, before.id)) {
      throw conflict(
        'This image is shown in at least one document. Remove it from those documents first, then delete it.',
        'id',
        'IMAGE_IN_USE',
      );
    }
    const derivatives = await q.derivativeKeys(tx, before.id);
    const storageKey = await q.deleteMedia(tx, before.id);
    await audit(tx.em, tx.tenantId, actor, {
      action: 'media.delete',
      subjectType: 'media',
      subjectId: before.id,
      diff: { before: { fileName: before.fileName, sha256: before.sha256, texts: before.texts } },
    });
    return [storageKey, ...derivatives];
  }

  /** Removes stored files; every key is tried, the first failure is thrown after. */
  async removeFiles(storageKeys: readonly string[]): Promise<void> {
    const results = await Promise.allSettled(storageKeys.map((key) => this.storage.delete(key)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
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
}
