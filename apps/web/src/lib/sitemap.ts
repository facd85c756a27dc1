export interface SitemapEntry {
  /** Path per locale ("/de/x"), every locale the page exists in. */
  paths: Record<string, string>;
  lastModified?: string;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A sitemap with one <url> per page and language, each listing all its
 * language versions as xhtml:link hreflang alternates (plus x-default), as
 * search engines expect for translated pages.
 */
export function sitemapXml(origin: string, entries: readonly SitemapEntry[], defaultLocale: string): string {
  const urls: string[] = [];
  for (const entry of entries) {
    const locales = Object.keys(entry.paths);
    const xDefault = entry.paths[defaultLocale] ?? entry.paths[locales[0]!]!;
    const links = [
      ...locales.map((l) => `    <xhtml:link rel="alternate" hreflang="${xmlEscape(l)}" href="${xmlEscape(origin + entry.paths[l]!)}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(origin + xDefault)}"/>`,
    ];
    for (const l of locales) {
      urls.push(
        [
          '  <url>',
          `    <loc>${xmlEscape(origin + entry.paths[l]!)}</loc>`,
          ...(entry.lastModified ? [`    <lastmod>${xmlEscape(entry.lastModified.slice(0, 10))}</lastmod>`] : []),
          ...(locales.length > 1 ? links : []),
          '  </url>',
        ].join('\n'),
      );
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
