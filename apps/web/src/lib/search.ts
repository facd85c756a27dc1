import 'server-only';
import type { SearchQuery as SearchResult } from '@careleaf/schema/web/graphql';
import { ApiUnavailableError, execute } from './graphql';
import { SearchQuery } from './queries';
import { getRequestHost } from './site';

export type SearchConnection = SearchResult['search'];
export type SearchHit = SearchConnection['edges'][number]['node'];

/** Results per page. */
export const SEARCH_PAGE_SIZE = 10;
/** The longest query the API accepts. */
export const MAX_QUERY_LENGTH = 200;

export type SearchOutcome = { kind: 'results'; connection: SearchConnection } | { kind: 'bad-cursor' };

/**
 * One page of results. Not cached: queries are endless and results must follow
 * publishing at once. A cursor the API refuses (edited address) is reported,
 * so the page can show the first page instead.
 */
export async function searchDocuments(query: string, locale: string, region: string | null, after: string | null): Promise<SearchOutcome> {
  const host = await getRequestHost();
  const result = await execute(SearchQuery, { query, locale, region, first: SEARCH_PAGE_SIZE, after }, { host });
  if (result.data) return { kind: 'results', connection: result.data.search };
  if (after && result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === 'after')) {
    return { kind: 'bad-cursor' };
  }
  throw new ApiUnavailableError(`The API could not search: ${result.errors.map((e) => e.message).join('; ') || `HTTP ${result.status}`}`);
}
