import { docSlug, tenantHost, type DatasetSpec } from './datagen.ts';
import { prng, pick } from './prng.ts';

export interface Target {
  /** Builds one request: path, method, headers, body. */
  request(rand: () => number): { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
}

export interface Scenario {
  id: string;
  title: string;
  connections?: number;
  baseline: Target;
  careleaf: Target;
}

const DOC_QUERY = `query Doc($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) {
    id title locale dir summary blocks
    references { number id text links { label href } }
    glossary { id term definition locale }
    quality { publisher lastReviewed nextReviewDue firstPublished lastUpdated }
    alternates { locale slug }
  }
}`;
const LIST_QUERY = `query List($locale: String!) { documents(filter: { locale: $locale }, first: 20) { edges { node { documentId slug title } } } }`;

const gql = (host: string, query: string, variables: Record<string, unknown>) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { host, 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

export function scenarios(spec: DatasetSpec): Scenario[] {
  const tenant = (rand: () => number) => tenantHost(Math.floor(rand() * spec.tenants));
  const slug = (rand: () => number) => docSlug(Math.floor(rand() * spec.documentsPerTenant));
  const locale = spec.locales[0]!;
  return [
    {
      id: 'a',
      title: 'publishedDocument by slug, one locale and region (anonymous)',
      baseline: { request: (r) => ({ method: 'GET', path: `/doc?locale=${locale}&slug=${slug(r)}`, headers: { host: tenant(r) } }) },
      careleaf: { request: (r) => gql(tenant(r), DOC_QUERY, { slug: slug(r), locale, region: 'DE' }) },
    },
    {
      id: 'a1',
      title: 'publishedDocument, one connection (latency without queueing)',
      connections: 1,
      baseline: { request: (r) => ({ method: 'GET', path: `/doc?locale=${locale}&slug=${slug(r)}`, headers: { host: tenant(r) } }) },
      careleaf: { request: (r) => gql(tenant(r), DOC_QUERY, { slug: slug(r), locale, region: 'DE' }) },
    },
    {
      id: 'b',
      title: 'a list of 20 document titles in one locale',
      baseline: { request: (r) => ({ method: 'GET', path: `/list?locale=${locale}`, headers: { host: tenant(r) } }) },
      careleaf: { request: (r) => gql(tenant(r), LIST_QUERY, { locale }) },
    },
  ];
}

export { prng, pick };
