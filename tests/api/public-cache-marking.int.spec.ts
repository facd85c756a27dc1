import type http from 'node:http';
import cookieParser from 'cookie-parser';
import express, { type Response } from 'express';
import { markComputedAnonymously, PublicResponseCache } from '../../apps/api/src/server/http/public-cache';
import { TenantRouter } from '../../apps/api/src/server/http/tenant-routing';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';

// The cache's second guard, on its own: whatever the request looked like, only a response the
// GraphQL context marked as computed without a session is stored. The handler below stands in
// for Apollo so the mark can be left out on purpose; the cache, router and HTTP are the real ones.
const t = useTestDatabase();
let server: http.Server;
let url: string;
let tenantSlug: string;

beforeAll(async () => {
  tenantSlug = (await createTenant(t.services)).slug;
  const router = new TenantRouter(t.db, true, (ref) => t.services.db.withTenant(ref.id, (tx) => t.services.tenancy.view(tx)));
  const cache = new PublicResponseCache(new Set(['publishedDocument']));
  const app = express();
  app.use('/graphql', cookieParser(), express.json(), cache.middleware(router), (req, res: Response) => {
    const { mark, cookie } = (req.query ?? {}) as { mark?: string; cookie?: string };
    if (mark === 'yes') markComputedAnonymously(res);
    if (cookie === 'yes') res.cookie('something', 'set');
    res.type('application/json').send(JSON.stringify({ data: { publishedDocument: null } }));
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
});

let n = 0;
async function twice(search: string): Promise<(string | null)[]> {
  const body = JSON.stringify({ query: `# ${++n}\n{ publishedDocument(slug: "a", locale: "de") { title } }`, variables: {} });
  const states: (string | null)[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await fetch(`${url}?${search}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-tenant': tenantSlug },
    });
    states.push(res.headers.get('x-cache'));
  }
  return states;
}

test('a response the context did not mark as computed without a session is never stored', async () => {
  expect(await twice('mark=no')).toEqual([null, null]);
});

test('a marked response that sets a cookie is never stored', async () => {
  expect(await twice('mark=yes&cookie=yes')).toEqual([null, null]);
});

test('a marked response without cookies is stored and served', async () => {
  expect(await twice('mark=yes')).toEqual(['MISS', 'HIT']);
});
