import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface StoredObject {
  /** Read it to the end or destroy it, so the file is closed. */
  body: Readable;
  size: number;
}

/**
 * Where media bytes live. Keys are relative paths of safe segments
 * ("<tenant id>/<media id>/<file name>"). The local disk implementation is the
 * default; S3Storage (s3-storage.ts) keeps them in an S3-compatible bucket.
 */
export interface MediaStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none under `key`. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; a missing one is not an error. */
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function validStorageKey(key: string): boolean {
  const segments = key.split('/');
  return segments.length <= 8 && segments.every((s) => SEGMENT.test(s) && !s.includes('..'));
}

/** Files under one directory; writes go to a temporary name first, so a reader never sees half a file. */
export class LocalDiskStorage implements MediaStorage {
  constructor(readonly root: string) {}

  private file(key: string): string {
    if (!validStorageKey(key)) throw new Error(`"${key}" is not a valid media storage key`);
    const file = path.resolve(this.root, ...key.split('/'));
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`"${key}" points outside the media directory`);
    return file;
  }

  async put(key: string, data: Buffer, _contentType?: string): Promise<void> {
    const file = this.file(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await fs.promises.writeFile(temp, data, { mode: 0o640, flag: 'wx' });
      await fs.promises.rename(temp, file);
    } catch (e) {
      await fs.promises.rm(temp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.file(key);
    try {
      const { size } = await fs.promises.stat(file);
      return { body: fs.createReadStream(file), size };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.file(key);
    await fs.promises.rm(file, { force: true });
    // The media id's directory goes too once it is empty.
    await fs.promises.rmdir(path.dirname(file)).catch(() => undefined);
  }
}
