import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { MediaS3Config } from '../../kernel/config';
import { validStorageKey, type MediaStorage, type StoredObject } from './storage';

/** A missing object, as opposed to a missing bucket (also a 404, but the operator's to fix). */
function isMissingObject(e: unknown): boolean {
  if (!(e instanceof S3ServiceException)) return false;
  if (e.name === 'NoSuchKey' || e.name === 'NotFound') return true;
  return e.$metadata.httpStatusCode === 404 && e.name !== 'NoSuchBucket';
}

/**
 * Media as objects in an S3-compatible bucket (AWS, MinIO, Ceph, …), under
 * "<prefix>/<tenant id>/<media id>/<file name>". Every call is bounded by
 * `timeoutMs`, retries included; a download whose bytes stall that long is cut.
 */
export class S3Storage implements MediaStorage {
  readonly client: S3Client;

  constructor(readonly config: MediaS3Config) {
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.credentials ? { credentials: config.credentials } : {}),
      maxAttempts: 3,
      // Only what the S3 protocol requires: many compatible servers reject the newer default checksum headers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: config.timeoutMs, socketTimeout: config.timeoutMs },
    });
  }

  /** The object's key in the bucket. */
  objectKey(key: string): string {
    if (!validStorageKey(key)) throw new Error(`"${key}" is not a valid media storage key`);
    return this.config.prefix ? `${this.config.prefix}/${key}` : key;
  }

  /** Runs `call` with an abort signal that fires after the time-out; the timer ends when the call answers. */
  private async bounded<T>(call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error(`The media storage did not answer within ${this.config.timeoutMs} ms`)),
      this.config.timeoutMs,
    );
    try {
      return await call(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const command = new PutObjectCommand({
      Bucket: this.config.bucket,
      Key: this.objectKey(key),
      Body: data,
      ContentType: contentType,
      ContentLength: data.length,
    });
    await this.bounded((abortSignal) => this.client.send(command, { abortSignal }));
  }

  async get(key: string): Promise<StoredObject | null> {
    const command = new GetObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) });
    try {
      // The signal bounds the wait for the answer's head only: the body streams for as long as it keeps moving.
      const out = await this.bounded((abortSignal) => this.client.send(command, { abortSignal }));
      const body = out.Body;
      if (!(body instanceof Readable)) throw new Error('The media storage answered without a body');
      if (out.ContentLength === undefined) {
        body.destroy();
        throw new Error('The media storage answered without a content length');
      }
      return { body, size: out.ContentLength };
    } catch (e) {
      if (isMissingObject(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    const command = new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) });
    try {
      await this.bounded((abortSignal) => this.client.send(command, { abortSignal }));
    } catch (e) {
      // S3 answers 204 for a missing key; some compatible servers say 404.
      if (!isMissingObject(e)) throw e;
    }
  }

  /** Closes the client's pooled connections (on shutdown). */
  close(): void {
    this.client.destroy();
  }
}
