import http from 'node:http';
import { gateOff } from '../factories/tenant.factory';
import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { startWebServer, type WebServer } from '../support/browser-server';
import { GERMAN_HOST } from '../support/browser-site';
import { useTestDatabase } from '../support/database';
import { apiAt } from '../support/process-api';
import { publishNewVersionThrough } from '../support/publish-through';
import { signIn, type SignedInClient } from '../support/session';
import { testMode } from '../support/test-env';
import { createPublishedDocument } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';

/*
 * Two real web processes behind one host name (as behind a balancer), one
 * real API process, one PostgreSQL: what a person started on one web process
 * can be finished on the other, and a publish refreshes the pages of both.
 * No browser: plain HTTP with the Host a proxy would pass on.
 */
const t = useTestDatabase();
const SECRET = 'shared-web-state-test-secret';
// Real processes on one PostgreSQL; the embedded database serves one process.
const serverOnly = testMode() === 'server' ? describe : describe.skip;

/** A request to one web process as the proxy would send it: Host and Origin name the site, not the process. */
function toWeb(
  web: WebServer,
  method: 'GET' | 'POST',
  path: string,
  opts: { cookie?: string; form?: Record<string, string> } = {},
): Promise<{ status: number; location: string; body: string }> {
  const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
  const headers: Record<string, string> = { host: GERMAN_HOST, ...(opts.cookie ? { cookie: opts.cookie } : {}) };
  if (body !== undefined) Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${GERMAN_HOST}` });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: web.port, path, method, headers, timeout: 20_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? '', body: text }));
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} took longer than 20 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

const cookieOf = (client: SignedInClient) => [...client.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');

serverOnly('two web processes and an API process on one database', () => {
  let api: ApiProcess;
  let webs: WebServer[] = [];
  let tenant: { id: string; slug: string };

  beforeAll(async () => {
    await seedDemo(t.services);
    // The test publishes bare documents; the publish gate is publish-gate.e2e.ts's subject.
    await gateOff(t.services, 'gesundheit');
    const found = await t.services.tenancy.bySlug('gesundheit');
    tenant = { id: found.id, slug: found.slug };
    api = await startApiProcess(t.url);
    const env = { WEB_DATABASE_URL: t.url, CARELEAF_REVALIDATE_SECRET: SECRET };
    webs = await Promise.all([startWebServer(api.graphqlUrl, env), startWebServer(api.graphqlUrl, env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(webs.map((w) => w.stop()));
    await api?.stop();
  });

  test('a CSV file checked on one web process is shown and imported on the other', async () => {
    const admin = await createUser(t.services, { tenantSlug: tenant.slug, role: 'admin' });
    const client = await signIn(apiAt(api.url), { email: admin.email, tenant: tenant.slug });
    const cookie = cookieOf(client);
    const csv = ['kind,name.de,regions,website', 'counselling-service,Geteilte Beratung Nord,DE,https://nord.example.org/'].join('\n');

    const checked = await toWeb(webs[0]!, 'POST', '/de/editor/registries/import/submit', { cookie, form: { csrf: client.csrfToken, csv } });
    expect(checked.status).toBe(303);
    const upload = new URL(checked.location, 'http://x').searchParams.get('upload');
    expect(upload).toMatch(/^[A-Za-z0-9_-]{16}$/);

    // The report, kept by the first process, on the second.
    const page = await toWeb(webs[1]!, 'GET', `/de/editor/registries/import?upload=${upload}`, { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="report-heading"');

    const applied = await toWeb(webs[1]!, 'POST', '/de/editor/registries/import/submit', {
      cookie,
      form: { csrf: client.csrfToken, action: 'apply', upload: upload! },
    });
    expect(applied.status).toBe(303);
    expect(new URL(applied.location, 'http://x').pathname).toBe('/de/editor/registries');
    const list = await toWeb(webs[0]!, 'GET', '/de/editor/registries', { cookie });
    expect(list.body).toContain('Geteilte Beratung Nord');

    // Applied once: the kept file is gone on every process.
    const again = await toWeb(webs[0]!, 'GET', `/de/editor/registries/import?upload=${upload}`, { cookie });
    expect(again.body).not.toContain('id="report-heading"');
  });

  test('a file checked in one session cannot be read back in another', async () => {
    const [a, b] = await Promise.all([
      createUser(t.services, { tenantSlug: tenant.slug, role: 'admin' }),
      createUser(t.services, { tenantSlug: tenant.slug, role: 'admin' }),
    ]);
    const first = await signIn(apiAt(api.url), { email: a.email, tenant: tenant.slug });
    const second = await signIn(apiAt(api.url), { email: b.email, tenant: tenant.slug });
    const csv = ['kind,name.de,regions', 'hotline,Fremdes Telefon,DE'].join('\n');
    const checked = await toWeb(webs[0]!, 'POST', '/de/editor/registries/import/submit', {
      cookie: cookieOf(first),
      form: { csrf: first.csrfToken, csv },
    });
    const upload = new URL(checked.location, 'http://x').searchParams.get('upload');
    const page = await toWeb(webs[1]!, 'GET', `/de/editor/registries/import?upload=${upload}`, { cookie: cookieOf(second) });
    expect(page.body).not.toContain('id="report-heading"');
  });

  test('a publish through the API process makes both web processes serve the new version', async () => {
    const slug = 'geteilter-cache';
    const { document } = await createPublishedDocument(t.services, tenant.id, { slug, title: 'Alte Fassung des Artikels' });
    for (const web of webs) {
      // Read twice: the second answer comes from that process's cache.
      for (let i = 0; i < 2; i++) expect((await toWeb(web, 'GET', `/de/${slug}`)).body).toContain('Alte Fassung des Artikels');
    }
    await publishNewVersionThrough(apiAt(api.url), t.services, tenant, document.id, 'Neue Fassung des Artikels');
    const until = Date.now() + 15_000;
    const fresh = async () => (await Promise.all(webs.map((w) => toWeb(w, 'GET', `/de/${slug}`)))).map((r) => r.body);
    let bodies = await fresh();
    while (!bodies.every((b) => b.includes('Neue Fassung des Artikels')) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      bodies = await fresh();
    }
    for (const body of bodies) {
      expect(body).toContain('Neue Fassung des Artikels');
      expect(body).not.toContain('Alte Fassung des Artikels');
    }
  });
});
