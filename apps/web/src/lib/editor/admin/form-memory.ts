import 'server-only';
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Flash } from '../flash';

/**
 * What a person typed into a form the API refused, so the page after the
 * redirect shows their input (with the errors) rather than the stored
 * values. Too large for the flash cookie, so the web process keeps it for
 * ten minutes under a random id that only the flash carries. When it is gone
 * (another web process, a restart) the form simply shows the stored values.
 */
// On globalThis: Next bundles route handlers and pages separately, each with its own copy of this module.
const KEY = Symbol.for('careleaf.editor.formMemory');
const shared = globalThis as { [KEY]?: LRUCache<string, [string, string][]> };
const store = (shared[KEY] ??= new LRUCache<string, [string, string][]>({
  max: 500,
  ttl: 10 * 60_000,
  maxSize: 16 * 1024 * 1024,
  sizeCalculation: (entries) => entries.reduce((n, [k, v]) => n + k.length + v.length, 0) * 2 + 64,
}));

const SKIP = new Set(['csrf']);

/**
 * The flash with the form's text fields remembered (files and the CSRF token
 * are not kept, nor the fields named in `omit`, e.g. a password).
 */
export function withDraft(flash: Omit<Flash, 'id'>, form: FormData, omit: readonly string[] = []): Omit<Flash, 'id'> & { draft: string } {
  const id = randomBytes(12).toString('base64url');
  const entries: [string, string][] = [];
  for (const [k, v] of form.entries()) if (typeof v === 'string' && !SKIP.has(k) && !omit.includes(k)) entries.push([k, v]);
  store.set(id, entries);
  return { ...flash, draft: id };
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

export function recallDraft(flash: Flash | null): Draft | null {
  const id = flash?.kind === 'error' ? flash.draft : undefined;
  const entries = id ? store.get(id) : undefined;
  return entries ? new Draft(entries) : null;
}
