import { walkBlocks, type Block } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import { forRegion, ownText, type PublishContext, type PublishedSnapshot } from '../content';
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

/** SQL for a configuration by name, 'simple' when the server has none of that name. */
const regconfig = (sql: string) =>
  `coalesce((SELECT tsc.oid::regconfig FROM pg_catalog.pg_ts_config tsc WHERE tsc.cfgname = (${sql})::text LIMIT 1), 'simple'::regconfig)`;

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
    const regions: string[] = regional
      ? ((await tx.em.query(`SELECT code FROM regions WHERE tenant_id = $1 ORDER BY position`, [tx.tenantId])) as { code: string }[]).map(
          (r) => r.code,
        )
      : [];
    const skip = new Set(snapshot.untranslated ?? []);
    const body = (blocks: readonly Block[]) =>
      [...walkBlocks(blocks)]
        .filter((b) => !skip.has(b.id))
        .map(ownText)
        .filter(Boolean)
        .join('\n')
        .replace(MARKERS, ' ');
    const views = ['*', ...regions];
    await tx.em.query(`DELETE FROM search_documents WHERE tenant_id = $1 AND document_id = $2 AND locale = $3`, [
      tx.tenantId,
      snapshot.documentId,
      snapshot.locale,
    ]);
    await tx.em.query(
      `INSERT INTO search_documents (tenant_id, document_id, locale, region, regional, config, title, summary, body, vector)
       SELECT $1, $2, $3, v.region, $4, c.cfg, $6, $7, v.body,
              setweight(to_tsvector(c.cfg, $6), 'A') || setweight(to_tsvector(c.cfg, $7), 'B') || setweight(to_tsvector(c.cfg, v.body), 'C')
         FROM (SELECT ${regconfig('$5')} AS cfg) c, unnest($8::text[], $9::text[]) AS v(region, body)`,
      [
        tx.tenantId,
        snapshot.documentId,
        snapshot.locale,
        regional,
        textSearchConfig(snapshot.locale),
        snapshot.title.replace(MARKERS, ' '),
        snapshot.summary.replace(MARKERS, ' '),
        views,
        views.map((r) => body(r === '*' ? forRegion(snapshot.blocks, null) : forRegion(snapshot.blocks, r))),
      ],
    );
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
    const rows: {
      document_id: string;
      locale: string;
      slug: string;
      title: string;
      summary: string;
      rank: number;
      snippet: string;
      total: number;
    }[] = await tx.em.query(
      `WITH q AS (
         SELECT c.locale, c.pos::int AS pos, websearch_to_tsquery(${regconfig('c.cfg')}, $2) AS query
           FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS c(locale, cfg, pos)
       ),
       -- candidates through the GIN index (see app_search_candidates in the migration), rows under row-level security
       candidates AS (SELECT * FROM app_search_candidates($3::text[], $4::text[], $2)),
       matches AS (
         SELECT s.document_id, s.locale, s.config, s.title, s.summary, s.body, q.query, ts_rank_cd(s.vector, q.query) AS rank
           FROM candidates m
           JOIN search_documents s ON s.tenant_id = $1 AND s.document_id = m.document_id AND s.locale = m.locale AND s.region = m.region
           JOIN q ON q.locale = s.locale
          WHERE (s.region = $5 OR (s.region = '*' AND NOT s.regional))
            AND NOT EXISTS (SELECT 1 FROM search_documents e JOIN q qe ON qe.locale = e.locale
                             WHERE e.tenant_id = s.tenant_id AND e.document_id = s.document_id AND qe.pos < q.pos)
       ),
       page AS (SELECT * FROM matches ORDER BY rank DESC, document_id LIMIT $6 OFFSET $7)
       SELECT p.document_id, p.locale, pd.slug, p.title, p.summary, p.rank,
              ts_headline(p.config, concat_ws(E'\\n', nullif(p.summary, ''), p.body), p.query, $8) AS snippet,
              (SELECT count(*) FROM matches)::int AS total
         FROM page p JOIN published_documents pd ON pd.tenant_id = $1 AND pd.document_id = p.document_id AND pd.locale = p.locale
        ORDER BY p.rank DESC, p.document_id`,
      [tx.tenantId, query, input.chain, input.chain.map(textSearchConfig), input.region ?? '*', input.first + 1, offset, HEADLINE],
    );
    const page = rows.slice(0, input.first);
    return {
      hits: page.map((r) => ({
        documentId: r.document_id,
        locale: r.locale,
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        rank: r.rank,
        snippet: snippetParts(r.snippet),
      })),
      total: rows[0]?.total ?? 0,
      hasNextPage: rows.length > input.first,
      endCursor: page.length ? encode(offset + page.length) : null,
      cursors: page.map((_, i) => encode(offset + i + 1)),
    };
  }
}
