import 'server-only';
import { createHash } from 'node:crypto';
import { stashDrop, stashGet, stashPut, type StashKind } from '../../shared-state/stash';

/**
 * A checked CSV waiting to be applied. The dry-run report is too large for
 * the flash cookie, and the file should not have to be chosen again, so the
 * web app keeps both for 30 minutes under a random id that only the form of
 * the person who checked it carries (with the session it was checked in): in
 * PostgreSQL with WEB_DATABASE_URL, so any web process may take the confirming
 * request (see shared-state/stash). An unknown id asks to check the file again.
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

const PENDING: StashKind = { name: 'registry-import', ttlMs: 30 * 60_000, maxEntries: 200, maxBytes: 64 * 1024 * 1024 };

/** Keeps a checked file for its owner; answers the id its form carries (null: too large to keep). */
export async function keepImport(pending: PendingImport): Promise<string | null> {
  const { owner, host, ...rest } = pending;
  return stashPut(PENDING, { owner, host }, JSON.stringify(rest));
}

export async function pendingImport(id: string | undefined, owner: string, host: string): Promise<PendingImport | null> {
  const value = await stashGet(PENDING, id, { owner, host });
  return value ? { owner, host, ...(JSON.parse(value) as Omit<PendingImport, 'owner' | 'host'>) } : null;
}

export async function dropImport(id: string): Promise<void> {
  await stashDrop(PENDING, id);
}

/** Who is importing: a hash of the API's session cookie (plain or __Host- form), never the cookie itself. */
export function importOwner(cookies: readonly { name: string; value: string }[]): string {
  const session = cookies.find((c) => c.name.endsWith('careleaf_session'))?.value ?? '';
  return createHash('sha256').update(session).digest('base64url');
}
