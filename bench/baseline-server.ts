// The yardstick: a bare node:http server with a pg pool that answers the
// benchmark's reads with one SQL statement each, no framework, no checks.
import http from 'node:http';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BASELINE_POOL ?? 10) });
const port = Number(process.env.PORT ?? 0);

// The API's search settings (search.service.ts): snippet options, and the configuration per language.
const HEADLINE = 'StartSel=\u0001, StopSel=\u0002, MaxWords=35, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "';
const CONFIGS: Record<string, string> = { de: 'german', en: 'english', ar: 'arabic' };

const queries = {
  doc: {
    name: 'doc',
    text: `SELECT p.snapshot FROM published_documents p JOIN tenant_domains d ON d.tenant_id = p.tenant_id WHERE d.host = $1 AND p.locale = $2 AND p.slug = $3`,
  },
  list: {
    name: 'list',
    text: `SELECT p.document_id, p.slug, p.title FROM published_documents p JOIN tenant_domains d ON d.tenant_id = p.tenant_id WHERE d.host = $1 AND p.locale = $2 ORDER BY p.content_updated_at DESC LIMIT 20`,
  },
  // The same full-text query as the API's: the GIN index, ts_rank_cd, ts_headline over summary and body
  // for the page (one more than asked, to know whether there is a next page) and the total count.
  search: {
    name: 'search',
    text: `WITH t AS (SELECT tenant_id FROM tenant_domains WHERE host = $1),
       q AS (SELECT websearch_to_tsquery($3::regconfig, $4) AS query),
       matches AS (
         SELECT s.document_id, s.locale, s.config, s.title, s.summary, s.body, ts_rank_cd(s.vector, q.query) AS rank
           FROM search_documents s, q, t
          WHERE s.tenant_id = t.tenant_id AND s.locale = $2 AND s.vector @@ q.query
            AND (s.region = $5 OR (s.region = '*' AND NOT s.regional))
       ),
       page AS (SELECT * FROM matches ORDER BY rank DESC, document_id LIMIT $6)
       SELECT p.document_id, p.locale, pd.slug, p.title, p.summary, p.rank,
              ts_headline(p.config, concat_ws(E'\\n', nullif(p.summary, ''), p.body), q.query, $7) AS snippet,
              (SELECT count(*) FROM matches)::int AS total
         FROM page p CROSS JOIN q CROSS JOIN t
         JOIN published_documents pd ON pd.tenant_id = t.tenant_id AND pd.document_id = p.document_id AND pd.locale = p.locale
        ORDER BY p.rank DESC, p.document_id`,
  },
};

const server = http.createServer(async (req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  const host = (req.headers.host ?? '').split(':')[0];
  try {
    if (u.pathname === '/doc') {
      const { rows } = await pool.query({ ...queries.doc, values: [host, u.searchParams.get('locale'), u.searchParams.get('slug')] });
      res.writeHead(rows[0] ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(rows[0]?.snapshot ?? null));
    } else if (u.pathname === '/list') {
      const { rows } = await pool.query({ ...queries.list, values: [host, u.searchParams.get('locale')] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(rows));
    } else if (u.pathname === '/search') {
      const locale = u.searchParams.get('locale') ?? 'de';
      const first = Number(u.searchParams.get('first') ?? 10);
      const values = [host, locale, CONFIGS[locale] ?? 'simple', u.searchParams.get('q'), 'DE', first + 1, HEADLINE];
      const { rows } = await pool.query({ ...queries.search, values });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ total: rows[0]?.total ?? 0, hits: rows.slice(0, first) }));
    } else if (u.pathname === '/healthz') {
      res.writeHead(200).end('ok');
    } else {
      res.writeHead(404).end();
    }
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : port}`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
