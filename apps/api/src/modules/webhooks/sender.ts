import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

/** What one try got back. `status` null: no answer (refused, timed out, address not allowed). */
export interface PostResult {
  status: number | null;
  durationMs: number;
  /** Why there was no answer, in one line. */
  error: string | null;
  /** The first bytes of the answer's body (for the delivery log), as text. */
  excerpt: string | null;
}

export interface PostOptions {
  url: URL;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** How much of the answer's body is read and kept; the rest is not read. */
  maxResponseBytes: number;
  lookup: LookupFunction;
}

const MAX_ERROR_CHARS = 500;

/**
 * One POST. The whole exchange, answer included, must end within
 * `timeoutMs`; redirects are not followed (the target is the URL the admin
 * entered, checked); only the first `maxResponseBytes` of the answer are
 * read. Never throws: every outcome is a result for the log.
 */
export function postWebhook(o: PostOptions): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const client = o.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Omit<PostResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...r, durationMs: elapsed(), error: r.error ? r.error.slice(0, MAX_ERROR_CHARS) : null });
    };
    const req = client.request(
      o.url,
      {
        method: 'POST',
        headers: { ...o.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(o.body) },
        lookup: o.lookup,
        // A connection of its own per try: nothing pooled is reused for another tenant's target.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () =>
          finish({
            status: res.statusCode ?? null,
            error: null,
            excerpt: Buffer.concat(chunks).subarray(0, o.maxResponseBytes).toString('utf8'),
          });
        res.on('data', (chunk: Buffer) => {
          if (size >= o.maxResponseBytes) return;
          chunks.push(chunk);
          size += chunk.length;
          if (size >= o.maxResponseBytes) {
            done();
            res.destroy();
          }
        });
        res.on('end', done);
        res.on('error', done);
        res.on('close', done);
      },
    );
    const timer = setTimeout(() => {
      finish({ status: null, error: `no answer within ${o.timeoutMs} ms`, excerpt: null });
      req.destroy();
    }, o.timeoutMs);
    req.on('error', (err: Error & { code?: string }) =>
      finish({ status: null, error: err.message || err.code || 'connection failed', excerpt: null }),
    );
    req.end(o.body);
  });
}
