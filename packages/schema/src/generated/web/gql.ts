/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SiteTenant {\n    tenant {\n      slug\n      name\n      defaultLocale\n      defaultRegion\n      locales {\n        tag\n        direction\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n      }\n    }\n  }\n": typeof types.SiteTenantDocument,
    "\n  query DocumentExists($slug: String!, $locale: String!) {\n    publishedDocument(slug: $slug, locale: $locale) {\n      id\n    }\n  }\n": typeof types.DocumentExistsDocument,
    "\n  query PublishedDocument($slug: String!, $locale: String!, $region: String) {\n    publishedDocument(slug: $slug, locale: $locale, region: $region) {\n      id\n      kind\n      locale\n      dir\n      slug\n      title\n      summary\n      topics\n      region\n      blocks\n      references {\n        number\n        id\n        text\n        links {\n          label\n          href\n        }\n      }\n      glossary {\n        id\n        term\n        definition\n        locale\n      }\n      media {\n        id\n        url\n        width\n        height\n      }\n      quality {\n        publisher\n        authors {\n          name\n          qualification\n        }\n        reviewers {\n          name\n          qualification\n          role\n        }\n        lastReviewed\n        nextReviewDue\n        firstPublished\n        lastUpdated\n      }\n      alternates {\n        locale\n        slug\n      }\n      revisionId\n      publishedAt\n    }\n  }\n": typeof types.PublishedDocumentDocument,
    "\n  query DocumentList($filter: DocumentFilter!, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          documentId\n          kind\n          locale\n          slug\n          title\n          summary\n          topics\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DocumentListDocument,
    "\n  query Glossary($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      term\n      definition\n      locale\n      fallback\n    }\n  }\n": typeof types.GlossaryDocument,
};
const documents: Documents = {
    "\n  query SiteTenant {\n    tenant {\n      slug\n      name\n      defaultLocale\n      defaultRegion\n      locales {\n        tag\n        direction\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n      }\n    }\n  }\n": types.SiteTenantDocument,
    "\n  query DocumentExists($slug: String!, $locale: String!) {\n    publishedDocument(slug: $slug, locale: $locale) {\n      id\n    }\n  }\n": types.DocumentExistsDocument,
    "\n  query PublishedDocument($slug: String!, $locale: String!, $region: String) {\n    publishedDocument(slug: $slug, locale: $locale, region: $region) {\n      id\n      kind\n      locale\n      dir\n      slug\n      title\n      summary\n      topics\n      region\n      blocks\n      references {\n        number\n        id\n        text\n        links {\n          label\n          href\n        }\n      }\n      glossary {\n        id\n        term\n        definition\n        locale\n      }\n      media {\n        id\n        url\n        width\n        height\n      }\n      quality {\n        publisher\n        authors {\n          name\n          qualification\n        }\n        reviewers {\n          name\n          qualification\n          role\n        }\n        lastReviewed\n        nextReviewDue\n        firstPublished\n        lastUpdated\n      }\n      alternates {\n        locale\n        slug\n      }\n      revisionId\n      publishedAt\n    }\n  }\n": types.PublishedDocumentDocument,
    "\n  query DocumentList($filter: DocumentFilter!, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          documentId\n          kind\n          locale\n          slug\n          title\n          summary\n          topics\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DocumentListDocument,
    "\n  query Glossary($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      term\n      definition\n      locale\n      fallback\n    }\n  }\n": types.GlossaryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteTenant {\n    tenant {\n      slug\n      name\n      defaultLocale\n      defaultRegion\n      locales {\n        tag\n        direction\n        fallbacks\n      }\n      regions {\n        code\n        name\n        defaultLocale\n        locales\n      }\n    }\n  }\n"): typeof import('./graphql').SiteTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentExists($slug: String!, $locale: String!) {\n    publishedDocument(slug: $slug, locale: $locale) {\n      id\n    }\n  }\n"): typeof import('./graphql').DocumentExistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedDocument($slug: String!, $locale: String!, $region: String) {\n    publishedDocument(slug: $slug, locale: $locale, region: $region) {\n      id\n      kind\n      locale\n      dir\n      slug\n      title\n      summary\n      topics\n      region\n      blocks\n      references {\n        number\n        id\n        text\n        links {\n          label\n          href\n        }\n      }\n      glossary {\n        id\n        term\n        definition\n        locale\n      }\n      media {\n        id\n        url\n        width\n        height\n      }\n      quality {\n        publisher\n        authors {\n          name\n          qualification\n        }\n        reviewers {\n          name\n          qualification\n          role\n        }\n        lastReviewed\n        nextReviewDue\n        firstPublished\n        lastUpdated\n      }\n      alternates {\n        locale\n        slug\n      }\n      revisionId\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PublishedDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentList($filter: DocumentFilter!, $first: Int!, $after: String) {\n    documents(filter: $filter, first: $first, after: $after, orderBy: TITLE_ASC) {\n      edges {\n        node {\n          documentId\n          kind\n          locale\n          slug\n          title\n          summary\n          topics\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Glossary($locale: String!) {\n    glossaryTerms(locale: $locale) {\n      id\n      term\n      definition\n      locale\n      fallback\n    }\n  }\n"): typeof import('./graphql').GlossaryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
