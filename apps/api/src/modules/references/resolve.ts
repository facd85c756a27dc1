import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import { canonicalLocale } from '../tenancy';
import { formatCitation, type FormattedCitation } from './citation.format';
import type { CitationKind } from './citation.model';
import type { CitationService } from './citation.service';
import type { GlossaryService, LocalizedTerm } from './glossary.service';
import { distinctUuids } from '../../kernel/uuids';

export interface ResolveReferencesInput {
  /** Citation ids in document order of first appearance (repeats are fine). */
  citationIds: readonly string[];
  termIds: readonly string[];
  mediaIds: readonly string[];
  /** The locale being published. */
  locale: string;
  /** Tried in order after `locale` for glossary entries and image texts, e.g. ["de", "en"]. */
  fallbacks: readonly string[];
}

export interface NumberedReference {
  number: number;
  id: string;
  kind: CitationKind;
  formatted: FormattedCitation;
}

export interface ResolvedMedia {
  id: string;
  url: string;
  mimeType: string;
  width: number;
  height: number;
  decorative: boolean;
  /** Alt text from the first locale of the chain that has one; null when none has. */
  alt: string | null;
  altLocale: string | null;
  caption: string | null;
  captionLocale: string | null;
}

export interface ResolvedReferences {
  locale: string;
  /** Numbered 1… in the order of first appearance; missing ids are skipped, so numbers have no gaps. */
  references: NumberedReference[];
  /** Citation id → its number. */
  numbers: Record<string, number>;
  /** Glossary entries for the locale (or the first fallback that has one), by term id. */
  glossary: Record<string, LocalizedTerm>;
  media: Record<string, ResolvedMedia>;
  missing: {
    /** Ids that name no citation, term or image of this tenant (also ids that are not uuids): publishing must refuse. */
    citationIds: string[];
    termIds: string[];
    mediaIds: string[];
    /** Terms that exist but have no entry in the locale or any fallback. */
    untranslatedTermIds: string[];
    /** Images that are not decorative and have no alt text in the locale or any fallback. */
    mediaWithoutAlt: string[];
  };
}

/**
 * What resolving references needs of the media module: images by id with their texts per locale.
 * The media module (which itself records reference usage here) provides it, so references never import media.
 */
export interface MediaLookup {
  byIds(
    tx: TenantTx,
    ids: readonly string[],
  ): Promise<
    Map<
      string,
      {
        url: string;
        mimeType: string;
        width: number;
        height: number;
        decorative: boolean;
        texts: { locale: string; alt: string | null; caption: string | null }[];
      }
    >
  >;
}

/**
 * Everything a published snapshot needs about the references in a document,
 * in three queries: one for citations, one for glossary entries, one for
 * images (with their texts).
 */
export class ReferencesService {
  constructor(
    private readonly citations: CitationService,
    private readonly glossary: GlossaryService,
    private readonly media: MediaLookup,
  ) {}

  async resolveReferences(tx: TenantTx, input: ResolveReferencesInput): Promise<ResolvedReferences> {
    const locale = canonicalLocale(input.locale, 'locale');
    const chain = [locale];
    for (const [i, f] of input.fallbacks.entries()) {
      const tag = canonicalLocale(f, `fallbacks[${i}]`);
      if (!chain.includes(tag)) chain.push(tag);
    }
    if (chain.length > 10) throw badInput('fallbacks', 'A fallback chain has at most 9 locales.', { reason: 'TOO_MANY', limit: 9 });

    const citationIds = distinctUuids(input.citationIds);
    const termIds = distinctUuids(input.termIds);
    const mediaIds = distinctUuids(input.mediaIds);

    const citations = await this.citations.byIds(tx, citationIds.valid);
    const terms = await this.glossary.localized(tx, termIds.valid, chain);
    const media = await this.media.byIds(tx, mediaIds.valid);

    const references: NumberedReference[] = [];
    const numbers: Record<string, number> = {};
    for (const id of citationIds.valid) {
      const c = citations.get(id);
      if (!c) continue;
      const number = references.length + 1;
      numbers[id] = number;
      references.push({ number, id, kind: c.kind, formatted: formatCitation(c, locale) });
    }

    const resolvedMedia: Record<string, ResolvedMedia> = {};
    const mediaWithoutAlt: string[] = [];
    for (const id of mediaIds.valid) {
      const m = media.get(id);
      if (!m) continue;
      const pick = (field: 'alt' | 'caption') => {
        for (const l of chain) {
          const t = m.texts.find((x) => x.locale === l && x[field]);
          if (t) return { text: t[field], locale: l };
        }
        return { text: null, locale: null };
      };
      const alt = pick('alt');
      const caption = pick('caption');
      if (!m.decorative && !alt.text) mediaWithoutAlt.push(id);
      resolvedMedia[id] = {
        id,
        url: m.url,
        mimeType: m.mimeType,
        width: m.width,
        height: m.height,
        decorative: m.decorative,
        alt: alt.text,
        altLocale: alt.locale,
        caption: caption.text,
        captionLocale: caption.locale,
      };
    }

    return {
      locale,
      references,
      numbers,
      glossary: Object.fromEntries([...terms].filter((e): e is [string, LocalizedTerm] => e[1] !== null)),
      media: resolvedMedia,
      missing: {
        citationIds: [...citationIds.invalid, ...citationIds.valid.filter((id) => !citations.has(id))],
        termIds: [...termIds.invalid, ...termIds.valid.filter((id) => !terms.has(id))],
        mediaIds: [...mediaIds.invalid, ...mediaIds.valid.filter((id) => !media.has(id))],
        untranslatedTermIds: termIds.valid.filter((id) => terms.get(id) === null),
        mediaWithoutAlt,
      },
    };
  }
}
