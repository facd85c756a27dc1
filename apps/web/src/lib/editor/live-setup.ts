import type { ReadabilityTargets } from '@careleaf/content-checks';
import type { DocumentContent } from '@careleaf/schema/content';
import type { GlossaryKey } from './fields';

/**
 * What the checks panel needs in the browser to check the form as the
 * editor types: the saved content the form edits (as the save route does),
 * the glossary for the inline syntax, and what the API knows about the
 * tenant that the checks ask (sources, terms, images and their alt text,
 * readability targets). Plain JSON, built on the server.
 */
export interface LiveCheckSetup {
  stored: DocumentContent;
  /** The content's language (BCP 47). */
  locale: string;
  glossary: GlossaryKey[];
  regions: string[];
  citations: string[];
  terms: string[];
  media: { id: string; alt: string }[];
  targets: ReadabilityTargets;
}

/** A finding of the API's checks of the saved version, as far as this needs it. */
interface SavedFinding {
  checkId: string;
  blockId?: string | null;
  path: string;
}

/** Stands in for an image's library alt text the page did not load (older than the newest 100) but the API found. */
export const LIBRARY_ALT = 'alt text in the image library';

type Json = unknown;

/** The value at a finding's path ("blocks[3].content[1]") in `content`. */
export function valueAt(content: DocumentContent, path: string): Json {
  let value: Json = content;
  for (const [, name, index] of path.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, Json>)[name ?? Number(index)];
  }
  return value;
}

/** Every citation, term and image the content refers to. */
function referenced(content: DocumentContent) {
  const out = { citations: new Set<string>(), terms: new Set<string>(), media: new Set<string>() };
  const visit = (value: Json): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, Json>;
    if ((node.type === 'cite' || node.type === 'citations') && Array.isArray(node.citationIds))
      for (const id of node.citationIds) out.citations.add(String(id));
    if (node.type === 'term' && typeof node.termId === 'string') out.terms.add(node.termId);
    if (node.type === 'figure' && typeof node.mediaId === 'string') out.media.add(node.mediaId);
    Object.values(node).forEach(visit);
  };
  visit(content.blocks);
  return out;
}

/**
 * The sources, terms and images the browser may treat as existing: the
 * lists the page loaded (newest sources and images, the language's glossary)
 * plus whatever the saved content refers to that the API's checks did not
 * report missing. So a reference only the API could resolve (an old source,
 * a term of a fallback language) is not reported while typing, and one the
 * API reported stays reported.
 */
export function knownReferences(
  stored: DocumentContent,
  saved: readonly SavedFinding[],
  loaded: { citations: readonly string[]; terms: readonly string[]; media: readonly { id: string; alt: string }[] },
): Pick<LiveCheckSetup, 'citations' | 'terms' | 'media'> {
  const missing = new Set<string>();
  for (const f of saved) {
    if (f.checkId !== 'citation-missing' && f.checkId !== 'term-missing' && f.checkId !== 'figure-media-missing') continue;
    const value = valueAt(stored, f.path);
    if (typeof value === 'string') missing.add(value);
    else if (value && typeof value === 'object') {
      const node = value as { citationIds?: unknown; termId?: unknown };
      if (Array.isArray(node.citationIds)) for (const id of node.citationIds) missing.add(String(id));
      if (typeof node.termId === 'string') missing.add(node.termId);
    }
  }
  const refs = referenced(stored);
  // An image whose figure has no alt of its own and got no alt finding has alt text in the library.
  const altFound = new Set(
    saved.filter((f) => f.checkId === 'figure-alt-missing' || f.checkId === 'figure-alt-filename').map((f) => f.blockId),
  );
  const libraryAlt = new Set<string>();
  const visitFigures = (value: Json): void => {
    if (Array.isArray(value)) return value.forEach(visitFigures);
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, Json>;
    const ownAlt = typeof node.alt === 'string' ? node.alt.trim() : '';
    if (node.type === 'figure' && !node.decorative && !ownAlt && typeof node.mediaId === 'string' && !altFound.has(node.id as string))
      libraryAlt.add(node.mediaId);
    Object.values(node).forEach(visitFigures);
  };
  visitFigures(stored.blocks);
  const extra = (ids: ReadonlySet<string>, have: readonly string[]) => {
    const had = new Set(have);
    return [...ids].filter((id) => !missing.has(id) && !had.has(id));
  };
  return {
    citations: [...loaded.citations, ...extra(refs.citations, loaded.citations)],
    terms: [...loaded.terms, ...extra(refs.terms, loaded.terms)],
    media: [
      ...loaded.media,
      ...extra(
        refs.media,
        loaded.media.map((m) => m.id),
      ).map((id) => ({ id, alt: libraryAlt.has(id) ? LIBRARY_ALT : '' })),
    ],
  };
}

/**
 * The tenant's own readability targets from `Tenant.readabilityTargets`
 * (which lists Careleaf's defaults too): only the ones the tenant set, as the
 * API passes them to the checks; the library applies the defaults itself.
 */
export function ownTargets(
  rows: readonly { score: string; min?: number | null; max?: number | null; custom: boolean }[],
): ReadabilityTargets {
  const out: Record<string, { min?: number; max?: number } | null> = {};
  for (const r of rows) {
    if (!r.custom) continue;
    out[r.score] =
      r.min == null && r.max == null ? null : { ...(r.min != null ? { min: r.min } : {}), ...(r.max != null ? { max: r.max } : {}) };
  }
  return out as ReadabilityTargets;
}
