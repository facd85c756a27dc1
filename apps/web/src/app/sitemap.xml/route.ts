import { listDocuments } from '../../lib/documents';
import { getOrigin, getTenant } from '../../lib/site';
import { sitemapXml, type SitemapEntry } from '../../lib/sitemap';

const PAGES = ['', '/topics', '/glossary', '/registries', '/accessibility'];

/** The tenant's sitemap (per Host): fixed pages and every published document, with hreflang alternates. */
export async function GET() {
  const tenant = await getTenant();
  if (!tenant) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const tags = tenant.locales.map((l) => l.tag);
  const entries: SitemapEntry[] = PAGES.map((p) => ({ paths: Object.fromEntries(tags.map((t) => [t, `/${t}${p}`])) }));
  const byDocument = new Map<string, SitemapEntry>();
  for (const tag of tags) {
    for (const d of await listDocuments(tag)) {
      const entry = byDocument.get(d.documentId) ?? { paths: {} };
      entry.paths[tag] = `/${tag}/${encodeURIComponent(d.slug)}`;
      if (!entry.lastModified || d.updatedAt > entry.lastModified) entry.lastModified = d.updatedAt;
      byDocument.set(d.documentId, entry);
    }
  }
  const xml = sitemapXml(await getOrigin(), [...entries, ...byDocument.values()], tenant.defaultLocale);
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}
