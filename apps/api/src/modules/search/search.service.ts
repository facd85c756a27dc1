import { walkBlocks, type Block } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import { forRegion, ownText, type PublishContext, type PublishedSnapshot } from '../content';
import { regionCodes, replaceSearchRows, searchRows, type SearchRow } from './search.queries';
/**
 * PostgreSQL text-search configuration per language (BCP 47 language
 * subtag). Languages without a stemmer of their own use 'simple' (words
 * lower-cased, no stemming); a configuration missing on the server (e.g.
 * 'estonian' before PostgreSQL 17) falls back to 'simple' when indexing.
 */
const CONFIGS: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  et: 'estonian',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

export function textSearchConfig(locale: string): string {
  return CONFIGS[locale.split('-')[0]!.toLowerCase()] ?? 'simple';
}

// Hit markers that cannot occur in indexed text (they are stripped from it).
const START = '\u0001';
const STOP = '\u0002';
// eslint-disable-next-line no-control-regex
const MARKERS = /[\u0001\u0002]/g;
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  rank: number;
  snippet: SnippetPart[];
}

/** The row of a match as a hit, its headline as plain-text parts. */
function toSearchHit(r: SearchRow): SearchHit {
  return {
    documentId: r.document_id,
    locale: r.locale,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    rank: r.rank,
    snippet: snippetParts(r.snippet),
  };
}

/** A headline with markers as plain-text parts; nothing in it is markup. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = '';
  for (const ch of headline) {
    if (ch === START || ch === STOP) {
      if (text) parts.push({ text, hit });
      text = '';
      hit = ch === START;
    } else text += ch;
  }
  if (text) parts.push({ text, hit });
  return parts;
}

const encode = (n: number) => Buffer.from(`s:${n}`).toString('base64url');
function decode(cursor: string): number {
  const m = /^s:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after', 'This cursor is not one this search gave out. Search again without "after".', 'CURSOR_INVALID');
  return Number(m[1]);
}

/** Published content indexed per language with the configuration that fits it; searched along the reader's chain. */
export class SearchService {
  /**
   * Indexes a translation as it is published (same transaction). One row for
   * readers without a region, plus one per tenant region when the document has
   * region blocks, so every reader searches exactly the text they would see.
   * Untranslated blocks of a translation are left out: they are in another language.
   */
  async index(tx: TenantTx, snapshot: PublishedSnapshot, _context?: PublishContext): Promise<void> {
    const regional = [...walkBlocks(snapshot.blocks)].some((b) => b.type === 'region');
    const regions = regional ? await regionCodes(tx) : [];
    const skip = new Set(snapshot.untranslated ?? []);
    const body = (blocks: readonly Block[]) =>
      [...walkBlocks(blocks)]
        .filter((b) => !skip.has(b.id))
        .map(ownText)
        .filter(Boolean)
        .join('\n')
        .replace(MARKERS, ' ');
    const views = ['*', ...regions];
    await replaceSearchRows(tx, {
      documentId: snapshot.documentId,
      locale: snapshot.locale,
      regional,
      config: textSearchConfig(snapshot.locale),
      title: snapshot.title.replace(MARKERS, ' '),
      summary: snapshot.summary.replace(MARKERS, ' '),
      views: views.map((region) => ({ region, body: body(forRegion(snapshot.blocks, region === '*' ? null : region)) })),
    });
  }

  /**
   * Ranked published documents for a query, in the reader's locale and,
   * for documents not published in it, along its fallback chain (each
   * document once, in the first locale of the chain it is published in).
   */
  async search(
    tx: TenantTx,
    input: { query: string; chain: string[]; region: string | null; first: number; after: string | null },
  ): Promise<{ hits: SearchHit[]; total: number; hasNextPage: boolean; endCursor: string | null; cursors: string[] }> {
    const query = input.query.trim();
    if (!query || query.length > 200)
      throw badInput('query', 'Search for 1 to 200 characters.', { reason: 'LENGTH_OUT_OF_RANGE', min: 1, max: 200 });
    if (!Number.isInteger(input.first) || input.first < 1 || input.first > 50)
      throw badInput('first', 'Ask for between 1 and 50 results at a time.', { reason: 'PAGE_SIZE_OUT_OF_RANGE', max: 50 });
    const offset = input.after ? decode(input.after) : 0;
    const rows = await searchRows(tx, {
      query,
      chain: input.chain,
      configs: input.chain.map(textSearchConfig),
      region: input.region,
      limit: input.first + 1,
      offset,
      headline: HEADLINE,
    });
    const page = rows.slice(0, input.first);
    return {
      hits: page.map(toSearchHit),
      total: rows[0]?.total ?? 0,
      hasNextPage: rows.length > input.first,
      endCursor: page.length ? encode(offset + page.length) : null,
      cursors: page.map((_, i) => encode(offset + i + 1)),
    };
  }
}
