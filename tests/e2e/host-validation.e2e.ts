import { describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { rawGet, type RawResponse } from '../support/raw-http';

const ARTICLE_DE = '/de/metastasierter-brustkrebs-behandlung';
const PATHS = ['/de', ARTICLE_DE, '/sitemap.xml', '/robots.txt'];

/** Every absolute http(s) URL in a body (hreflang links, canonical, sitemap entries, JSON-LD). */
const absoluteUrls = (body: string) => [...body.matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map((m) => m[0]);

describeInBrowser('hosts a reader cannot forge', () => {
  const site = useSite();
  const get = (path: string, headers: Record<string, string>): Promise<RawResponse> => rawGet(site.web.port, path, headers);

  test.each([
    'gesundheit.localhost:@evil.example',
    'gesundheit.localhost@evil.example',
    'evil.example',
    'gesundheit.localhost.evil.example',
  ])('with Host %s pages, sitemap and robots are refused and never name the forged host', async (evil) => {
    for (const path of PATHS) {
      const res = await get(path, { host: evil, 'x-forwarded-proto': 'https' });
      // robots.txt answers every host, but for an unknown one it only disallows everything.
      if (path === '/robots.txt') expect(res.body).toBe('User-agent: *\nDisallow: /\n');
      else expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body).not.toContain('evil');
      expect(JSON.stringify(res.headers)).not.toContain('evil');
    }
  });

  test('on the tenant host, forged X-Forwarded-Host and -Proto change nothing: every absolute URL names the canonical domain', async () => {
    const origin = `http://gesundheit.localhost:${site.web.port}`;
    for (const path of PATHS) {
      const res = await get(path, {
        host: `gesundheit.localhost:${site.web.port}`,
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.body).not.toContain('evil');
      const urls = absoluteUrls(res.body).filter((u) => !u.startsWith('http://www.w3.org/') && !u.startsWith('http://www.sitemaps.org/'));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls.filter((u) => u.includes('localhost'))) expect(url.startsWith(`${origin}/`)).toBe(true);
    }
    const sitemap = await get('/sitemap.xml', { host: `GESUNDHEIT.localhost:${site.web.port}`, 'x-forwarded-proto': 'https' });
    const locs = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(locs.length).toBeGreaterThan(5);
    for (const loc of locs) expect(loc.startsWith(`${origin}/`)).toBe(true);
    const robots = await get('/robots.txt', { host: `gesundheit.localhost:${site.web.port}`, 'x-forwarded-proto': 'https' });
    expect(robots.body).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });

  test('a port the site is not served on is refused', async () => {
    const res = await get('/de', { host: 'gesundheit.localhost:1' });
    expect(res.status).toBe(404);
  });
});
