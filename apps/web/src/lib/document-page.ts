import 'server-only';
import { getPublishedDocument, type PublishedDocument } from './documents';
import { decideRoute } from './routes';
import type { Tenant } from './tenant';

/** The document shown at `path` ("/en/some-slug"), or null for other pages. Shared by layout and page (cached per request). */
export async function documentAt(tenant: Tenant, path: string, region: string | null): Promise<PublishedDocument | null> {
  const decision = decideRoute(path.split('?')[0]!, '', tenant, null);
  if (decision.kind !== 'document') return null;
  return getPublishedDocument(decision.locale, decision.slug, region);
}

/** Address of the document in every locale it is published in. */
export function translationHrefs(doc: PublishedDocument): Record<string, string> {
  const out: Record<string, string> = { [doc.locale]: `/${doc.locale}/${doc.slug}` };
  for (const a of doc.alternates) out[a.locale] = `/${a.locale}/${encodeURIComponent(a.slug)}`;
  return out;
}

/**
 * Language switcher targets: the translation where one is published, else that
 * language's home page (a switcher link must never lead to a 404).
 */
export function switcherHrefs(tenant: Tenant, doc: PublishedDocument): Record<string, string> {
  const translations = translationHrefs(doc);
  return Object.fromEntries(tenant.locales.map((l) => [l.tag, translations[l.tag] ?? `/${l.tag}`]));
}

/** hreflang alternates: each published translation, and x-default (the tenant's default locale, else this page). */
export function hreflangAlternates(tenant: Tenant, doc: PublishedDocument): Record<string, string> {
  const translations = translationHrefs(doc);
  return { ...translations, 'x-default': translations[tenant.defaultLocale] ?? translations[doc.locale]! };
}
