// The yardstick: a bare node:http server with a pg pool that answers the
// benchmark's reads with one SQL statement each, no framework, no checks.
import http from 'node:http';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BASELINE_POOL ?? 10) });
const port = Number(process.env.PORT ?? 0);

const queries = {
  doc: {
    name: 'doc',
    text: `SELECT p.snapshot FROM published_documents p JOIN tenant_domains d ON d.tenant_id = p.tenant_id WHERE d.host = $1 AND p.locale = $2 AND p.slug = $3`,
  },
  list: {
    name: 'list',
    text: `SELECT p.document_id, p.slug, p.title FROM published_documents p JOIN tenant_domains d ON d.tenant_id = p.tenant_id WHERE d.host = $1 AND p.locale = $2 ORDER BY p.content_updated_at DESC LIMIT 20`,
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
