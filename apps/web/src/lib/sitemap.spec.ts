import { sitemapXml } from './sitemap';

test('each language version is a <url> listing every version and x-default as alternates', () => {
  const xml = sitemapXml('https://example.org', [{ paths: { de: '/de/a', en: '/en/b' }, lastModified: '2026-10-12T10:00:00Z' }], 'de');
  expect(xml.match(/<url>/g)).toHaveLength(2);
  expect(xml).toContain('<loc>https://example.org/en/b</loc>');
  expect(xml).toContain('<lastmod>2026-10-12</lastmod>');
  expect(xml.match(/hreflang="x-default" href="https:\/\/example.org\/de\/a"/g)).toHaveLength(2);
  expect(xml).toContain('hreflang="en" href="https://example.org/en/b"');
});

test('addresses are escaped for XML', () => {
  expect(sitemapXml('https://example.org', [{ paths: { de: '/de/a&b' } }], 'de')).toContain('/de/a&amp;b');
});
