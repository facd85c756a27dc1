import type { TenantTx } from '../../kernel/db/database';

/** SQL for a configuration by name, 'simple' when the server has none of that name. */
const regconfig = (sql: string) =>
  `coalesce((SELECT tsc.oid::regconfig FROM pg_catalog.pg_ts_config tsc WHERE tsc.cfgname = (${sql})::text LIMIT 1), 'simple'::regconfig)`;

/** The tenant's region codes, in their order. */
export async function regionCodes(tx: TenantTx): Promise<string[]> {
  const rows: { code: string }[] = await tx.em.query(`SELECT code FROM regions WHERE tenant_id = $1 ORDER BY position`, [tx.tenantId]);
  return rows.map((r) => r.code);
}

export interface SearchRowsInput {
  documentId: string;
  locale: string;
  regional: boolean;
  /** Text-search configuration name; 'simple' when the server has none of that name. */
  config: string;
  title: string;
  summary: string;
  /** One row per view: '*' (no region) or a region code, with the body that view sees. */
  views: { region: string; body: string }[];
}

/** Replaces the index rows of one translation. */
export async function replaceSearchRows(tx: TenantTx, input: SearchRowsInput): Promise<void> {
  await tx.em.query(`DELETE FROM search_documents WHERE tenant_id = $1 AND document_id = $2 AND locale = $3`, [
    tx.tenantId,
    input.documentId,
    input.locale,
  ]);
  await tx.em.query(
    `INSERT INTO search_documents (tenant_id, document_id, locale, region, regional, config, title, summary, body, vector)
     SELECT $1, $2, $3, v.region, $4, c.cfg, $6, $7, v.body,
            setweight(to_tsvector(c.cfg, $6), 'A') || setweight(to_tsvector(c.cfg, $7), 'B') || setweight(to_tsvector(c.cfg, v.body), 'C')
       FROM (SELECT ${regconfig('$5')} AS cfg) c, unnest($8::text[], $9::text[]) AS v(region, body)`,
    [
      tx.tenantId,
      input.documentId,
      input.locale,
      input.regional,
      input.config,
      input.title,
      input.summary,
      input.views.map((v) => v.region),
      input.views.map((v) => v.body),
    ],
  );
}

export interface SearchRow {
  document_id: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  rank: number;
  snippet: string;
  total: number;
}

export interface SearchRowsQuery {
  query: string;
  chain: string[];
  /** Text-search configuration name per locale of the chain. */
  configs: string[];
  region: string | null;
  limit: number;
  offset: number;
  /** ts_headline options. */
  headline: string;
}

/**
 * One page of ranked matches along the chain (each document once, in the first
 * locale of the chain it is published in), with the total count on every row.
 */
export async function searchRows(tx: TenantTx, q: SearchRowsQuery): Promise<SearchRow[]> {
  return tx.em.query(
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
    [tx.tenantId, q.query, q.chain, q.configs, q.region ?? '*', q.limit, q.offset, q.headline],
  );
}
