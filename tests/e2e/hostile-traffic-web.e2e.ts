import { inBatches } from '../support/api-process';
import { useTestApi } from '../support/api';
import { ensureWebBuild, httpGet, startWebServer, type WebServer } from '../support/browser-server';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { createPublishedDocument } from '../factories/document.factory';

const t = useTestDatabase();
const api = useTestApi(t);
const REQUESTS = 50;
const CONCURRENCY = 4;
let web: WebServer;
let host: string;

beforeAll(async () => {
  // No browser here: only the built web app (the e2e setup skips the build where Chromium is missing).
  ensureWebBuild();
  const tenant = await createTenant(t.services);
  await createPublishedDocument(t.services, tenant.id, { slug: 'belastbar', title: 'Bleibt lesbar' });
  web = await startWebServer(`${api.baseUrl}/graphql`);
  host = `${tenant.slug}.test:${web.port}`;
}, 600_000);

afterAll(async () => {
  await web?.stop();
});

const get = (path: string) => httpGet(`http://${host}${path}`);

test('the web app answers a flood of huge query strings, huge paths and distinct searches and then still renders a page', async () => {
  const longButAccepted = 'a'.repeat(12 * 1024);
  const overHeaderLimit = 'b'.repeat(20 * 1024);
  const kinds: [string, (i: number) => string, number][] = [
    // Longer than the search accepts, shorter than the request line limit: the search page explains the limit.
    ['long search', (i) => `/de/search?q=${longButAccepted}${i}`, 200],
    // Past Node's 16 KB header limit: refused before any page code runs.
    ['oversized search', (i) => `/de/search?q=${overHeaderLimit}${i}`, 431],
    ['long path', (i) => `/de/${'c'.repeat(12 * 1024)}${i}`, 404],
    ['unknown slugs', (i) => `/de/gibt-es-nicht-${i}-${'d'.repeat(150)}`, 404],
    ['distinct searches', (i) => `/de/search?q=suchwort${i}`, 200],
  ];
  for (const [kind, path, status] of kinds) {
    const answers = await inBatches(REQUESTS, CONCURRENCY, (i) => get(path(i)));
    expect({ kind, statuses: [...new Set(answers.map((a) => a.status))] }).toEqual({ kind, statuses: [status] });
  }

  const page = await get('/de/belastbar');
  expect(page.status).toBe(200);
  expect(page.body).toContain('Bleibt lesbar');
}, 240_000);
