// The search index of a generated dataset, as publishing would write it
// (SearchService.index): one row per translation for readers without a region,
// plus one per tenant region when the document has region blocks; title (A),
// summary (B) and body (C) weighted, in the language's text-search configuration.
// The smoke test checks that these rows equal what the API's indexer writes.
import type { Client } from 'pg';

/** Text-search configuration per locale, as the API chooses it ('simple' for languages without a stemmer). */
const CONFIGS: Record<string, string> = { de: 'german', en: 'english', ar: 'arabic' };
export const searchConfig = (locale: string) => CONFIGS[locale.split('-')[0]!.toLowerCase()] ?? 'simple';

type Json = Record<string, unknown>;
type InlineNode = { type: string; text?: string; children?: InlineNode[] };
type Item = { content: InlineNode[]; list?: { items: Item[] } };

const inlineText = (nodes: readonly InlineNode[]): string =>
  nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'cite' ? '' : inlineText(n.children ?? []))).join('');

/** A block's own text, one field per line (the generator's block types: heading, paragraph, list, registry embed). */
function ownText(block: Json): string {
  const fields: string[] = [];
  const items = (list: Item[]) =>
    list.forEach((i) => {
      fields.push(inlineText(i.content));
      if (i.list) items(i.list.items);
    });
  if (block.type === 'heading' || block.type === 'paragraph') fields.push(inlineText(block.content as InlineNode[]));
  else if (block.type === 'list') items(block.items as Item[]);
  else if (block.type === 'registryEmbed' && block.title) fields.push(inlineText(block.title as InlineNode[]));
  return fields.filter((t) => t.trim() !== '').join('\n');
}

/** What a reader in `region` (null: no region) sees, region blocks resolved, in document order. */
function visibleBlocks(blocks: readonly Json[], region: string | null): Json[] {
  return blocks.flatMap((b) => {
    if (b.type !== 'region') return [b];
    const listed = region !== null && (b.regions as string[]).some((r) => r === region || (r.length === 2 && region.startsWith(`${r}-`)));
    const shown = b.mode === 'include' ? listed : !listed;
    return visibleBlocks((shown ? b.blocks : (b.fallback ?? [])) as Json[], region);
  });
}

const hasRegionBlock = (blocks: readonly Json[]): boolean =>
  blocks.some((b) => b.type === 'region' || hasRegionBlock([...((b.blocks as Json[]) ?? []), ...((b.fallback as Json[]) ?? [])]));

const bodyFor = (blocks: readonly Json[], region: string | null) =>
  visibleBlocks(blocks, region)
    .map(ownText)
    .filter(Boolean)
    .join('\n')
    .replace(/[\u0001\u0002]/g, ' '); // eslint-disable-line no-control-regex

/**
 * The index rows of one translation with equal bodies merged: `regions` lists
 * the views ('*' for readers without a region) that share one body, so each
 * distinct text is stemmed once when loading.
 */
export function searchRows(
  blocks: readonly Json[],
  tenantRegions: readonly string[],
): { regional: boolean; body: string; regions: string[] }[] {
  const regional = hasRegionBlock(blocks);
  const views: (string | null)[] = [null, ...(regional ? tenantRegions : [])];
  const byBody = new Map<string, string[]>();
  for (const view of views) {
    const body = bodyFor(blocks, view);
    byBody.set(body, [...(byBody.get(body) ?? []), view ?? '*']);
  }
  return [...byBody].map(([body, regions]) => ({ regional, body, regions }));
}

/**
 * The bodies wait in an unlogged staging table, loaded with the rest; the
 * stemming (most of the cost) runs after the load's commit, spread over
 * several connections, one tenant and locale at a time.
 */
export const SEARCH_STAGING = 'bench_search_staging';
export const SEARCH_STAGING_COLUMNS = 'tenant_id, document_id, locale, cfg, title, summary, regional, body, regions';

export async function createSearchStaging(client: Client): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${SEARCH_STAGING}`);
  await client.query(
    `CREATE UNLOGGED TABLE ${SEARCH_STAGING} (tenant_id uuid, document_id uuid, locale text, cfg text, title text, summary text, regional boolean, body text, regions text[])`,
  );
}

/** Stems each distinct body once (OFFSET 0 keeps the subquery from being inlined into one evaluation per view). */
const INDEX_UNIT = `INSERT INTO search_documents (tenant_id, document_id, locale, region, regional, config, title, summary, body, vector)
  SELECT v.tenant_id, v.document_id, v.locale, r.region, v.regional, v.config, v.title, v.summary, v.body, v.vector
    FROM (SELECT st.tenant_id, st.document_id, st.locale, st.regional, st.title, st.summary, st.body, st.regions, c.cfg AS config,
                 setweight(to_tsvector(c.cfg, st.title), 'A') || setweight(to_tsvector(c.cfg, st.summary), 'B') || setweight(to_tsvector(c.cfg, st.body), 'C') AS vector
            FROM ${SEARCH_STAGING} st
            CROSS JOIN LATERAL (SELECT coalesce((SELECT t.oid::regconfig FROM pg_catalog.pg_ts_config t WHERE t.cfgname = st.cfg LIMIT 1), 'simple'::regconfig) AS cfg) c
           WHERE st.tenant_id = $1 AND st.locale = $2
          OFFSET 0) v
    CROSS JOIN LATERAL unnest(v.regions) AS r(region)`;

/**
 * Fills search_documents from the staging table with every client at once
 * (each its own transaction), builds the GIN index once at the end (much
 * faster than growing it row by row) and drops the staging table.
 */
export async function buildSearchIndex(clients: Client[], progress: (msg: string) => void): Promise<void> {
  const [main] = clients;
  if (!main) throw new Error('buildSearchIndex needs a client');
  const started = Date.now();
  // Rebuilt afterwards exactly as the migrations defined it.
  const indexDefs = (
    await main.query<{ def: string; name: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'search_documents' AND indexdef ILIKE '%USING gin%'`,
    )
  ).rows;
  for (const i of indexDefs) await main.query(`DROP INDEX ${i.name}`);
  const units = (await main.query<{ tenant_id: string; locale: string }>(`SELECT DISTINCT tenant_id, locale FROM ${SEARCH_STAGING}`)).rows;
  let next = 0;
  let done = 0;
  await Promise.all(
    clients.map(async (c) => {
      for (let u = units[next++]; u; u = units[next++]) {
        await c.query(INDEX_UNIT, [u.tenant_id, u.locale]);
        if (++done % 30 === 0) progress(`search index: ${done}/${units.length} tenant languages`);
      }
    }),
  );
  for (const i of indexDefs) await main.query(i.def);
  await main.query(`DROP TABLE ${SEARCH_STAGING}`);
  progress(
    `search index: ${units.length} tenant languages in ${((Date.now() - started) / 1000).toFixed(1)} s over ${clients.length} connections`,
  );
}
