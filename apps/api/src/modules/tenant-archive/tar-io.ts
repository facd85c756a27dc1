import { createGunzip, createGzip } from 'node:zlib';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable, type Writable } from 'node:stream';
import { extract, pack, type Pack } from 'tar-stream';

/**
 * Writes tar entries through gzip to `out`, one at a time: each add waits
 * until tar-stream has taken the entry, whose sink waits for the gzip and the
 * file to drain, so memory holds about one entry whatever the archive's size.
 */
export class TarWriter {
  private readonly pack: Pack = pack();
  private readonly done: Promise<void>;

  constructor(out: Writable) {
    this.done = pipeline(this.pack, createGzip(), out);
    // Reported by finish(); without a listener an early failure would be unhandled.
    this.done.catch(() => undefined);
  }

  add(name: string, data: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pack.entry({ name, size: data.length, mode: 0o600, mtime: new Date(0) }, data, (err) => (err ? reject(err) : resolve()));
    });
  }

  /** An entry of known size from a stream (a media object); `onChunk` sees the bytes as they pass. */
  async addStream(name: string, size: number, body: Readable, onChunk: (chunk: Buffer) => void): Promise<void> {
    const entry = this.pack.entry({ name, size, mode: 0o600, mtime: new Date(0) });
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        onChunk(chunk);
        cb(null, chunk);
      },
    });
    await pipeline(body, tap, entry);
  }

  async finish(): Promise<void> {
    this.pack.finalize();
    await this.done;
  }

  /** Stops writing after a failure; the caller removes the half-written file. */
  abort(err: Error): void {
    this.pack.destroy(err);
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** The whole entry; table entries hold ROWS_PER_ENTRY rows, media entries one object (at most MEDIA_MAX_BYTES). */
  read(): Promise<Buffer>;
}

/** The entries of a gzip'd tar file, in order; the stream pauses while the caller handles each one. */
export async function* readTar(file: string): AsyncGenerator<TarEntry> {
  const ex = extract();
  const feeding = pipeline(fs.createReadStream(file), createGunzip(), ex);
  // Awaited below; a failure also ends the loop with the error.
  feeding.catch(() => undefined);
  try {
    for await (const entry of ex) {
      let consumed = false;
      yield {
        name: entry.header.name,
        size: entry.header.size ?? 0,
        async read() {
          consumed = true;
          const chunks: Buffer[] = [];
          for await (const chunk of entry) chunks.push(chunk as Buffer);
          return Buffer.concat(chunks);
        },
      };
      if (!consumed) entry.resume();
    }
    await feeding;
  } finally {
    // A caller that stops early (a refused archive) closes the file.
    if (!ex.destroyed) ex.destroy();
  }
}
