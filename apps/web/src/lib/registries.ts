import 'server-only';
import { cache } from 'react';
import type { RegistryEntryFieldsFragment, RegistryKind } from '@careleaf/schema/web/graphql';
import { tenantTag } from './cache-tags';
import { ApiUnavailableError, execute, type GraphQLResult } from './graphql';
import { RegistriesQuery, RegistryEntriesQuery } from './queries';
import { getRequestHost } from './site';

export type RegistryEntry = RegistryEntryFieldsFragment;

/** Entries per page of a registry list. */
export const REGISTRY_PAGE_SIZE = 20;

function fail(result: GraphQLResult<unknown>): never {
  throw new ApiUnavailableError(`The API could not answer: ${result.errors.map((e) => e.message).join('; ') || `HTTP ${result.status}`}`);
}

/**
 * The registries readers of `region` see (null: the host's default region, as
 * the API decides), with labels in the locale or a fallback. Cached under the
 * tenant tag like other published content.
 */
export const getRegistries = cache(async (locale: string, region: string | null) => {
  const host = await getRequestHost();
  const result = await execute(RegistriesQuery, { locale, region }, { host, cacheTags: [tenantTag(host)] });
  if (!result.data) fail(result);
  return result.data.registries;
});

export interface RegistryPage {
  entries: RegistryEntry[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * One page of a registry's entries. A cursor the API does not accept (an old
 * or edited address) gives null, so the page can start over.
 */
export const getRegistryEntries = cache(
  async (locale: string, region: string | null, kind: RegistryKind, after: string | null): Promise<RegistryPage | null> => {
    const host = await getRequestHost();
    const result = await execute(
      RegistryEntriesQuery,
      {
        filter: { locale, region, kind, condition: null, tags: null, text: null },
        first: REGISTRY_PAGE_SIZE,
        after,
      },
      { host, cacheTags: [tenantTag(host)] },
    );
    if (!result.data) {
      if (after && result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return null;
      fail(result);
    }
    const { edges, pageInfo } = result.data.registryEntries;
    return { entries: edges.map((e) => e.node), hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor };
  },
);
