import { docSlug, tenantHost, type DatasetSpec } from './datagen.ts';
import { prng, pick } from './prng.ts';
import { SEARCH_WORDS_DE } from './text.ts';

export interface Target {
  /** Builds one request: path, method, headers, body. */
  request(rand: () => number): { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
  /** A GraphQL endpoint: a 200 answer with `errors` counts as an error. */
  graphql?: boolean;
}

export interface Scenario {
  id: string;
  title: string;
  connections?: number;
  baseline: Target;
  careleaf: Target;
  /** Checked on one answer of each server before measuring: why the answer is wrong, or null (e.g. a search that finds nothing). */
  wrongAnswer?(which: 'baseline' | 'careleaf', body: unknown): string | null;
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
const DOC_WITH_REGISTRIES_QUERY = `query DocRegistries($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) {
    id title locale dir summary blocks
    references { number id text links { label href } }
    registryLists { blockId kind entries { id name description locale dir website phone } }
  }
}`;
const SEARCH_QUERY = `query Search($query: String!, $locale: String!) {
  search(query: $query, locale: $locale, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { documentId locale dir fallback slug title summary rank snippet { text hit } } }
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
  const word = (rand: () => number) => pick(rand, SEARCH_WORDS_DE);
  return [
    {
      id: 'a',
      title: 'publishedDocument by slug, one locale and region (anonymous)',
      baseline: { request: (r) => ({ method: 'GET', path: `/doc?locale=${locale}&slug=${slug(r)}`, headers: { host: tenant(r) } }) },
      careleaf: { graphql: true, request: (r) => gql(tenant(r), DOC_QUERY, { slug: slug(r), locale, region: 'DE' }) },
    },
    {
      id: 'a1',
      title: 'publishedDocument, one connection (latency without queueing)',
      connections: 1,
      baseline: { request: (r) => ({ method: 'GET', path: `/doc?locale=${locale}&slug=${slug(r)}`, headers: { host: tenant(r) } }) },
      careleaf: { graphql: true, request: (r) => gql(tenant(r), DOC_QUERY, { slug: slug(r), locale, region: 'DE' }) },
    },
    {
      id: 'a2',
      title: 'publishedDocument with its two registry embeds resolved for the region',
      baseline: { request: (r) => ({ method: 'GET', path: `/doc?locale=${locale}&slug=${slug(r)}`, headers: { host: tenant(r) } }) },
      careleaf: { graphql: true, request: (r) => gql(tenant(r), DOC_WITH_REGISTRIES_QUERY, { slug: slug(r), locale, region: 'DE' }) },
    },
    {
      id: 'b',
      title: 'a list of 20 document titles in one locale',
      baseline: { request: (r) => ({ method: 'GET', path: `/list?locale=${locale}`, headers: { host: tenant(r) } }) },
      careleaf: { graphql: true, request: (r) => gql(tenant(r), LIST_QUERY, { locale }) },
    },
    {
      id: 'c',
      title: 'search for a common German word, first 10 hits with snippets',
      baseline: {
        request: (r) => ({
          method: 'GET',
          path: `/search?locale=de&first=10&q=${encodeURIComponent(word(r))}`,
          headers: { host: tenant(r) },
        }),
      },
      careleaf: { graphql: true, request: (r) => gql(tenant(r), SEARCH_QUERY, { query: word(r), locale: 'de' }) },
      wrongAnswer: (which, body) => {
        const found =
          which === 'careleaf'
            ? (body as { data?: { search?: { totalCount?: number } } }).data?.search?.totalCount
            : (body as { total?: number } | null)?.total;
        return found ? null : 'the search found nothing: the dataset has no search index (load it again with --reload)';
      },
    },
  ];
}

export { prng, pick };
