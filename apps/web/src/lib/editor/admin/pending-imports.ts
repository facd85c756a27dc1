import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/**
 * A checked CSV waiting to be applied. The dry-run report is too large for
 * the flash cookie, and the file should not have to be chosen again, so the
 * web process keeps both for a while under a random id that only the form of
 * the person who checked it carries (with the session it was checked in).
 * Several web processes behind a balancer need sticky sessions for this; an
 * unknown id just asks to check the file again.
 */
export interface PendingImport {
  /** Who checked it: a hash of the session cookie, so another browser cannot apply it. */
  owner: string;
  /** Tenant host it was checked on. */
  host: string;
  csv: string;
  fileName: string;
  report: {
    rows: number;
    valid: number;
    created: number;
    updated: number;
    skipped: number;
    issues: { line: number; column: string | null; field: string; code: string; message: string }[];
  };
}

// On globalThis: Next bundles route handlers and pages separately, each with its own copy of this module.
const KEY = Symbol.for('careleaf.editor.pendingImports');
const shared = globalThis as { [KEY]?: LRUCache<string, PendingImport> };
const store = (shared[KEY] ??= new LRUCache<string, PendingImport>({
  max: 200,
  ttl: 30 * 60_000,
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (p) => p.csv.length * 2 + 1024,
}));

export function keepImport(pending: PendingImport): string {
  const id = randomBytes(12).toString('base64url');
  store.set(id, pending);
  return id;
}

export function pendingImport(id: string | undefined, owner: string, host: string): PendingImport | null {
  if (!id || !/^[A-Za-z0-9_-]{16}$/.test(id)) return null;
  const p = store.get(id);
  return p && p.owner === owner && p.host === host ? p : null;
}

export function dropImport(id: string): void {
  store.delete(id);
}

/** Who is importing: a hash of the API's session cookie (plain or __Host- form), never the cookie itself. */
export function importOwner(cookies: readonly { name: string; value: string }[]): string {
  const session = cookies.find((c) => c.name.endsWith('careleaf_session'))?.value ?? '';
  return createHash('sha256').update(session).digest('base64url');
}
