import type { TenantTx } from '../../kernel/db/database';
import { takenLike } from './slugs.queries';
import { badInput, conflict } from '../../kernel/errors';

/**
 * A document's address part: the rule the web's proxy matches (apps/web/src/lib/routes.ts SLUG),
 * lower-case letters of any script, digits and hyphens, at most 200 characters. An address the
 * proxy would not route could never be read.
 */
const DOC_SLUG = /^[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}-]{0,199}$/u;
export const DOC_SLUG_MAX = 200;

/**
 * Addresses of the patient site's own pages: a document there would be hidden by the page.
 * The top-level segments of the web's route table (slugs.spec.ts compares them), plus the
 * paths the web serves outside it (media files, the API hooks).
 */
export const RESERVED_SLUGS: readonly string[] = [
  'accessibility',
  'editor',
  'feedback',
  'glossary',
  'page-not-found',
  'registries',
  'search',
  'settings',
  'topics',
  'media',
  'api',
];

/** The trimmed address, or BAD_USER_INPUT on `field` (SLUG_INVALID, SLUG_RESERVED). */
export function validDocumentSlug(slug: string, field = 'slug'): string {
  const s = slug.trim();
  if (!DOC_SLUG.test(s))
    throw badInput(
      field,
      `"${s.slice(0, 60)}" is not a valid address: use lower-case letters, digits and hyphens, starting with a letter or digit, at most ${DOC_SLUG_MAX} characters (e.g. "brustkrebs-behandlung").`,
      'SLUG_INVALID',
    );
  if (RESERVED_SLUGS.includes(s))
    throw badInput(field, `"${s}" is the address of a page of the site. Choose another address.`, { reason: 'SLUG_RESERVED', slug: s });
  return s;
}

/** The first of "base-2", "base-3" … that no other document of `locale` uses (and is no site page). */
export async function freeSlug(tx: TenantTx, locale: string, base: string, documentId: string | null, own?: string): Promise<string> {
  const taken = await takenLike(tx, locale, base, documentId);
  for (let n = 2; ; n++) {
    const tail = `-${n}`;
    const candidate = `${base.slice(0, DOC_SLUG_MAX - tail.length).replace(/-+$/, '')}${tail}`;
    // The document's own address is no alternative: offering it would change nothing.
    if (!taken.has(candidate) && candidate !== own && !RESERVED_SLUGS.includes(candidate)) return candidate;
  }
}

/**
 * CONFLICT (SLUG_TAKEN, field `slug`) with a free alternative in `extensions.suggestion` when another
 * document of `locale` uses the address: checked before writing, so nothing is stored and the editor
 * can take the suggestion in one step.
 */
export async function assertSlugFree(tx: TenantTx, locale: string, slug: string, documentId: string | null, own?: string): Promise<void> {
  const taken = await takenLike(tx, locale, slug, documentId);
  if (!taken.has(slug)) return;
  const suggestion = await freeSlug(tx, locale, slug, documentId, own);
  throw conflict(`Another ${locale} document already uses the address "${slug}". Choose another, e.g. "${suggestion}".`, 'slug', {
    reason: 'SLUG_TAKEN',
    slug,
    suggestion,
  });
}
