import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { Pool } from 'pg';

/**
 * What the web app keeps between two requests of one person: a checked CSV
 * file waiting to be applied, the input of a refused form. With
 * WEB_DATABASE_URL it lives in PostgreSQL (table web_stash), so the second
 * request may reach any web process; without (one web process, e.g. on the
 * embedded database of `npm start`) in this process's memory. Either way each
 * kind has an expiry and a bound on entries and bytes (oldest go first), and
 * an entry is read back only for the owner and host it was kept for.
 */
export interface StashKind {
  /** Short name stored with each entry. */
  name: string;
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
}

export interface StashKey {
  /** A hash of the session cookie (or '' when the random id alone is the capability). */
  owner: string;
  host: string;
}

interface Entry extends StashKey {
  value: string;
}

const ID = /^[A-Za-z0-9_-]{16}$/;
const bytesOf = (value: string) => Buffer.byteLength(value);

// On globalThis: Next bundles route handlers and pages separately, each with its own copy of this module.
const KEY = Symbol.for('careleaf.web.stash');
const shared = globalThis as { [KEY]?: { pool: Pool | null; memory: Map<string, LRUCache<string, Entry>> } };

function state(env: NodeJS.ProcessEnv = process.env) {
  return (shared[KEY] ??= { pool: env.WEB_DATABASE_URL ? openPool(env.WEB_DATABASE_URL) : null, memory: new Map() });
}

function openPool(url: string): Pool {
  // Two connections are plenty: a stash read or write is one short statement.
  const pool = new Pool({ connectionString: url, max: 2, application_name: 'careleaf-web' });
  // An idle connection that dies (a database restart) must not end the process: the pool replaces it.
  pool.on('error', (err) => console.warn('a stash connection to WEB_DATABASE_URL was lost', err.message));
  return pool;
}

function memoryOf(kind: StashKind): LRUCache<string, Entry> {
  const { memory } = state();
  let cache = memory.get(kind.name);
  if (!cache) {
    cache = new LRUCache<string, Entry>({
      max: kind.maxEntries,
      ttl: kind.ttlMs,
      maxSize: kind.maxBytes,
      sizeCalculation: (e) => bytesOf(e.value) + 256,
    });
    memory.set(kind.name, cache);
  }
  return cache;
}

/** Keeps `value` and answers its new random id (16 characters), or null when it is larger than the kind allows. */
export async function stashPut(kind: StashKind, key: StashKey, value: string): Promise<string | null> {
  const bytes = bytesOf(value);
  if (bytes > kind.maxBytes) return null;
  const id = randomBytes(12).toString('base64url');
  const pool = state().pool;
  if (!pool) {
    memoryOf(kind).set(id, { ...key, value });
    return id;
  }
  await pool.query(
    `INSERT INTO web_stash (id, kind, owner, host, value, bytes, expires_at) VALUES ($1, $2, $3, $4, $5, $6, now() + $7 * interval '1 millisecond')`,
    [id, kind.name, key.owner, key.host, value, bytes, kind.ttlMs],
  );
  // Bounds after each write: expired rows, and the oldest past the kind's count or bytes, go.
  await pool.query(
    `DELETE FROM web_stash WHERE expires_at < now() OR id IN (
       SELECT id FROM (
         SELECT id, row_number() OVER w AS n, sum(bytes) OVER w AS total FROM web_stash WHERE kind = $1
         WINDOW w AS (ORDER BY created_at DESC, id)
       ) kept WHERE n > $2 OR total > $3)`,
    [kind.name, kind.maxEntries, kind.maxBytes],
  );
  return id;
}

/** The value kept under `id` for this owner and host, or null (unknown, expired, someone else's). */
export async function stashGet(kind: StashKind, id: string | undefined, key: StashKey): Promise<string | null> {
  if (!id || !ID.test(id)) return null;
  const pool = state().pool;
  if (!pool) {
    const e = memoryOf(kind).get(id);
    return e && e.owner === key.owner && e.host === key.host ? e.value : null;
  }
  const { rows } = await pool.query<{ value: string }>(
    `SELECT value FROM web_stash WHERE id = $1 AND kind = $2 AND owner = $3 AND host = $4 AND expires_at > now()`,
    [id, kind.name, key.owner, key.host],
  );
  return rows[0]?.value ?? null;
}

export async function stashDrop(kind: StashKind, id: string): Promise<void> {
  if (!ID.test(id)) return;
  const pool = state().pool;
  if (!pool) memoryOf(kind).delete(id);
  else await pool.query(`DELETE FROM web_stash WHERE id = $1 AND kind = $2`, [id, kind.name]);
}

/** Closes the pool (tests). */
export async function closeStash(): Promise<void> {
  const s = shared[KEY];
  delete shared[KEY];
  await s?.pool?.end();
}
