import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { useTestApi } from '../support/api';
import { describeInBrowser } from '../support/browser';
import { startWebServer, type WebServer } from '../support/browser-server';
import { useTestDatabase } from '../support/database';
import { rawGet, rawRequest } from '../support/raw-http';
import { Writable } from 'node:stream';
import { pino } from 'pino';

/** The API's access-log lines, to follow a request id from the web app into the API. */
const apiLog: { req?: { id?: string; url?: string } }[] = [];
const apiLogger = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) apiLog.push(JSON.parse(line) as (typeof apiLog)[number]);
      done();
    },
  }),
);

/**
 * The web app with production defaults (PUBLIC_WEB_URL unset: https://{host}),
 * reached on a plain-http test port with the Host a TLS proxy would pass on.
 */
describeInBrowser('the web app over HTTPS (production defaults)', () => {
  const database = useTestDatabase();
  const api = useTestApi(database, {}, {}, apiLogger);
  let web: WebServer;
  beforeAll(async () => {
    await seedDemo(database.services);
    web = await startWebServer(`${api.baseUrl}/graphql`, { PUBLIC_WEB_URL: '' });
  }, 60_000);
  afterAll(async () => {
    await web?.stop();
  });
  const host = { host: 'gesundheit.localhost' };

  test('cookies the site sets are Secure and __Host- prefixed, even when a client claims plain http', async () => {
    const res = await rawRequest(
      web.port,
      'POST',
      '/de/settings/region',
      { ...host, 'x-forwarded-proto': 'http', 'content-type': 'application/x-www-form-urlencoded' },
      'region=DE&back=%2Fde',
    );
    expect(res.status).toBe(303);
    expect(res.headers['set-cookie']).toMatch(/^__Host-careleaf-region=DE; Path=\/; Max-Age=\d+; SameSite=Lax; HttpOnly; Secure$/);
    const reading = await rawRequest(
      web.port,
      'POST',
      '/de/settings/reading',
      { ...host, 'content-type': 'application/x-www-form-urlencoded' },
      'size=150&contrast=standard&spacing=normal&motion=system&back=%2Fde%2Fsettings',
    );
    expect(reading.headers['set-cookie']).toMatch(/^__Host-careleaf-reading=.+; Secure$/);
  });

  test('the display settings are read back from the __Host- cookie, and the plain name is ignored', async () => {
    const cookie = 'size=200&contrast=high&spacing=normal&motion=system';
    const prefixed = await rawGet(web.port, '/de', { ...host, cookie: `__Host-careleaf-reading=${cookie}` });
    expect(prefixed.body).toMatch(/<html[^>]*data-text-size="200"/);
    const plain = await rawGet(web.port, '/de', { ...host, cookie: `careleaf-reading=${cookie}` });
    expect(plain.body).toMatch(/<html[^>]*data-text-size="100"/);
  });

  test('pages carry HSTS and upgrade-insecure-requests; absolute URLs are https on the canonical domain', async () => {
    const page = await rawGet(web.port, '/de', host);
    expect(page.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    const robots = await rawGet(web.port, '/robots.txt', { ...host, 'x-forwarded-proto': 'http' });
    expect(robots.body).toContain('Sitemap: https://gesundheit.localhost/sitemap.xml');
    const sitemap = await rawGet(web.port, '/sitemap.xml', host);
    expect(sitemap.body).toContain('<loc>https://gesundheit.localhost/de</loc>');
  });

  test('a port other than the public one is refused in production', async () => {
    const res = await rawGet(web.port, '/de', { host: `gesundheit.localhost:${web.port}` });
    expect(res.status).toBe(404);
  });

  test('a page answer returns the request id, and the API logs the same id for the calls the page made', async () => {
    const page = await rawGet(web.port, '/de/search?q=Krebs', { ...host, 'x-request-id': 'reader-7c1e' });
    expect(page.status).toBe(200);
    expect(page.headers['x-request-id']).toBe('reader-7c1e');
    expect(apiLog.some((l) => l.req?.id === 'reader-7c1e' && l.req.url === '/graphql')).toBe(true);
    const fresh = await rawGet(web.port, '/de', { ...host, 'x-request-id': 'not valid' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
