import type { Database } from '../../kernel/db/database';
import type { EventBus } from '../../kernel/events';
import type { JobQueue } from '../../kernel/jobs';
import type { Logger } from '../../kernel/logger';
import { deriveImages, DerivativeRefusal, type EncodedDerivative } from './derive';
import * as q from './derivatives.queries';
import type { DerivativeRecord } from './derivatives.queries';
import type { MediaStorage, StoredObject } from './storage';
import { DERIVATIVE_LIMITS, DERIVATIVE_MIME } from './widths';

export const DERIVATIVES_QUEUE = 'media-derivatives';
/** Tries after the first: a storage outage passes; a file sharp cannot read is marked failed at once. */
export const DERIVATIVE_RETRIES = 2;

export interface DerivativeJob {
  tenantId: string;
  mediaId: string;
}

export type DerivativeOutcome = 'ready' | 'none' | 'failed' | 'skipped';

/** Reads an object to the end, refusing (and closing it) past `max` bytes. */
async function readBounded(stored: StoredObject, max: number): Promise<Buffer> {
  if (stored.size > max) {
    stored.body.destroy();
    throw new DerivativeRefusal('NOT_AN_IMAGE', `The stored file is ${stored.size} bytes, more than an upload may be.`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stored.body) {
    total += (chunk as Buffer).length;
    if (total > max) {
      stored.body.destroy();
      throw new DerivativeRefusal('NOT_AN_IMAGE', 'The stored file is larger than an upload may be.');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The derivative's file name: the original's stem, its width and a hash of its bytes (a new file, a new URL). */
export function derivativeFileName(originalFileName: string, d: Pick<EncodedDerivative, 'width' | 'sha256' | 'format'>): string {
  const stem = originalFileName.slice(0, originalFileName.lastIndexOf('.'));
  return `${stem}-${d.width}w.${d.sha256.slice(0, 16)}.${d.format}`;
}

/**
 * Makes the resized copies of uploaded images (docs/adr/0030-image-derivatives.md):
 * read the original from the storage, check it again, resize and encode with
 * sharp, store the copies beside it, record them. Run by the job queue.
 */
export class MediaDerivatives {
  constructor(
    private readonly db: Database,
    private readonly storage: MediaStorage,
    private readonly maxBytes: number,
    private readonly logger: Logger | null = null,
    private readonly events: EventBus | null = null,
  ) {}

  async run(job: DerivativeJob, lastAttempt = true): Promise<DerivativeOutcome> {
    const { tenantId, mediaId } = job;
    const source = await this.db.withTenant(tenantId, (tx) => q.derivationSource(tx, mediaId));
    // Deleted meanwhile, or done by an earlier try.
    if (!source || source.state !== 'pending') return 'skipped';
    let encoded: EncodedDerivative[];
    try {
      const stored = await this.storage.get(source.storageKey);
      if (!stored) throw new DerivativeRefusal('NOT_AN_IMAGE', 'The original is missing from the media storage.');
      encoded = await deriveImages(await readBounded(stored, this.maxBytes), this.maxBytes);
    } catch (e) {
      if (!(e instanceof DerivativeRefusal) && !lastAttempt) throw e;
      const state = e instanceof DerivativeRefusal && (e.reason === 'NOT_RESIZABLE' || e.reason === 'ANIMATED') ? 'none' : 'failed';
      if (state === 'failed') this.logger?.warn({ err: e, tenantId, mediaId }, 'no derivatives for an image: it is served as uploaded');
      await this.db.withTenant(tenantId, (tx) => q.setDerivativesState(tx, mediaId, state));
      return state;
    }
    const records: DerivativeRecord[] = encoded.map((d) => {
      const fileName = derivativeFileName(source.fileName, d);
      const prefix = source.storageKey.slice(0, source.storageKey.lastIndexOf('/'));
      return {
        format: d.format,
        width: d.width,
        height: d.height,
        fileName,
        storageKey: `${prefix}/${fileName}`,
        byteSize: d.bytes.length,
        sha256: d.sha256,
      };
    });
    const removeStored = () => Promise.all(records.map((r) => this.storage.delete(r.storageKey).catch(() => undefined)));
    try {
      for (const [i, r] of records.entries()) await this.storage.put(r.storageKey, encoded[i]!.bytes, DERIVATIVE_MIME[r.format]);
    } catch (e) {
      await removeStored();
      throw e;
    }
    // The image row is locked: a deletion either finished before (then the copies go here) or waits and sees them.
    const kept = await this.db.withTenant(tenantId, async (tx) => {
      const current = await q.derivationSource(tx, mediaId, true);
      if (!current || current.state !== 'pending') return false;
      await q.replaceDerivatives(tx, mediaId, records);
      await q.setDerivativesState(tx, mediaId, 'ready');
      // Cached pages that show it go, so readers get the copies; an image not yet published changes no page.
      if (await q.isPublished(tx, mediaId)) await this.events?.emit(tx, { type: 'PublishedImageSourcesReady', tenantId, mediaId });
      return true;
    });
    if (!kept) {
      await removeStored();
      return 'skipped';
    }
    return 'ready';
  }
}

/** Creates the queue (or updates its settings): retries for storage outages, a time bound per job. */
export async function ensureDerivativesQueue(jobs: Pick<JobQueue, 'ensureQueue'>): Promise<void> {
  await jobs.ensureQueue(DERIVATIVES_QUEUE, {
    retryLimit: DERIVATIVE_RETRIES,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: DERIVATIVE_LIMITS.jobSeconds,
  });
}

/** Registers the queue and its worker (main.ts). */
export async function startMediaDerivatives(jobs: JobQueue, derivatives: MediaDerivatives, logger: Logger): Promise<void> {
  await ensureDerivativesQueue(jobs);
  await jobs.workJobs<DerivativeJob>(DERIVATIVES_QUEUE, async ({ data, retryCount }) => {
    const outcome = await derivatives.run(data, retryCount >= DERIVATIVE_RETRIES);
    logger.debug({ ...data, outcome }, 'image derivatives');
  });
}
