/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BlockChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'MOVED'
  | 'REMOVED'
  | 'UNCHANGED';

export type CancelScheduleInput = {
  action: ScheduledAction;
  documentId: string | number;
  locale: string;
};

/** The kind of source; it decides which fields a citation has */
export type CitationKind =
  | 'BOOK'
  | 'BOOK_CHAPTER'
  | 'DRUG_SAFETY_NOTICE'
  | 'GUIDELINE'
  | 'JOURNAL_ARTICLE'
  | 'WEB_PAGE';

export type ContributorInput = {
  name: string;
  qualification: string | null | undefined;
};

export type CreateCitationInput = {
  accessedOn: string | null | undefined;
  authority: string | null | undefined;
  authors: Array<PersonInput> | null | undefined;
  chapterTitle: string | null | undefined;
  date: string | null | undefined;
  /** 10.NNNN/… (a doi.org address or "doi:" prefix is removed) */
  doi: string | null | undefined;
  edition: number | null | undefined;
  editors: Array<PersonInput> | null | undefined;
  guidelineVersion: string | null | undefined;
  isbn: string | null | undefined;
  issue: string | null | undefined;
  issuingBody: string | null | undefined;
  journal: string | null | undefined;
  kind: CitationKind;
  organisation: string | null | undefined;
  pages: string | null | undefined;
  place: string | null | undefined;
  publisher: string | null | undefined;
  /** Digits only (a "PMID:" prefix is removed) */
  pubmedId: string | null | undefined;
  registryNumber: string | null | undefined;
  title: string;
  url: string | null | undefined;
  volume: string | null | undefined;
  year: number | null | undefined;
};

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

export type ImportDocumentInput = {
  format: ImportFormat;
  kind: DocumentKind;
  locale: string;
  /** Defaults to one made from the title */
  slug: string | null | undefined;
  /** The article as Markdown or HTML (at most a few MB) */
  source: string;
  /** Used when the article has no top-level heading */
  title: string | null | undefined;
};

export type ImportFormat =
  | 'HTML'
  | 'MARKDOWN';

export type PersonInput = {
  family: string;
  given: string | null | undefined;
};

export type QualityInput = {
  authors: Array<ContributorInput> | null | undefined;
  conflictsOfInterest: string | null | undefined;
  evidenceNotes: string | null | undefined;
  funding: string | null | undefined;
  lastReviewed: string | null | undefined;
  /** Defaults to lastReviewed plus the tenant review cycle */
  nextReviewDue: string | null | undefined;
  publisher: string | null | undefined;
  reviewTrigger: string | null | undefined;
  reviewers: Array<ReviewerInput> | null | undefined;
};

export type RestoreRevisionInput = {
  baseVersion: number;
  message: string | null | undefined;
  revisionId: string | number;
};

export type ReviewerInput = {
  name: string;
  qualification: string | null | undefined;
  /** internal, externalExpert or userTest */
  role: string;
};

/** What a member may do in a tenant */
export type Role =
  /** Manages members and tenant settings, and everything an editor may do */
  | 'ADMIN'
  /** Writes, submits and publishes content */
  | 'EDITOR'
  /** Reviews content medically and approves it */
  | 'REVIEWER'
  /** Translates drafts into the locales of their membership */
  | 'TRANSLATOR'
  /** Reads drafts without changing them */
  | 'VIEWER';

export type SaveTranslationInput = {
  /** The version you started from (0 for a new locale) */
  baseVersion: number;
  content: unknown;
  documentId: string | number;
  locale: string;
  message: string | null | undefined;
  slug: string | null | undefined;
};

/** A change planned for a time: publish or unpublish */
export type ScheduledAction =
  | 'PUBLISH'
  | 'UNPUBLISH';

export type ScheduledWorkflowInput = {
  /** Publish (or unpublish) at this time instead of now */
  at: unknown;
  comment: string | null | undefined;
  documentId: string | number;
  locale: string;
};

/** E-mail address and password of an account */
export type SignInInput = {
  email: string;
  password: string;
};

/** Writing direction of a locale */
export type TextDirection =
  | 'LTR'
  | 'RTL';

export type UpdateDocumentMetadataInput = {
  documentId: string | number;
  quality: QualityInput | null | undefined;
  topics: Array<string> | null | undefined;
};

export type WorkflowInput = {
  comment: string | null | undefined;
  documentId: string | number;
  locale: string;
};

/** Where a document locale stands in the editorial workflow */
export type WorkflowStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'UNPUBLISHED';

export type EditorMeQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorMeQuery = { me: { csrfToken: string, user: { id: string, displayName: string, email: string }, membership: { role: Role, locales: Array<string> } | null } | null };

export type EditorSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type EditorSignInMutation = { signIn: { csrfToken: string, user: { id: string } } };

export type EditorSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type EditorSignOutMutation = { signOut: { __typename: 'SignOutPayload' } };

export type EditorDocumentsQueryVariables = Exact<{
  filter: DocumentFilter;
  first: number;
}>;


export type EditorDocumentsQuery = { documents: { edges: Array<{ node: { documentId: string, slug: string, title: string, status: WorkflowStatus, updatedAt: unknown } }> } };

export type EditorDocumentLocalesQueryVariables = Exact<{
  id: string | number;
}>;


export type EditorDocumentLocalesQuery = { document: { sourceLocale: string, locales: Array<{ locale: string }> } };

export type EditorDocumentQueryVariables = Exact<{
  id: string | number;
  locale: string;
  uiLocale: string;
}>;


export type EditorDocumentQuery = { document: { id: string, sourceLocale: string, reviewOverdue: boolean, locales: Array<{ locale: string, slug: string, title: string, status: WorkflowStatus, version: number, headRevisionId: string | null, publishedRevisionId: string | null, publishAt: unknown, unpublishAt: unknown }> }, revisions: Array<{ id: string, number: number, authorLabel: string, createdAt: unknown, message: string, content: unknown, restoredFrom: string | null }>, contentChecks: { findings: Array<{ blockId: string | null, checkId: string, message: string, path: string, severity: string }> } };

export type EditorRevisionDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type EditorRevisionDiffQuery = { revisionDiff: { title: Array<{ value: string, added: boolean, removed: boolean }> | null, summary: Array<{ value: string, added: boolean, removed: boolean }> | null, blocks: Array<{ blockId: string, change: BlockChangeKind, words: Array<{ value: string, added: boolean, removed: boolean }> }> } };

export type EditorSaveMutationVariables = Exact<{
  input: SaveTranslationInput;
}>;


export type EditorSaveMutation = { saveTranslation: { documentLocale: { version: number } } };

export type EditorRestoreMutationVariables = Exact<{
  input: RestoreRevisionInput;
}>;


export type EditorRestoreMutation = { restoreRevision: { documentLocale: { version: number } } };

export type EditorImportMutationVariables = Exact<{
  input: ImportDocumentInput;
}>;


export type EditorImportMutation = { importDocument: { document: { id: string }, report: Array<{ code: string, element: string, reason: string, line: number | null, blockId: string | null }> } };

export type EditorSubmitMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type EditorSubmitMutation = { submitForReview: { documentLocale: { status: WorkflowStatus } } };

export type EditorApproveMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type EditorApproveMutation = { approveTranslation: { documentLocale: { status: WorkflowStatus } } };

export type EditorSendBackMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type EditorSendBackMutation = { sendBackTranslation: { documentLocale: { status: WorkflowStatus } } };

export type EditorPublishMutationVariables = Exact<{
  input: ScheduledWorkflowInput;
}>;


export type EditorPublishMutation = { publishTranslation: { documentLocale: { status: WorkflowStatus } } };

export type EditorGlossaryKeysQueryVariables = Exact<{
  locale: string;
}>;


export type EditorGlossaryKeysQuery = { glossaryTerms: Array<{ id: string, key: string, term: string }> };

export type EditorMediaQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorMediaQuery = { mediaItems: Array<{ id: string, fileName: string, url: string, decorative: boolean, texts: Array<{ locale: string, alt: string }> }> };

export type EditorCitationsQueryVariables = Exact<{
  locale: string;
}>;


export type EditorCitationsQuery = { citations: { edges: Array<{ node: { id: string, formatted: { text: string } } }> } };

export type EditorCreateCitationMutationVariables = Exact<{
  input: CreateCitationInput;
}>;


export type EditorCreateCitationMutation = { createCitation: { citation: { id: string } } };

export type EditorUnpublishMutationVariables = Exact<{
  input: ScheduledWorkflowInput;
}>;


export type EditorUnpublishMutation = { unpublishTranslation: { documentLocale: { status: WorkflowStatus } } };

export type EditorCancelScheduleMutationVariables = Exact<{
  input: CancelScheduleInput;
}>;


export type EditorCancelScheduleMutation = { cancelScheduledChange: { documentLocale: { publishAt: unknown } } };

export type EditorQualityQueryVariables = Exact<{
  id: string | number;
}>;


export type EditorQualityQuery = { document: { id: string, sourceLocale: string, quality: { publisher: string | null, lastReviewed: string | null, nextReviewDue: string | null, reviewTrigger: string | null, conflictsOfInterest: string | null, funding: string | null, evidenceNotes: string | null, authors: Array<{ name: string, qualification: string | null }> | null, reviewers: Array<{ name: string, role: string, qualification: string | null }> | null } } };

export type EditorUpdateQualityMutationVariables = Exact<{
  input: UpdateDocumentMetadataInput;
}>;


export type EditorUpdateQualityMutation = { updateDocumentMetadata: { document: { id: string } } };

export type EditorPreviewQueryVariables = Exact<{
  id: string | number;
  locale: string;
  region: string | null | undefined;
}>;


export type EditorPreviewQuery = { draftPreview: { id: string, kind: DocumentKind, locale: string, dir: string, slug: string, title: string, summary: string, topics: Array<string>, region: string | null, blocks: unknown, revisionId: string, publishedAt: string, references: Array<{ number: number, id: string, text: string, links: Array<{ label: string, href: string }> }>, glossary: Array<{ id: string, term: string, definition: string, locale: string }>, media: Array<{ id: string, url: string, width: number | null, height: number | null }>, quality: { publisher: string, lastReviewed: string | null, nextReviewDue: string | null, firstPublished: string, lastUpdated: string, authors: Array<{ name: string, qualification: string | null }> | null, reviewers: Array<{ name: string, qualification: string | null, role: string }> | null }, alternates: Array<{ locale: string, slug: string }> } };

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

export const EditorMeDocument = new TypedDocumentString(`
    query EditorMe {
  me {
    csrfToken
    user {
      id
      displayName
      email
    }
    membership {
      role
      locales
    }
  }
}
    `) as unknown as TypedDocumentString<EditorMeQuery, EditorMeQueryVariables>;
export const EditorSignInDocument = new TypedDocumentString(`
    mutation EditorSignIn($input: SignInInput!) {
  signIn(input: $input) {
    csrfToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EditorSignInMutation, EditorSignInMutationVariables>;
export const EditorSignOutDocument = new TypedDocumentString(`
    mutation EditorSignOut {
  signOut {
    __typename
  }
}
    `) as unknown as TypedDocumentString<EditorSignOutMutation, EditorSignOutMutationVariables>;
export const EditorDocumentsDocument = new TypedDocumentString(`
    query EditorDocuments($filter: DocumentFilter!, $first: Int!) {
  documents(filter: $filter, first: $first) {
    edges {
      node {
        documentId
        slug
        title
        status
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditorDocumentsQuery, EditorDocumentsQueryVariables>;
export const EditorDocumentLocalesDocument = new TypedDocumentString(`
    query EditorDocumentLocales($id: ID!) {
  document(id: $id) {
    sourceLocale
    locales {
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<EditorDocumentLocalesQuery, EditorDocumentLocalesQueryVariables>;
export const EditorDocumentDocument = new TypedDocumentString(`
    query EditorDocument($id: ID!, $locale: String!, $uiLocale: String!) {
  document(id: $id) {
    id
    sourceLocale
    reviewOverdue
    locales {
      locale
      slug
      title
      status
      version
      headRevisionId
      publishedRevisionId
      publishAt
      unpublishAt
    }
  }
  revisions(documentId: $id, locale: $locale) {
    id
    number
    authorLabel
    createdAt
    message
    content
    restoredFrom
  }
  contentChecks(documentId: $id, locale: $locale, uiLocale: $uiLocale) {
    findings {
      blockId
      checkId
      message
      path
      severity
    }
  }
}
    `) as unknown as TypedDocumentString<EditorDocumentQuery, EditorDocumentQueryVariables>;
export const EditorRevisionDiffDocument = new TypedDocumentString(`
    query EditorRevisionDiff($from: ID!, $to: ID!) {
  revisionDiff(from: $from, to: $to) {
    title {
      value
      added
      removed
    }
    summary {
      value
      added
      removed
    }
    blocks {
      blockId
      change
      words {
        value
        added
        removed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditorRevisionDiffQuery, EditorRevisionDiffQueryVariables>;
export const EditorSaveDocument = new TypedDocumentString(`
    mutation EditorSave($input: SaveTranslationInput!) {
  saveTranslation(input: $input) {
    documentLocale {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<EditorSaveMutation, EditorSaveMutationVariables>;
export const EditorRestoreDocument = new TypedDocumentString(`
    mutation EditorRestore($input: RestoreRevisionInput!) {
  restoreRevision(input: $input) {
    documentLocale {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<EditorRestoreMutation, EditorRestoreMutationVariables>;
export const EditorImportDocument = new TypedDocumentString(`
    mutation EditorImport($input: ImportDocumentInput!) {
  importDocument(input: $input) {
    document {
      id
    }
    report {
      code
      element
      reason
      line
      blockId
    }
  }
}
    `) as unknown as TypedDocumentString<EditorImportMutation, EditorImportMutationVariables>;
export const EditorSubmitDocument = new TypedDocumentString(`
    mutation EditorSubmit($input: WorkflowInput!) {
  submitForReview(input: $input) {
    documentLocale {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EditorSubmitMutation, EditorSubmitMutationVariables>;
export const EditorApproveDocument = new TypedDocumentString(`
    mutation EditorApprove($input: WorkflowInput!) {
  approveTranslation(input: $input) {
    documentLocale {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EditorApproveMutation, EditorApproveMutationVariables>;
export const EditorSendBackDocument = new TypedDocumentString(`
    mutation EditorSendBack($input: WorkflowInput!) {
  sendBackTranslation(input: $input) {
    documentLocale {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EditorSendBackMutation, EditorSendBackMutationVariables>;
export const EditorPublishDocument = new TypedDocumentString(`
    mutation EditorPublish($input: ScheduledWorkflowInput!) {
  publishTranslation(input: $input) {
    documentLocale {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EditorPublishMutation, EditorPublishMutationVariables>;
export const EditorGlossaryKeysDocument = new TypedDocumentString(`
    query EditorGlossaryKeys($locale: String!) {
  glossaryTerms(locale: $locale) {
    id
    key
    term
  }
}
    `) as unknown as TypedDocumentString<EditorGlossaryKeysQuery, EditorGlossaryKeysQueryVariables>;
export const EditorMediaDocument = new TypedDocumentString(`
    query EditorMedia {
  mediaItems(first: 100) {
    id
    fileName
    url
    decorative
    texts {
      locale
      alt
    }
  }
}
    `) as unknown as TypedDocumentString<EditorMediaQuery, EditorMediaQueryVariables>;
export const EditorCitationsDocument = new TypedDocumentString(`
    query EditorCitations($locale: String!) {
  citations(first: 100) {
    edges {
      node {
        id
        formatted(locale: $locale) {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditorCitationsQuery, EditorCitationsQueryVariables>;
export const EditorCreateCitationDocument = new TypedDocumentString(`
    mutation EditorCreateCitation($input: CreateCitationInput!) {
  createCitation(input: $input) {
    citation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EditorCreateCitationMutation, EditorCreateCitationMutationVariables>;
export const EditorUnpublishDocument = new TypedDocumentString(`
    mutation EditorUnpublish($input: ScheduledWorkflowInput!) {
  unpublishTranslation(input: $input) {
    documentLocale {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EditorUnpublishMutation, EditorUnpublishMutationVariables>;
export const EditorCancelScheduleDocument = new TypedDocumentString(`
    mutation EditorCancelSchedule($input: CancelScheduleInput!) {
  cancelScheduledChange(input: $input) {
    documentLocale {
      publishAt
    }
  }
}
    `) as unknown as TypedDocumentString<EditorCancelScheduleMutation, EditorCancelScheduleMutationVariables>;
export const EditorQualityDocument = new TypedDocumentString(`
    query EditorQuality($id: ID!) {
  document(id: $id) {
    id
    sourceLocale
    quality {
      publisher
      authors {
        name
        qualification
      }
      reviewers {
        name
        role
        qualification
      }
      lastReviewed
      nextReviewDue
      reviewTrigger
      conflictsOfInterest
      funding
      evidenceNotes
    }
  }
}
    `) as unknown as TypedDocumentString<EditorQualityQuery, EditorQualityQueryVariables>;
export const EditorUpdateQualityDocument = new TypedDocumentString(`
    mutation EditorUpdateQuality($input: UpdateDocumentMetadataInput!) {
  updateDocumentMetadata(input: $input) {
    document {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EditorUpdateQualityMutation, EditorUpdateQualityMutationVariables>;
export const EditorPreviewDocument = new TypedDocumentString(`
    query EditorPreview($id: ID!, $locale: String!, $region: String) {
  draftPreview(documentId: $id, locale: $locale, region: $region) {
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
    `) as unknown as TypedDocumentString<EditorPreviewQuery, EditorPreviewQueryVariables>;
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