import 'server-only';
import type { Flash } from '../flash';
import { stashGet, stashPut, type StashKind } from '../../shared-state/stash';

/**
 * What a person typed into a form the API refused, so the page after the
 * redirect shows their input (with the errors) rather than the stored
 * values. Too large for the flash cookie, so the web app keeps it for ten
 * minutes under a random id that only the flash (an HttpOnly cookie) carries:
 * in PostgreSQL with WEB_DATABASE_URL, so the page after the redirect may come
 * from another web process (see shared-state/stash). When it is gone the form
 * simply shows the stored values.
 */
const DRAFTS: StashKind = { name: 'form-draft', ttlMs: 10 * 60_000, maxEntries: 500, maxBytes: 16 * 1024 * 1024 };
/** The random id is the only key: a refused sign-in form has no session to tie the draft to. */
const ANYONE = { owner: '', host: '' };

const SKIP = new Set(['csrf']);

/**
 * The flash with the form's text fields remembered (files and the CSRF token
 * are not kept, nor the fields named in `omit`, e.g. a password).
 */
export async function withDraft(
  flash: Omit<Flash, 'id'>,
  form: FormData,
  omit: readonly string[] = [],
): Promise<Omit<Flash, 'id'> & { draft?: string }> {
  const entries: [string, string][] = [];
  for (const [k, v] of form.entries()) if (typeof v === 'string' && !SKIP.has(k) && !omit.includes(k)) entries.push([k, v]);
  // Not kept when the stash is unreachable or the input too large: the form then shows the stored values.
  const id = await stashPut(DRAFTS, ANYONE, JSON.stringify(entries)).catch(() => null);
  return id ? { ...flash, draft: id } : flash;
}

/** The remembered input of a refused form. */
export class Draft {
  constructor(private readonly entries: readonly [string, string][]) {}

  value(name: string, fallback: string): string {
    const hit = this.entries.find(([k]) => k === name);
    return hit ? hit[1] : fallback;
  }

  all(name: string): string[] {
    return this.entries.filter(([k]) => k === name).map(([, v]) => v);
  }

  checked(name: string): boolean {
    return this.entries.some(([k, v]) => k === name && v === 'on');
  }
}

export async function recallDraft(flash: Flash | null): Promise<Draft | null> {
  const id = flash?.kind === 'error' ? flash.draft : undefined;
  const value = id ? await stashGet(DRAFTS, id, ANYONE).catch(() => null) : null;
  return value ? new Draft(JSON.parse(value) as [string, string][]) : null;
}
