import 'server-only';
import { cache } from 'react';
import type { DocumentKind, DocumentListQuery as DocumentListQueryResult, PublishedDocumentQuery } from '@careleaf/schema/web/graphql';
import { ApiUnavailableError, execute, type GraphQLResult } from './graphql';
import { slugTag, tenantTag } from './cache-tags';
import { DocumentListQuery, GlossaryQuery, PublishedDocumentQuery as PublishedDocumentDocument } from './queries';
import { getRequestHost } from './site';

export type PublishedDocument = NonNullable<PublishedDocumentQuery['publishedDocument']>;

function fail(errors: { message: string }[], status: number): never {
  throw new ApiUnavailableError(`The API could not answer: ${errors.map((e) => e.message).join('; ') || `HTTP ${status}`}`);
}

/** The published document for slug/locale/region, or null (the proxy has normally answered 404 already). */
export const getPublishedDocument = cache(
  async (locale: string, slug: string, region: string | null): Promise<PublishedDocument | null> => {
    const host = await getRequestHost();
    const result = await execute(
      PublishedDocumentDocument,
      { slug, locale, region },
      { host, cacheTags: [tenantTag(host), slugTag(host, locale, slug)] },
    );
    if (result.errors.length && !result.data) fail(result.errors, result.status);
    return result.data?.publishedDocument ?? null;
  },
);

export interface DocumentListEntry {
  documentId: string;
  kind: DocumentKind;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  topics: string[];
  updatedAt: string;
}

/** Every published document of a locale (all pages), optionally of one kind or topic. */
export const listDocuments = cache(async (locale: string, kind?: DocumentKind, topic?: string): Promise<DocumentListEntry[]> => {
  const host = await getRequestHost();
  const out: DocumentListEntry[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: GraphQLResult<DocumentListQueryResult> = await execute(
      DocumentListQuery,
      { filter: { locale, kind, topic, reviewOverdue: undefined, status: undefined, editedByMe: undefined }, first: 100, after },
      { host, cacheTags: [tenantTag(host)] },
    );
    if (!result.data) fail(result.errors, result.status);
    out.push(...result.data.documents.edges.map((e) => ({ ...e.node, updatedAt: String(e.node.updatedAt) })));
    if (!result.data.documents.pageInfo.hasNextPage) break;
    after = result.data.documents.pageInfo.endCursor ?? null;
  }
  return out;
});

export const getGlossary = cache(async (locale: string) => {
  const host = await getRequestHost();
  const result = await execute(GlossaryQuery, { locale }, { host, cacheTags: [tenantTag(host)] });
  if (!result.data) fail(result.errors, result.status);
  return result.data.glossaryTerms;
});
