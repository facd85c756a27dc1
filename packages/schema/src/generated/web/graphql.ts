/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type DocumentFilter = {
  kind: DocumentKind | null | undefined;
  locale: string;
  /** Members only: documents whose next review date has passed */
  reviewOverdue: boolean | null | undefined;
  /** Members only */
  status: WorkflowStatus | null | undefined;
  topic: string | null | undefined;
};

export type DocumentKind =
  | 'ARTICLE'
  | 'FAQ'
  | 'GLOSSARY'
  | 'LANDING';

/** Writing direction of a locale */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/** Where a document locale stands in the editorial workflow */
export type WorkflowStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'UNPUBLISHED';

export type SiteTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteTenantQuery = { tenant: { slug: string, name: string, defaultLocale: string, defaultRegion: string | null, locales: Array<{ tag: string, direction: TextDirection, fallbacks: Array<string> }>, regions: Array<{ code: string, name: string, defaultLocale: string | null, locales: Array<string> }> } };

export type DocumentExistsQueryVariables = Exact<{
  slug: string;
  locale: string;
}>;


export type DocumentExistsQuery = { publishedDocument: { id: string } | null };

export type PublishedDocumentQueryVariables = Exact<{
  slug: string;
  locale: string;
  region: string | null | undefined;
}>;


export type PublishedDocumentQuery = { publishedDocument: { id: string, kind: DocumentKind, locale: string, dir: string, slug: string, title: string, summary: string, topics: Array<string>, region: string | null, blocks: unknown, revisionId: string, publishedAt: string, references: Array<{ number: number, id: string, text: string, links: Array<{ label: string, href: string }> }>, glossary: Array<{ id: string, term: string, definition: string, locale: string }>, media: Array<{ id: string, url: string, width: number | null, height: number | null }>, quality: { publisher: string, lastReviewed: string | null, nextReviewDue: string | null, firstPublished: string, lastUpdated: string, authors: Array<{ name: string, qualification: string | null }> | null, reviewers: Array<{ name: string, qualification: string | null, role: string }> | null }, alternates: Array<{ locale: string, slug: string }> } | null };

export type DocumentListQueryVariables = Exact<{
  filter: DocumentFilter;
  first: number;
  after: string | null | undefined;
}>;


export type DocumentListQuery = { documents: { edges: Array<{ node: { documentId: string, kind: DocumentKind, locale: string, slug: string, title: string, summary: string, topics: Array<string>, updatedAt: unknown } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GlossaryQueryVariables = Exact<{
  locale: string;
}>;


export type GlossaryQuery = { glossaryTerms: Array<{ id: string, term: string, definition: string, locale: string, fallback: boolean }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SiteTenantDocument = new TypedDocumentString(`
    query SiteTenant {
  tenant {
    slug
    name
    defaultLocale
    defaultRegion
    locales {
      tag
      direction
      fallbacks
    }
    regions {
      code
      name
      defaultLocale
      locales
    }
  }
}
    `) as unknown as TypedDocumentString<SiteTenantQuery, SiteTenantQueryVariables>;
export const DocumentExistsDocument = new TypedDocumentString(`
    query DocumentExists($slug: String!, $locale: String!) {
  publishedDocument(slug: $slug, locale: $locale) {
    id
  }
}
    `) as unknown as TypedDocumentString<DocumentExistsQuery, DocumentExistsQueryVariables>;
export const PublishedDocumentDocument = new TypedDocumentString(`
    query PublishedDocument($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) {
    id
    kind
    locale
    dir
    slug
    title
    summary
    topics
    region
    blocks
    references {
      number
      id
      text
      links {
        label
        href
      }
    }
    glossary {
      id
      term
      definition
      locale
    }
    media {
      id
      url
      width
      height
    }
    quality {
      publisher
      authors {
        name
        qualification
      }
      reviewers {
        name
        qualification
        role
      }
      lastReviewed
      nextReviewDue
      firstPublished
      lastUpdated
    }
    alternates {
      locale
      slug
    }
    revisionId
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishedDocumentQuery, PublishedDocumentQueryVariables>;
export const DocumentListDocument = new TypedDocumentString(`
    query DocumentList($filter: DocumentFilter!, $first: Int!, $after: String) {
  documents(filter: $filter, first: $first, after: $after, orderBy: TITLE_ASC) {
    edges {
      node {
        documentId
        kind
        locale
        slug
        title
        summary
        topics
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentListQuery, DocumentListQueryVariables>;
export const GlossaryDocument = new TypedDocumentString(`
    query Glossary($locale: String!) {
  glossaryTerms(locale: $locale) {
    id
    term
    definition
    locale
    fallback
  }
}
    `) as unknown as TypedDocumentString<GlossaryQuery, GlossaryQueryVariables>;