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

export type ConfirmTranslatedBlocksInput = {
  /** Outdated blocks whose translation still fits the changed source */
  blockIds: Array<string>;
  documentId: string | number;
  locale: string;
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

export type ImportXliffInput = {
  /** The locale the file translates into */
  locale: string;
  state: TranslationWriteState | null | undefined;
  /** The XLIFF 2.0 or 1.2 document */
  xml: string;
};

export type RestoreRevisionInput = {
  baseVersion: number;
  message: string | null | undefined;
  revisionId: string | number;
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

export type SaveTranslatedBlocksInput = {
  /** The translation version you started from (targetVersion of the view) */
  baseVersion: number;
  /** Blocks by source id with the fields to change, e.g. { "id": "p-1", "content": [...] } */
  blocks: Array<unknown>;
  documentId: string | number;
  locale: string;
  message: string | null | undefined;
  slug: string | null | undefined;
  state: TranslationWriteState | null | undefined;
  summary: string | null | undefined;
  title: string | null | undefined;
};

export type SaveTranslationInput = {
  /** The version you started from (0 for a new locale) */
  baseVersion: number;
  content: unknown;
  documentId: string | number;
  locale: string;
  message: string | null | undefined;
  slug: string | null | undefined;
};

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

export type TermIssueKind =
  | 'FORBIDDEN_TERM'
  | 'MISSING_TERM';

/** Writing direction of a locale */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/** A translated block: not translated yet, draft, waiting for review, approved, or translated from a source text that has changed since */
export type TranslationBlockStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'MISSING'
  | 'NEEDS_REVIEW'
  | 'OUTDATED';

export type TranslationProgressFilter = {
  documentIds: Array<string | number> | null | undefined;
  /** Only this target locale */
  locale: string | null | undefined;
  /** Only translations with at least one block in this status */
  status: TranslationBlockStatus | null | undefined;
};

/** A whole translation, most urgent first: nothing translated, something outdated, something missing or in draft, waiting for review, all approved */
export type TranslationState =
  | 'APPROVED'
  | 'IN_PROGRESS'
  | 'NEEDS_REVIEW'
  | 'NOT_STARTED'
  | 'OUTDATED';

/** What written blocks become */
export type TranslationWriteState =
  | 'DRAFT'
  | 'NEEDS_REVIEW';

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

export type XliffExportInput = {
  /** Omitted: every document with missing or outdated blocks in the locale */
  documentIds: Array<string | number> | null | undefined;
  /** The target locale */
  locale: string;
  /** Only units that need work (default: true for the batch, false for a list) */
  pendingOnly: boolean | null | undefined;
  /** Batch only: documents written in this locale (default: the site’s default) */
  sourceLocale: string | null | undefined;
  version: XliffVersion | null | undefined;
};

export type XliffVersion =
  | 'V1_2'
  | 'V2_0';

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


export type EditorDocumentQuery = { document: { id: string, sourceLocale: string, reviewOverdue: boolean, locales: Array<{ locale: string, slug: string, title: string, status: WorkflowStatus, version: number, headRevisionId: string | null, publishedRevisionId: string | null }> }, revisions: Array<{ id: string, number: number, authorLabel: string, createdAt: unknown, message: string, content: unknown, restoredFrom: string | null }>, contentChecks: { findings: Array<{ blockId: string | null, checkId: string, message: string, path: string, severity: string }> } };

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

export type EditorTranslationViewQueryVariables = Exact<{
  documentId: string | number;
  locale: string;
}>;


export type EditorTranslationViewQuery = { translationView: { documentId: string, sourceLocale: string, locale: string, targetVersion: number, state: TranslationState, title: { source: string, target: string | null }, summary: { source: string, target: string | null }, progress: { total: number, missing: number, outdated: number, draft: number, needsReview: number, approved: number }, blocks: Array<{ blockId: string, type: string, depth: number, parentId: string | null, translatable: boolean, status: TranslationBlockStatus, source: unknown, target: unknown, sourceText: string, targetText: string | null, sourceChange: Array<{ value: string, added: boolean, removed: boolean }> | null, suggestions: Array<{ match: number, sourceText: string, targetText: string, targetBlock: unknown }>, terminology: Array<{ kind: TermIssueKind, term: string, expected: Array<string>, message: string }> }> } };

export type EditorSaveTranslatedBlocksMutationVariables = Exact<{
  input: SaveTranslatedBlocksInput;
}>;


export type EditorSaveTranslatedBlocksMutation = { saveTranslatedBlocks: { documentLocale: { version: number } } };

export type EditorConfirmBlocksMutationVariables = Exact<{
  input: ConfirmTranslatedBlocksInput;
}>;


export type EditorConfirmBlocksMutation = { confirmTranslatedBlocks: { view: { targetVersion: number } } };

export type EditorTranslationProgressQueryVariables = Exact<{
  filter: TranslationProgressFilter | null | undefined;
  first: number;
  after: string | null | undefined;
}>;


export type EditorTranslationProgressQuery = { translationProgress: { edges: Array<{ node: { documentId: string, title: string, sourceLocale: string, locale: string, state: TranslationState, workflowStatus: WorkflowStatus | null, total: number, missing: number, outdated: number, draft: number, needsReview: number, approved: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EditorXliffExportQueryVariables = Exact<{
  input: XliffExportInput;
}>;


export type EditorXliffExportQuery = { xliffExport: { filename: string, xml: string, documents: number, units: number } };

export type EditorImportXliffMutationVariables = Exact<{
  input: ImportXliffInput;
}>;


export type EditorImportXliffMutation = { importXliff: { accepted: boolean, version: XliffVersion | null, documents: Array<{ documentId: string, imported: number, revisionId: string | null }>, units: Array<{ documentId: string, unitId: string, result: string }>, problems: Array<{ code: string, message: string, documentId: string | null, unitId: string | null, segmentId: string | null }> } };

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
export const EditorTranslationViewDocument = new TypedDocumentString(`
    query EditorTranslationView($documentId: ID!, $locale: String!) {
  translationView(documentId: $documentId, locale: $locale) {
    documentId
    sourceLocale
    locale
    targetVersion
    state
    title {
      source
      target
    }
    summary {
      source
      target
    }
    progress {
      total
      missing
      outdated
      draft
      needsReview
      approved
    }
    blocks {
      blockId
      type
      depth
      parentId
      translatable
      status
      source
      target
      sourceText
      targetText
      sourceChange {
        value
        added
        removed
      }
      suggestions {
        match
        sourceText
        targetText
        targetBlock
      }
      terminology {
        kind
        term
        expected
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditorTranslationViewQuery, EditorTranslationViewQueryVariables>;
export const EditorSaveTranslatedBlocksDocument = new TypedDocumentString(`
    mutation EditorSaveTranslatedBlocks($input: SaveTranslatedBlocksInput!) {
  saveTranslatedBlocks(input: $input) {
    documentLocale {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<EditorSaveTranslatedBlocksMutation, EditorSaveTranslatedBlocksMutationVariables>;
export const EditorConfirmBlocksDocument = new TypedDocumentString(`
    mutation EditorConfirmBlocks($input: ConfirmTranslatedBlocksInput!) {
  confirmTranslatedBlocks(input: $input) {
    view {
      targetVersion
    }
  }
}
    `) as unknown as TypedDocumentString<EditorConfirmBlocksMutation, EditorConfirmBlocksMutationVariables>;
export const EditorTranslationProgressDocument = new TypedDocumentString(`
    query EditorTranslationProgress($filter: TranslationProgressFilter, $first: Int!, $after: String) {
  translationProgress(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        documentId
        title
        sourceLocale
        locale
        state
        workflowStatus
        total
        missing
        outdated
        draft
        needsReview
        approved
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EditorTranslationProgressQuery, EditorTranslationProgressQueryVariables>;
export const EditorXliffExportDocument = new TypedDocumentString(`
    query EditorXliffExport($input: XliffExportInput!) {
  xliffExport(input: $input) {
    filename
    xml
    documents
    units
  }
}
    `) as unknown as TypedDocumentString<EditorXliffExportQuery, EditorXliffExportQueryVariables>;
export const EditorImportXliffDocument = new TypedDocumentString(`
    mutation EditorImportXliff($input: ImportXliffInput!) {
  importXliff(input: $input) {
    accepted
    version
    documents {
      documentId
      imported
      revisionId
    }
    units {
      documentId
      unitId
      result
    }
    problems {
      code
      message
      documentId
      unitId
      segmentId
    }
  }
}
    `) as unknown as TypedDocumentString<EditorImportXliffMutation, EditorImportXliffMutationVariables>;
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