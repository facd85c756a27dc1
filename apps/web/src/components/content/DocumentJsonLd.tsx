import type { PublishedDocument } from '../../lib/documents';

/** schema.org MedicalWebPage for search engines; built from the published document only. */
export function documentJsonLd(doc: PublishedDocument, tenantName: string, origin: string) {
  const q = doc.quality;
  const url = `${origin}/${doc.locale}/${encodeURIComponent(doc.slug)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: doc.title,
    headline: doc.title,
    description: doc.summary,
    inLanguage: doc.locale,
    audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
    about: doc.topics.map((topic) => ({ '@type': 'Thing', name: topic })),
    publisher: { '@type': 'Organization', name: q.publisher || tenantName },
    ...(q.lastReviewed ? { lastReviewed: q.lastReviewed.slice(0, 10) } : {}),
    ...(q.reviewers?.length ? { reviewedBy: q.reviewers.map((r) => ({ '@type': 'Person', name: r.name })) } : {}),
    ...(q.authors?.length ? { author: q.authors.map((a) => ({ '@type': 'Person', name: a.name })) } : {}),
    datePublished: q.firstPublished,
    dateModified: q.lastUpdated,
    citation: doc.references.map((r) => ({
      '@type': 'CreativeWork',
      name: r.text,
      ...(r.links[0] ? { url: r.links[0].href } : {}),
    })),
  };
}

/** "<" escaped so no text in the document can close the script element. */
export function DocumentJsonLd({ doc, tenantName, origin }: { doc: PublishedDocument; tenantName: string; origin: string }) {
  const json = JSON.stringify(documentJsonLd(doc, tenantName, origin)).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
