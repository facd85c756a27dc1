import { graphql } from '@careleaf/schema/web';

/** Everything the site shell needs about the tenant of the request. */
export const SiteTenantQuery = graphql(`
  query SiteTenant {
    tenant {
      slug
      name
      domains
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
        domains
      }
      theme {
        background
        surface
        text
        mutedText
        link
        accent
        accentText
        focus
        focusText
        focusRing
        border
      }
    }
  }
`);

/** Does a published document have this slug in this locale? (the proxy's 404 decision) */
export const DocumentExistsQuery = graphql(`
  query DocumentExists($slug: String!, $locale: String!) {
    publishedDocument(slug: $slug, locale: $locale) {
      id
    }
  }
`);

/** Whether a topic has a published document in a locale (the proxy's 404 for topic pages). */
export const TopicExistsQuery = graphql(`
  query TopicExists($locale: String!, $topic: String!) {
    documents(filter: { locale: $locale, topic: $topic }, first: 1) {
      edges {
        node {
          documentId
        }
      }
    }
  }
`);

/** What the site shows of a registry entry (registry pages and embeds in articles). */
export const RegistryEntryFieldsFragment = graphql(`
  fragment RegistryEntryFields on RegistryEntry {
    id
    kind
    name
    description
    locale
    dir
    website
    phone
    email
    address
    identifiers {
      scheme
      value
    }
    legalBasis
    lastVerifiedOn
    sample
    careCentre {
      certification
      certifier
    }
  }
`);

/** What a reader's page shows of a document: the patient page and the editor's preview select the same. */
export const ReaderDocumentFields = graphql(`
  fragment ReaderDocumentFields on PublishedDocument {
    id
    kind
    locale
    requestedLocale
    fallback
    dir
    slug
    title
    summary
    topics
    region
    blocks
    blockLocales {
      blockId
      locale
      dir
    }
    registryLists {
      blockId
      kind
      entries {
        ...RegistryEntryFields
      }
    }
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
      sources {
        url
        width
        height
        mimeType
      }
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
`);

/** A published document as a reader sees it, region blocks resolved for `region`. */
export const PublishedDocumentQuery = graphql(`
  query PublishedDocument($slug: String!, $locale: String!, $region: String) {
    publishedDocument(slug: $slug, locale: $locale, region: $region) {
      ...ReaderDocumentFields
    }
  }
`);

/** Published documents of one locale (home page, topic index, sitemap). */
export const DocumentListQuery = graphql(`
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
`);

/** The tenant's glossary in one locale (entries from a fallback locale say so). */
export const GlossaryQuery = graphql(`
  query Glossary($locale: String!) {
    glossaryTerms(locale: $locale) {
      id
      term
      definition
      locale
      fallback
    }
  }
`);

/** Published documents matching a query, with highlighted snippets (the search page). */
export const SearchQuery = graphql(`
  query Search($query: String!, $locale: String!, $region: String, $first: Int!, $after: String) {
    search(query: $query, locale: $locale, region: $region, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          documentId
          slug
          title
          summary
          locale
          dir
          fallback
          snippet {
            text
            hit
          }
        }
      }
    }
  }
`);

/** The registries of the reader's region, with their labels and how many entries each has. */
export const RegistriesQuery = graphql(`
  query Registries($locale: String!, $region: String) {
    registries(locale: $locale, region: $region) {
      kind
      label
      locale
      entryCount
    }
  }
`);

/** One page of a registry's entries for the reader's region. */
export const RegistryEntriesQuery = graphql(`
  query RegistryEntries($filter: RegistryEntryFilter!, $first: Int!, $after: String) {
    registryEntries(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...RegistryEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
