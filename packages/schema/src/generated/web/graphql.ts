/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** Needed when the address has no account yet */
  displayName: string | null | undefined;
  /** A new password, or the password of the existing account */
  password: string;
  /** The token from the link in the invitation e-mail */
  token: string;
};

/** Narrows the audit log; the fields combine (AND) */
export type AuditLogFilter = {
  /** An action exactly, e.g. "workflow.publish" */
  action: string | null | undefined;
  /** A user id, or an actor label such as an e-mail address (any case) */
  actor: string | null | undefined;
  /** Entries written at or after this time */
  from: unknown;
  /** The object's id */
  objectId: string | null | undefined;
  /** The kind of object, e.g. "document" */
  objectType: string | null | undefined;
  /** Entries written before this time */
  to: unknown;
};

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

export type ChangeMemberRoleInput = {
  /** For translators: the locales they may write */
  locales: Array<string>;
  role: Role;
  userId: string | number;
};

/** The kind of source; it decides which fields a citation has */
export type CitationKind =
  | 'BOOK'
  | 'BOOK_CHAPTER'
  | 'DRUG_SAFETY_NOTICE'
  | 'GUIDELINE'
  | 'JOURNAL_ARTICLE'
  | 'WEB_PAGE';

/** The second step of a sign-in with two factors */
export type CompleteSignInInput = {
  /** secondFactor.token from signIn */
  challenge: string;
  /** The 6-digit code from the authenticator app, or one of the recovery codes */
  code: string;
};

/** The callback of the provider, as the browser brought it back */
export type CompleteSsoSignInInput = {
  /** The binding from startSsoSignIn, from the cookie of this browser */
  binding: string;
  /** The query string of the callback address (code, state, iss, or error) */
  query: string;
};

/** The tenant's single sign-on; everything is replaced except a secret left out */
export type ConfigureSsoInput = {
  allowedDomains: Array<string>;
  claim: string;
  clientId: string;
  /** A new client secret; null or absent keeps the stored one */
  clientSecret: string | null | undefined;
  enabled: boolean;
  issuer: string;
  justInTime: boolean;
  mappings: Array<SsoRoleMappingInput>;
  providerName: string;
  ssoOnly: boolean;
};

export type ConfirmTranslatedBlocksInput = {
  /** Outdated blocks whose translation still fits the changed source */
  blockIds: Array<string>;
  documentId: string | number;
  locale: string;
};

export type ConfirmTwoFactorInput = {
  /** The 6-digit code the authenticator app shows for the new secret */
  code: string;
};

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
  day: number | null | undefined;
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
  month: number | null | undefined;
  organisation: string | null | undefined;
  pages: string | null | undefined;
  place: string | null | undefined;
  /** PMC and digits */
  pmcId: string | null | undefined;
  publisher: string | null | undefined;
  /** Digits only (a "PMID:" prefix is removed) */
  pubmedId: string | null | undefined;
  registryNumber: string | null | undefined;
  title: string;
  trialIds: Array<string> | null | undefined;
  url: string | null | undefined;
  volume: string | null | undefined;
  year: number | null | undefined;
};

export type CreateRegistryEntryInput = {
  entry: RegistryEntryInput;
};

export type CreateWebhookInput = {
  /** Default true */
  active: boolean | null | undefined;
  /** At most 300 characters */
  description: string | null | undefined;
  /** Public event names: "document.published", "document.unpublished", "registry.changed" */
  events: Array<string>;
  /** At most 2048 characters; https in production */
  url: string;
};

export type DeleteRegistryEntryInput = {
  id: string | number;
};

/** What kind of device a session is on, as its User-Agent tells */
export type DeviceKind =
  | 'BOT'
  | 'DESKTOP'
  | 'MOBILE'
  | 'TABLET'
  | 'TV'
  | 'UNKNOWN';

/** A current code or the password (one is enough) */
export type DisableTwoFactorInput = {
  code: string | null | undefined;
  password: string | null | undefined;
};

export type DocumentFilter = {
  /** Members only: only documents whose version in this locale the caller has edited */
  editedByMe: boolean | null | undefined;
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

/** Whether a reader sees the language they asked for: entirely (NONE), partly (PARTIAL) or not at all (FULL) */
export type FallbackKind =
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

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

export type ImportRegistryEntriesInput = {
  /** The file, as text (UTF-8; comma, semicolon or tab separated) */
  csv: string;
  /** Check and report only; write nothing */
  dryRun: boolean;
  mapping: Array<RegistryCsvColumnInput>;
  /** Write the valid rows even when some rows are bad (default: all or nothing) */
  skipInvalid: boolean;
};

export type ImportXliffInput = {
  /** The locale the file translates into */
  locale: string;
  state: TranslationWriteState | null | undefined;
  /** The XLIFF 2.0 or 1.2 document as text (clients decode UTF-16 files first) */
  xml: string;
};

export type InviteMemberInput = {
  email: string;
  /** Language of the e-mail and of the page its link opens: one of the tenant's locales (default: the tenant's default locale) */
  locale: string | null | undefined;
  /** For translators: the locales they may write */
  locales: Array<string>;
  role: Role;
};

/** A locale and the locales tried, in order, when content is missing in it */
export type LocaleInput = {
  fallbacks: Array<string>;
  /** BCP 47 tag, e.g. "de-AT" */
  tag: string;
};

export type ManagedRegistryEntryFilter = {
  /** Only entries with (true) or without (false) flags */
  flagged: boolean | null | undefined;
  kind: RegistryKind | null | undefined;
  /** Language for names and sorting (default: the site’s) */
  locale: string | null | undefined;
  /** Entries readers in this region see */
  region: string | null | undefined;
  text: string | null | undefined;
};

export type MarkRegistryEntryVerifiedInput = {
  id: string | number;
  /** Trial registries: the id format was confirmed too */
  idFormatVerified: boolean | null | undefined;
  /** The source checked against, when it changed */
  source: string | null | undefined;
  /** ISO date of the check (default today) */
  verifiedOn: string | null | undefined;
};

/** How you get one kind of notification e-mail */
export type NotificationDelivery =
  /** Once a day, in one e-mail with the others you chose so (not offered for REVIEW_OVERDUE) */
  | 'DAILY_DIGEST'
  /** One e-mail each, as it happens */
  | 'IMMEDIATELY'
  /** Not at all */
  | 'OFF';

/** A kind of notification e-mail */
export type NotificationKind =
  /** To the document's author: it was published */
  | 'DOCUMENT_PUBLISHED'
  /** To the inviting admin: their invitation was accepted */
  | 'INVITATION_ACCEPTED'
  /** To whoever submitted it: their version was approved */
  | 'REVIEW_APPROVED'
  /** To editors and reviewers, weekly: documents past their review date */
  | 'REVIEW_OVERDUE'
  /** To reviewers: a document locale was submitted for review */
  | 'REVIEW_REQUESTED'
  /** To whoever submitted it: their version was sent back, with the comment */
  | 'REVIEW_SENT_BACK'
  /** To whoever scheduled it: a scheduled publish or unpublish ran or failed */
  | 'SCHEDULED_CHANGE';

export type NotificationKindSettingInput = {
  /** How to send them; wins over `on` */
  delivery: NotificationDelivery | null | undefined;
  kind: NotificationKind;
  /** Older form: true sends them (a daily kind stays daily), false turns them off */
  on: boolean | null | undefined;
};

export type PersonInput = {
  family: string;
  given: string | null | undefined;
};

export type PublishInput = {
  /** Publish (or unpublish) at this time instead of now */
  at: unknown;
  comment: string | null | undefined;
  documentId: string | number;
  locale: string;
  /** The approved revision to publish; CONFLICT when it is no longer the approved one */
  revisionId: string | number;
};

/** Which medical-quality requirements block publishing */
export type PublishRequirementsInput = {
  /** At least one author */
  author: boolean | null | undefined;
  /** The date last reviewed */
  lastReviewed: boolean | null | undefined;
  /** "error": missed readability targets block publishing; "warning": they only warn */
  readability: string | null | undefined;
  /** A medical reviewer other than the author */
  reviewer: boolean | null | undefined;
  /** At least one cited source */
  sources: boolean | null | undefined;
  /** A summary */
  summary: boolean | null | undefined;
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

/** A target for one formula; neither min nor max: no target */
export type ReadabilityTargetInput = {
  max: number | null | undefined;
  min: number | null | undefined;
  score: string;
};

/** An ISO 3166 region the tenant has readers in */
export type RegionInput = {
  /** e.g. "DE", "AT" or "DE-BY" */
  code: string;
  defaultLocale: string | null | undefined;
  /** Hosts (of the tenant’s domains) whose readers get this region until they choose one */
  domains: Array<string> | null | undefined;
  /** Locales offered to readers in this region */
  locales: Array<string> | null | undefined;
  /** Display name; the English country name when omitted */
  name: string | null | undefined;
};

/** A column of the file and the field it holds ("ignore" to skip it) */
export type RegistryCsvColumnInput = {
  column: string;
  /** e.g. kind, name.de, regions, website, or ignore */
  field: string;
};

export type RegistryEntryFilter = {
  condition: string | null | undefined;
  kind: RegistryKind | null | undefined;
  /** The reader’s language: names and descriptions come in it or a fallback */
  locale: string;
  /** The reader’s region (default: the site’s) */
  region: string | null | undefined;
  tags: Array<string> | null | undefined;
  /** Words in a name or description */
  text: string | null | undefined;
};

export type RegistryEntryInput = {
  address: string | null | undefined;
  certification: string | null | undefined;
  certifier: string | null | undefined;
  condition: string | null | undefined;
  email: string | null | undefined;
  idExample: string | null | undefined;
  /** Trial registries: # digit, @ letter, * either, | alternatives */
  idFormat: string | null | undefined;
  idFormatSource: string | null | undefined;
  idFormatVerified: boolean | null | undefined;
  identifiers: Array<RegistryIdentifierInput> | null | undefined;
  /** Stable key for imports, e.g. "drks" */
  key: string | null | undefined;
  kind: RegistryKind;
  /** ISO date */
  lastVerifiedOn: string | null | undefined;
  legalBasis: string | null | undefined;
  phone: string | null | undefined;
  /** Region codes of the site; empty for every region */
  regions: Array<string>;
  sample: boolean | null | undefined;
  source: string | null | undefined;
  tags: Array<string> | null | undefined;
  /** Name and description per locale; at least one name */
  texts: Array<RegistryEntryTextInput>;
  /** ISO date */
  validFrom: string | null | undefined;
  /** ISO date */
  validUntil: string | null | undefined;
  website: string | null | undefined;
  whoPrimaryRegistry: boolean | null | undefined;
};

export type RegistryEntryTextInput = {
  description: string | null | undefined;
  locale: string;
  name: string;
};

/** Why an entry needs an editor: past its validity, not valid yet, not checked within the verification period, never checked, or a trial-id format not confirmed from a primary source */
export type RegistryFlag =
  | 'EXPIRED'
  | 'ID_FORMAT_UNVERIFIED'
  | 'NEVER_VERIFIED'
  | 'NOT_YET_VALID'
  | 'VERIFICATION_OVERDUE';

export type RegistryIdentifierInput = {
  scheme: string;
  value: string;
};

/** What a registry lists */
export type RegistryKind =
  | 'CERTIFIED_CARE_CENTRE'
  | 'CLINICAL_TRIAL_REGISTRY'
  | 'COUNSELLING_SERVICE'
  | 'DISEASE_MANAGEMENT_PROGRAMME'
  | 'HOTLINE'
  | 'PATIENT_ORGANISATION'
  | 'STATUTORY_INSURER';

export type RemoveMemberInput = {
  userId: string | number;
};

export type RequestPasswordResetInput = {
  email: string;
  /** Language of the e-mail and of the page its link opens: one of the tenant's locales (default: the tenant's default locale) */
  locale: string | null | undefined;
};

export type ResetMemberTwoFactorInput = {
  userId: string | number;
};

export type ResetPasswordInput = {
  newPassword: string;
  /** The token from the link in the reset e-mail */
  token: string;
};

export type RestoreRevisionInput = {
  baseVersion: number;
  message: string | null | undefined;
  revisionId: string | number;
};

export type ReviewInput = {
  comment: string | null | undefined;
  documentId: string | number;
  locale: string;
  /** The revision you reviewed (headRevisionId); CONFLICT when a newer one was saved since */
  revisionId: string | number;
};

export type ReviewerInput = {
  name: string;
  qualification: string | null | undefined;
  /** internal, externalExpert or userTest */
  role: string;
};

export type RevokeInvitationInput = {
  invitationId: string | number;
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

export type SsoRoleMappingInput = {
  locales: Array<string>;
  role: Role;
  value: string;
};

/** A reader’s answer to "Was this page helpful?" on a published page */
export type SubmitFeedbackInput = {
  /** At most 1000 characters once trimmed; e-mail addresses and phone numbers in it are replaced by "[…]" */
  comment: string | null | undefined;
  /** The published document */
  documentId: string | number;
  helpful: boolean;
  /** The language of the page the reader read */
  locale: string;
};

export type TermIssueKind =
  | 'FORBIDDEN_TERM'
  | 'MISSING_TERM';

/** Writing direction of a locale */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/** Every colour as #rrggbb; the set is refused unless each pair drawn on each other meets WCAG AA */
export type ThemeInput = {
  accent: string;
  accentText: string;
  background: string;
  border: string;
  focus: string;
  focusRing: string;
  focusText: string;
  link: string;
  mutedText: string;
  surface: string;
  text: string;
};

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

export type UpdateDocumentMetadataInput = {
  documentId: string | number;
  quality: QualityInput | null | undefined;
  topics: Array<string> | null | undefined;
};

/** Kinds not named keep their setting */
export type UpdateNotificationSettingsInput = {
  kinds: Array<NotificationKindSettingInput> | null | undefined;
  /** One of the organisation’s locales */
  locale: string | null | undefined;
  /** True: use the organisation's default language again */
  resetLocale: boolean | null | undefined;
};

/** Replaces the whole entry */
export type UpdateRegistryEntryInput = {
  /** The version you started from; a newer one makes this a CONFLICT */
  baseVersion: number;
  entry: RegistryEntryInput;
  id: string | number;
};

/** Fields left out stay as they are; lists given replace the old list whole */
export type UpdateTenantSettingsInput = {
  /** Replaces the web origins (https://host[:port]) whose browser code may read the public API (CORS); [] for none */
  corsOrigins: Array<string> | null | undefined;
  defaultLocale: string | null | undefined;
  defaultRegion: string | null | undefined;
  /** Host names; the first is the primary one used in links */
  domains: Array<string> | null | undefined;
  locales: Array<LocaleInput> | null | undefined;
  name: string | null | undefined;
  /** Switches what publishing requires; rules left out stay as they are */
  publishRequirements: PublishRequirementsInput | null | undefined;
  /** Replaces the readability targets; formulas left out use the defaults */
  readabilityTargets: Array<ReadabilityTargetInput> | null | undefined;
  regions: Array<RegionInput> | null | undefined;
  /** Admins and reviewers must use two-factor sign-in; until they enrol they can do nothing else */
  requireTwoFactor: boolean | null | undefined;
  /** Months between medical reviews of a document (default 36) */
  reviewCycleMonths: number | null | undefined;
  /** All colours of the site, checked for contrast before saving */
  theme: ThemeInput | null | undefined;
};

/** Fields not given keep their value; switching on again resets the failure count */
export type UpdateWebhookInput = {
  active: boolean | null | undefined;
  description: string | null | undefined;
  events: Array<string> | null | undefined;
  id: string | number;
  url: string | null | undefined;
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

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, createdAt: unknown, lastSeenAt: unknown, signInPrefix: string | null, current: boolean, device: { browser: string | null, os: string | null, kind: DeviceKind } }> };

export type SignOutSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type SignOutSessionMutation = { signOutSession: { session: { id: string, current: boolean } } };

export type SignOutEverywhereMutationVariables = Exact<{
  keepCurrent: boolean;
}>;


export type SignOutEverywhereMutation = { signOutEverywhere: { signedOutCount: number, signedOutHere: boolean } };

export type AdminTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTenantQuery = { tenant: { id: string, name: string, domains: Array<string>, defaultLocale: string, defaultRegion: string | null, reviewCycleMonths: number, requireTwoFactor: boolean, locales: Array<{ tag: string, fallbacks: Array<string> }>, regions: Array<{ code: string, name: string, defaultLocale: string | null, locales: Array<string>, domains: Array<string> }>, theme: { background: string, surface: string, text: string, mutedText: string, link: string, accent: string, accentText: string, focus: string, focusText: string, focusRing: string, border: string } | null, readabilityTargets: Array<{ score: string, min: number | null, max: number | null, custom: boolean }>, publishRequirements: { author: boolean, reviewer: boolean, lastReviewed: boolean, summary: boolean, sources: boolean, readability: string } } };

export type AdminUpdateTenantMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type AdminUpdateTenantMutation = { updateTenantSettings: { tenant: { id: string } } };

export type AdminMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMembersQuery = { members: { totalCount: number, edges: Array<{ node: { role: Role, locales: Array<string>, since: unknown, user: { id: string, email: string, displayName: string } } }> }, invitations: Array<{ id: string, email: string, role: Role, locales: Array<string>, expiresAt: unknown }> };

export type AdminInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type AdminInviteMutation = { inviteMember: { invitation: { id: string } } };

export type AdminChangeRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type AdminChangeRoleMutation = { changeMemberRole: { member: { role: Role } } };

export type AdminRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type AdminRemoveMemberMutation = { removeMember: { member: { role: Role } } };

export type AdminRevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type AdminRevokeInvitationMutation = { revokeInvitation: { invitation: { id: string } } };

export type RegistryListQueryVariables = Exact<{
  filter: ManagedRegistryEntryFilter;
  first: number;
  after: string | null | undefined;
}>;


export type RegistryListQuery = { registryEntriesForEditors: { edges: Array<{ node: { id: string, kind: RegistryKind, name: string, regions: Array<string>, flags: Array<RegistryFlag>, validUntil: string | null, lastVerifiedOn: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RegistryEntryQueryVariables = Exact<{
  id: string | number;
  locale: string | null | undefined;
}>;


export type RegistryEntryQuery = { registryEntryForEditors: { id: string, version: number, kind: RegistryKind, key: string | null, name: string, regions: Array<string>, validFrom: string | null, validUntil: string | null, lastVerifiedOn: string | null, website: string | null, email: string | null, phone: string | null, address: string | null, source: string, tags: Array<string>, condition: string | null, legalBasis: string | null, sample: boolean, flags: Array<RegistryFlag>, idFormatSource: string | null, texts: Array<{ locale: string, name: string, description: string }>, identifiers: Array<{ scheme: string, value: string }>, careCentre: { certification: string | null, certifier: string | null } | null, trialRegistry: { idFormat: string | null, idExample: string | null, idFormatVerified: boolean, whoPrimaryRegistry: boolean | null } | null } };

export type RegistryCreateMutationVariables = Exact<{
  input: CreateRegistryEntryInput;
}>;


export type RegistryCreateMutation = { createRegistryEntry: { entry: { id: string } } };

export type RegistryUpdateMutationVariables = Exact<{
  input: UpdateRegistryEntryInput;
}>;


export type RegistryUpdateMutation = { updateRegistryEntry: { entry: { id: string } } };

export type RegistryDeleteMutationVariables = Exact<{
  input: DeleteRegistryEntryInput;
}>;


export type RegistryDeleteMutation = { deleteRegistryEntry: { deletedId: string } };

export type RegistryVerifyMutationVariables = Exact<{
  input: MarkRegistryEntryVerifiedInput;
}>;


export type RegistryVerifyMutation = { markRegistryEntryVerified: { entry: { lastVerifiedOn: string | null } } };

export type RegistryImportMutationVariables = Exact<{
  input: ImportRegistryEntriesInput;
}>;


export type RegistryImportMutation = { importRegistryEntries: { dryRun: boolean, written: boolean, rows: number, valid: number, created: number, updated: number, skipped: number, issues: Array<{ line: number, column: string | null, field: string, code: string, message: string }> } };

export type AdminAuditLogQueryVariables = Exact<{
  filter: AuditLogFilter | null | undefined;
  first: number | null | undefined;
  after: string | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { edges: Array<{ cursor: string, node: { id: string, createdAt: unknown, actorLabel: string, action: string, objectType: string, objectId: string, diff: unknown } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminResetTwoFactorMutationVariables = Exact<{
  input: ResetMemberTwoFactorInput;
}>;


export type AdminResetTwoFactorMutation = { resetMemberTwoFactor: { hadTwoFactor: boolean } };

export type AdminWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWebhooksQuery = { tenant: { corsOrigins: Array<string> }, webhooks: Array<{ id: string, url: string, description: string, events: Array<string>, active: boolean, disabledReason: string | null, consecutiveFailures: number, createdAt: unknown }> };

export type AdminWebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  after: string | null | undefined;
}>;


export type AdminWebhookDeliveriesQuery = { webhookDeliveries: { edges: Array<{ node: { id: string, eventType: string, state: string, attempts: number, createdAt: unknown, redeliveryOf: string | null, tries: Array<{ attempt: number, startedAt: unknown, statusCode: number | null, durationMs: number, error: string | null, outcome: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type AdminCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string } } };

export type AdminUpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type AdminUpdateWebhookMutation = { updateWebhook: { id: string, active: boolean } };

export type AdminRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, webhook: { id: string } } };

export type AdminDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteWebhookMutation = { deleteWebhook: boolean };

export type AdminRedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type AdminRedeliverWebhookMutation = { redeliverWebhook: { id: string } };

export type EditorMeQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorMeQuery = { me: { csrfToken: string, user: { id: string, displayName: string, email: string }, membership: { role: Role, locales: Array<string> } | null, can: Array<{ action: string, allowed: boolean }>, memberships: Array<{ role: Role, tenant: { slug: string, name: string, host: string | null, defaultLocale: string, locales: Array<string> } }> } | null };

export type EditorSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type EditorSignInMutation = { signIn: { csrfToken: string | null, twoFactorEnrolmentRequired: boolean, user: { id: string }, secondFactor: { token: string } | null } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, hasAccount: boolean } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { user: { email: string } } };

export type PasswordResetLinkOpenQueryVariables = Exact<{
  token: string;
}>;


export type PasswordResetLinkOpenQuery = { passwordResetLinkOpen: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { message: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { email: string } };

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

export type EditorUnpublishTargetQueryVariables = Exact<{
  id: string | number;
}>;


export type EditorUnpublishTargetQuery = { document: { id: string, locales: Array<{ locale: string, title: string, publishedRevisionId: string | null }> } };

export type EditorDocumentQueryVariables = Exact<{
  id: string | number;
  locale: string;
  uiLocale: string;
}>;


export type EditorDocumentQuery = { document: { id: string, sourceLocale: string, reviewOverdue: boolean, locales: Array<{ locale: string, slug: string, title: string, status: WorkflowStatus, version: number, headRevisionId: string | null, publishedRevisionId: string | null, publishAt: unknown, unpublishAt: unknown }> }, revisions: Array<{ id: string, number: number, authorLabel: string, createdAt: unknown, message: string, content: unknown, restoredFrom: string | null }>, contentChecks: { findings: Array<{ blockId: string | null, checkId: string, message: string, path: string, severity: string }>, unmetRequirements: Array<{ requirement: string, field: string }> } };

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


export type EditorImportMutation = { importDocument: { document: { id: string }, report: Array<{ code: string, element: string, reason: string, line: number | null, blockId: string | null, text: string | null }> } };

export type EditorSubmitMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type EditorSubmitMutation = { submitForReview: { documentLocale: { status: WorkflowStatus } } };

export type EditorApproveMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type EditorApproveMutation = { approveTranslation: { documentLocale: { status: WorkflowStatus } } };

export type EditorSendBackMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type EditorSendBackMutation = { sendBackTranslation: { documentLocale: { status: WorkflowStatus } } };

export type EditorPublishMutationVariables = Exact<{
  input: PublishInput;
}>;


export type EditorPublishMutation = { publishTranslation: { documentLocale: { status: WorkflowStatus } } };

export type EditorFeedbackQueryVariables = Exact<{
  after: string | null | undefined;
}>;


export type EditorFeedbackQuery = { feedbackSummary: Array<{ documentId: string, locale: string, title: string | null, helpful: number, notHelpful: number, recentHelpful: number, recentNotHelpful: number, earlierHelpful: number, earlierNotHelpful: number, openComments: number }>, feedbackComments: { edges: Array<{ node: { id: string, documentId: string, locale: string, title: string | null, helpful: boolean, comment: string, day: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkFeedbackHandledMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkFeedbackHandledMutation = { markFeedbackHandled: { id: string, handled: boolean } };

export type MyNotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationSettingsQuery = { myNotificationSettings: { locale: string | null, kinds: Array<{ kind: NotificationKind, delivery: NotificationDelivery, digestOffered: boolean }> } };

export type UpdateMyNotificationSettingsMutationVariables = Exact<{
  input: UpdateNotificationSettingsInput;
}>;


export type UpdateMyNotificationSettingsMutation = { updateMyNotificationSettings: { locale: string | null } };

export type UnsubscribeNotificationsMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeNotificationsMutation = { unsubscribeNotifications: { kind: NotificationKind } };

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


export type EditorPreviewQuery = { draftPreview: { id: string, kind: DocumentKind, locale: string, requestedLocale: string, fallback: FallbackKind, dir: string, slug: string, title: string, summary: string, topics: Array<string>, region: string | null, blocks: unknown, revisionId: string, publishedAt: string, blockLocales: Array<{ blockId: string, locale: string, dir: string }>, registryLists: Array<{ blockId: string, kind: RegistryKind, entries: Array<{ id: string, kind: RegistryKind, name: string, description: string, locale: string, dir: string, website: string | null, phone: string | null, email: string | null, address: string | null, legalBasis: string | null, lastVerifiedOn: string | null, sample: boolean, identifiers: Array<{ scheme: string, value: string }>, careCentre: { certification: string | null, certifier: string | null } | null }> }>, references: Array<{ number: number, id: string, text: string, links: Array<{ label: string, href: string }> }>, glossary: Array<{ id: string, term: string, definition: string, locale: string }>, media: Array<{ id: string, url: string, width: number | null, height: number | null, sources: Array<{ url: string, width: number, height: number, mimeType: string }> }>, quality: { publisher: string, lastReviewed: string | null, nextReviewDue: string | null, firstPublished: string, lastUpdated: string, authors: Array<{ name: string, qualification: string | null }> | null, reviewers: Array<{ name: string, qualification: string | null, role: string }> | null }, alternates: Array<{ locale: string, slug: string }> } };

export type EditorReadabilityTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorReadabilityTargetsQuery = { tenant: { readabilityTargets: Array<{ score: string, min: number | null, max: number | null, custom: boolean }> } };

export type EditorSsoProviderQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorSsoProviderQuery = { ssoProvider: { name: string } | null };

export type EditorStartSsoSignInMutationVariables = Exact<{ [key: string]: never; }>;


export type EditorStartSsoSignInMutation = { startSsoSignIn: { authorizationUrl: string, binding: string, expiresAt: unknown } };

export type EditorCompleteSsoSignInMutationVariables = Exact<{
  input: CompleteSsoSignInInput;
}>;


export type EditorCompleteSsoSignInMutation = { completeSsoSignIn: { csrfToken: string | null, twoFactorEnrolmentRequired: boolean, user: { id: string } } };

export type AdminSsoSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSsoSettingsQuery = { ssoRedirectUri: string, ssoSettings: { enabled: boolean, providerName: string, issuer: string, clientId: string, clientSecretSet: boolean, allowedDomains: Array<string>, claim: string, justInTime: boolean, ssoOnly: boolean, mappings: Array<{ value: string, role: Role, locales: Array<string> }> } | null };

export type AdminConfigureSsoMutationVariables = Exact<{
  input: ConfigureSsoInput;
}>;


export type AdminConfigureSsoMutation = { configureSso: { enabled: boolean } };

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

export type EditorCompleteSignInMutationVariables = Exact<{
  input: CompleteSignInInput;
}>;


export type EditorCompleteSignInMutation = { completeSignIn: { csrfToken: string | null, user: { id: string } } };

export type EditorTwoFactorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorTwoFactorStatusQuery = { twoFactorStatus: { enabled: boolean, enrolmentRequired: boolean, recoveryCodesLeft: number } };

export type EditorStartTwoFactorMutationVariables = Exact<{ [key: string]: never; }>;


export type EditorStartTwoFactorMutation = { startTwoFactorEnrolment: { uri: string, secretGroups: Array<string>, expiresAt: unknown } };

export type EditorConfirmTwoFactorMutationVariables = Exact<{
  input: ConfirmTwoFactorInput;
}>;


export type EditorConfirmTwoFactorMutation = { confirmTwoFactorEnrolment: { recoveryCodes: Array<string> } };

export type EditorDisableTwoFactorMutationVariables = Exact<{
  input: DisableTwoFactorInput;
}>;


export type EditorDisableTwoFactorMutation = { disableTwoFactor: { disabled: boolean } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: boolean };

export type SiteTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteTenantQuery = { tenant: { slug: string, name: string, domains: Array<string>, defaultLocale: string, defaultRegion: string | null, locales: Array<{ tag: string, direction: TextDirection, fallbacks: Array<string> }>, regions: Array<{ code: string, name: string, defaultLocale: string | null, locales: Array<string>, domains: Array<string> }>, theme: { background: string, surface: string, text: string, mutedText: string, link: string, accent: string, accentText: string, focus: string, focusText: string, focusRing: string, border: string } | null } };

export type DocumentExistsQueryVariables = Exact<{
  slug: string;
  locale: string;
}>;


export type DocumentExistsQuery = { publishedDocument: { id: string } | null };

export type TopicExistsQueryVariables = Exact<{
  locale: string;
  topic: string;
}>;


export type TopicExistsQuery = { documents: { edges: Array<{ node: { documentId: string } }> } };

export type RegistryEntryFieldsFragment = { id: string, kind: RegistryKind, name: string, description: string, locale: string, dir: string, website: string | null, phone: string | null, email: string | null, address: string | null, legalBasis: string | null, lastVerifiedOn: string | null, sample: boolean, identifiers: Array<{ scheme: string, value: string }>, careCentre: { certification: string | null, certifier: string | null } | null };

export type ReaderDocumentFieldsFragment = { id: string, kind: DocumentKind, locale: string, requestedLocale: string, fallback: FallbackKind, dir: string, slug: string, title: string, summary: string, topics: Array<string>, region: string | null, blocks: unknown, revisionId: string, publishedAt: string, blockLocales: Array<{ blockId: string, locale: string, dir: string }>, registryLists: Array<{ blockId: string, kind: RegistryKind, entries: Array<{ id: string, kind: RegistryKind, name: string, description: string, locale: string, dir: string, website: string | null, phone: string | null, email: string | null, address: string | null, legalBasis: string | null, lastVerifiedOn: string | null, sample: boolean, identifiers: Array<{ scheme: string, value: string }>, careCentre: { certification: string | null, certifier: string | null } | null }> }>, references: Array<{ number: number, id: string, text: string, links: Array<{ label: string, href: string }> }>, glossary: Array<{ id: string, term: string, definition: string, locale: string }>, media: Array<{ id: string, url: string, width: number | null, height: number | null, sources: Array<{ url: string, width: number, height: number, mimeType: string }> }>, quality: { publisher: string, lastReviewed: string | null, nextReviewDue: string | null, firstPublished: string, lastUpdated: string, authors: Array<{ name: string, qualification: string | null }> | null, reviewers: Array<{ name: string, qualification: string | null, role: string }> | null }, alternates: Array<{ locale: string, slug: string }> };

export type PublishedDocumentQueryVariables = Exact<{
  slug: string;
  locale: string;
  region: string | null | undefined;
}>;


export type PublishedDocumentQuery = { publishedDocument: { id: string, kind: DocumentKind, locale: string, requestedLocale: string, fallback: FallbackKind, dir: string, slug: string, title: string, summary: string, topics: Array<string>, region: string | null, blocks: unknown, revisionId: string, publishedAt: string, blockLocales: Array<{ blockId: string, locale: string, dir: string }>, registryLists: Array<{ blockId: string, kind: RegistryKind, entries: Array<{ id: string, kind: RegistryKind, name: string, description: string, locale: string, dir: string, website: string | null, phone: string | null, email: string | null, address: string | null, legalBasis: string | null, lastVerifiedOn: string | null, sample: boolean, identifiers: Array<{ scheme: string, value: string }>, careCentre: { certification: string | null, certifier: string | null } | null }> }>, references: Array<{ number: number, id: string, text: string, links: Array<{ label: string, href: string }> }>, glossary: Array<{ id: string, term: string, definition: string, locale: string }>, media: Array<{ id: string, url: string, width: number | null, height: number | null, sources: Array<{ url: string, width: number, height: number, mimeType: string }> }>, quality: { publisher: string, lastReviewed: string | null, nextReviewDue: string | null, firstPublished: string, lastUpdated: string, authors: Array<{ name: string, qualification: string | null }> | null, reviewers: Array<{ name: string, qualification: string | null, role: string }> | null }, alternates: Array<{ locale: string, slug: string }> } | null };

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

export type SearchQueryVariables = Exact<{
  query: string;
  locale: string;
  region: string | null | undefined;
  first: number;
  after: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { documentId: string, slug: string, title: string, summary: string, locale: string, dir: string, fallback: boolean, snippet: Array<{ text: string, hit: boolean }> } }> } };

export type RegistriesQueryVariables = Exact<{
  locale: string;
  region: string | null | undefined;
}>;


export type RegistriesQuery = { registries: Array<{ kind: RegistryKind, label: string, locale: string, entryCount: number }> };

export type RegistryEntriesQueryVariables = Exact<{
  filter: RegistryEntryFilter;
  first: number;
  after: string | null | undefined;
}>;


export type RegistryEntriesQuery = { registryEntries: { edges: Array<{ node: { id: string, kind: RegistryKind, name: string, description: string, locale: string, dir: string, website: string | null, phone: string | null, email: string | null, address: string | null, legalBasis: string | null, lastVerifiedOn: string | null, sample: boolean, identifiers: Array<{ scheme: string, value: string }>, careCentre: { certification: string | null, certifier: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
export const RegistryEntryFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"RegistryEntryFields"}) as unknown as TypedDocumentString<RegistryEntryFieldsFragment, unknown>;
export const ReaderDocumentFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"ReaderDocumentFields"}) as unknown as TypedDocumentString<ReaderDocumentFieldsFragment, unknown>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    createdAt
    lastSeenAt
    signInPrefix
    current
    device {
      browser
      os
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const SignOutSessionDocument = new TypedDocumentString(`
    mutation SignOutSession($id: ID!) {
  signOutSession(id: $id) {
    session {
      id
      current
    }
  }
}
    `) as unknown as TypedDocumentString<SignOutSessionMutation, SignOutSessionMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere($keepCurrent: Boolean!) {
  signOutEverywhere(keepCurrent: $keepCurrent) {
    signedOutCount
    signedOutHere
  }
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const AdminTenantDocument = new TypedDocumentString(`
    query AdminTenant {
  tenant {
    id
    name
    domains
    defaultLocale
    defaultRegion
    reviewCycleMonths
    requireTwoFactor
    locales {
      tag
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
    readabilityTargets {
      score
      min
      max
      custom
    }
    publishRequirements {
      author
      reviewer
      lastReviewed
      summary
      sources
      readability
    }
  }
}
    `) as unknown as TypedDocumentString<AdminTenantQuery, AdminTenantQueryVariables>;
export const AdminUpdateTenantDocument = new TypedDocumentString(`
    mutation AdminUpdateTenant($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    tenant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateTenantMutation, AdminUpdateTenantMutationVariables>;
export const AdminMembersDocument = new TypedDocumentString(`
    query AdminMembers {
  members(first: 100) {
    totalCount
    edges {
      node {
        role
        locales
        since
        user {
          id
          email
          displayName
        }
      }
    }
  }
  invitations {
    id
    email
    role
    locales
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AdminMembersQuery, AdminMembersQueryVariables>;
export const AdminInviteDocument = new TypedDocumentString(`
    mutation AdminInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminInviteMutation, AdminInviteMutationVariables>;
export const AdminChangeRoleDocument = new TypedDocumentString(`
    mutation AdminChangeRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    member {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AdminChangeRoleMutation, AdminChangeRoleMutationVariables>;
export const AdminRemoveMemberDocument = new TypedDocumentString(`
    mutation AdminRemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    member {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRemoveMemberMutation, AdminRemoveMemberMutationVariables>;
export const AdminRevokeInvitationDocument = new TypedDocumentString(`
    mutation AdminRevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeInvitationMutation, AdminRevokeInvitationMutationVariables>;
export const RegistryListDocument = new TypedDocumentString(`
    query RegistryList($filter: ManagedRegistryEntryFilter!, $first: Int!, $after: String) {
  registryEntriesForEditors(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        kind
        name
        regions
        flags
        validUntil
        lastVerifiedOn
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryListQuery, RegistryListQueryVariables>;
export const RegistryEntryDocument = new TypedDocumentString(`
    query RegistryEntry($id: ID!, $locale: String) {
  registryEntryForEditors(id: $id, locale: $locale) {
    id
    version
    kind
    key
    name
    texts {
      locale
      name
      description
    }
    regions
    identifiers {
      scheme
      value
    }
    validFrom
    validUntil
    lastVerifiedOn
    website
    email
    phone
    address
    source
    tags
    condition
    legalBasis
    sample
    flags
    idFormatSource
    careCentre {
      certification
      certifier
    }
    trialRegistry {
      idFormat
      idExample
      idFormatVerified
      whoPrimaryRegistry
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryEntryQuery, RegistryEntryQueryVariables>;
export const RegistryCreateDocument = new TypedDocumentString(`
    mutation RegistryCreate($input: CreateRegistryEntryInput!) {
  createRegistryEntry(input: $input) {
    entry {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryCreateMutation, RegistryCreateMutationVariables>;
export const RegistryUpdateDocument = new TypedDocumentString(`
    mutation RegistryUpdate($input: UpdateRegistryEntryInput!) {
  updateRegistryEntry(input: $input) {
    entry {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryUpdateMutation, RegistryUpdateMutationVariables>;
export const RegistryDeleteDocument = new TypedDocumentString(`
    mutation RegistryDelete($input: DeleteRegistryEntryInput!) {
  deleteRegistryEntry(input: $input) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<RegistryDeleteMutation, RegistryDeleteMutationVariables>;
export const RegistryVerifyDocument = new TypedDocumentString(`
    mutation RegistryVerify($input: MarkRegistryEntryVerifiedInput!) {
  markRegistryEntryVerified(input: $input) {
    entry {
      lastVerifiedOn
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryVerifyMutation, RegistryVerifyMutationVariables>;
export const RegistryImportDocument = new TypedDocumentString(`
    mutation RegistryImport($input: ImportRegistryEntriesInput!) {
  importRegistryEntries(input: $input) {
    dryRun
    written
    rows
    valid
    created
    updated
    skipped
    issues {
      line
      column
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegistryImportMutation, RegistryImportMutationVariables>;
export const AdminAuditLogDocument = new TypedDocumentString(`
    query AdminAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        createdAt
        actorLabel
        action
        objectType
        objectId
        diff
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminResetTwoFactorDocument = new TypedDocumentString(`
    mutation AdminResetTwoFactor($input: ResetMemberTwoFactorInput!) {
  resetMemberTwoFactor(input: $input) {
    hadTwoFactor
  }
}
    `) as unknown as TypedDocumentString<AdminResetTwoFactorMutation, AdminResetTwoFactorMutationVariables>;
export const AdminWebhooksDocument = new TypedDocumentString(`
    query AdminWebhooks {
  tenant {
    corsOrigins
  }
  webhooks {
    id
    url
    description
    events
    active
    disabledReason
    consecutiveFailures
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AdminWebhooksQuery, AdminWebhooksQueryVariables>;
export const AdminWebhookDeliveriesDocument = new TypedDocumentString(`
    query AdminWebhookDeliveries($webhookId: ID!, $after: String) {
  webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {
    edges {
      node {
        id
        eventType
        state
        attempts
        createdAt
        redeliveryOf
        tries {
          attempt
          startedAt
          statusCode
          durationMs
          error
          outcome
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminWebhookDeliveriesQuery, AdminWebhookDeliveriesQueryVariables>;
export const AdminCreateWebhookDocument = new TypedDocumentString(`
    mutation AdminCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateWebhookMutation, AdminCreateWebhookMutationVariables>;
export const AdminUpdateWebhookDocument = new TypedDocumentString(`
    mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateWebhookMutation, AdminUpdateWebhookMutationVariables>;
export const AdminRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation AdminRotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRotateWebhookSecretMutation, AdminRotateWebhookSecretMutationVariables>;
export const AdminDeleteWebhookDocument = new TypedDocumentString(`
    mutation AdminDeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<AdminDeleteWebhookMutation, AdminDeleteWebhookMutationVariables>;
export const AdminRedeliverWebhookDocument = new TypedDocumentString(`
    mutation AdminRedeliverWebhook($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminRedeliverWebhookMutation, AdminRedeliverWebhookMutationVariables>;
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
    can(
      actions: ["tenant.settings", "tenant.configureSso", "member.manage", "registry.edit", "audit.read", "webhook.manage", "feedback.read"]
    ) {
      action
      allowed
    }
    memberships {
      role
      tenant {
        slug
        name
        host
        defaultLocale
        locales
      }
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
    secondFactor {
      token
    }
    twoFactorEnrolmentRequired
  }
}
    `) as unknown as TypedDocumentString<EditorSignInMutation, EditorSignInMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    email
    hasAccount
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    user {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const PasswordResetLinkOpenDocument = new TypedDocumentString(`
    query PasswordResetLinkOpen($token: String!) {
  passwordResetLinkOpen(token: $token)
}
    `) as unknown as TypedDocumentString<PasswordResetLinkOpenQuery, PasswordResetLinkOpenQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    message
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
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
export const EditorUnpublishTargetDocument = new TypedDocumentString(`
    query EditorUnpublishTarget($id: ID!) {
  document(id: $id) {
    id
    locales {
      locale
      title
      publishedRevisionId
    }
  }
}
    `) as unknown as TypedDocumentString<EditorUnpublishTargetQuery, EditorUnpublishTargetQueryVariables>;
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
    unmetRequirements {
      requirement
      field
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
      text
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
    mutation EditorApprove($input: ReviewInput!) {
  approveTranslation(input: $input) {
    documentLocale {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EditorApproveMutation, EditorApproveMutationVariables>;
export const EditorSendBackDocument = new TypedDocumentString(`
    mutation EditorSendBack($input: ReviewInput!) {
  sendBackTranslation(input: $input) {
    documentLocale {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EditorSendBackMutation, EditorSendBackMutationVariables>;
export const EditorPublishDocument = new TypedDocumentString(`
    mutation EditorPublish($input: PublishInput!) {
  publishTranslation(input: $input) {
    documentLocale {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EditorPublishMutation, EditorPublishMutationVariables>;
export const EditorFeedbackDocument = new TypedDocumentString(`
    query EditorFeedback($after: String) {
  feedbackSummary {
    documentId
    locale
    title
    helpful
    notHelpful
    recentHelpful
    recentNotHelpful
    earlierHelpful
    earlierNotHelpful
    openComments
  }
  feedbackComments(first: 20, after: $after) {
    edges {
      node {
        id
        documentId
        locale
        title
        helpful
        comment
        day
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EditorFeedbackQuery, EditorFeedbackQueryVariables>;
export const MarkFeedbackHandledDocument = new TypedDocumentString(`
    mutation MarkFeedbackHandled($id: ID!) {
  markFeedbackHandled(id: $id) {
    id
    handled
  }
}
    `) as unknown as TypedDocumentString<MarkFeedbackHandledMutation, MarkFeedbackHandledMutationVariables>;
export const MyNotificationSettingsDocument = new TypedDocumentString(`
    query MyNotificationSettings {
  myNotificationSettings {
    kinds {
      kind
      delivery
      digestOffered
    }
    locale
  }
}
    `) as unknown as TypedDocumentString<MyNotificationSettingsQuery, MyNotificationSettingsQueryVariables>;
export const UpdateMyNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {
  updateMyNotificationSettings(input: $input) {
    locale
  }
}
    `) as unknown as TypedDocumentString<UpdateMyNotificationSettingsMutation, UpdateMyNotificationSettingsMutationVariables>;
export const UnsubscribeNotificationsDocument = new TypedDocumentString(`
    mutation UnsubscribeNotifications($token: String!) {
  unsubscribeNotifications(token: $token) {
    kind
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeNotificationsMutation, UnsubscribeNotificationsMutationVariables>;
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
    ...ReaderDocumentFields
  }
}
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
}`) as unknown as TypedDocumentString<EditorPreviewQuery, EditorPreviewQueryVariables>;
export const EditorReadabilityTargetsDocument = new TypedDocumentString(`
    query EditorReadabilityTargets {
  tenant {
    readabilityTargets {
      score
      min
      max
      custom
    }
  }
}
    `) as unknown as TypedDocumentString<EditorReadabilityTargetsQuery, EditorReadabilityTargetsQueryVariables>;
export const EditorSsoProviderDocument = new TypedDocumentString(`
    query EditorSsoProvider {
  ssoProvider {
    name
  }
}
    `) as unknown as TypedDocumentString<EditorSsoProviderQuery, EditorSsoProviderQueryVariables>;
export const EditorStartSsoSignInDocument = new TypedDocumentString(`
    mutation EditorStartSsoSignIn {
  startSsoSignIn {
    authorizationUrl
    binding
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<EditorStartSsoSignInMutation, EditorStartSsoSignInMutationVariables>;
export const EditorCompleteSsoSignInDocument = new TypedDocumentString(`
    mutation EditorCompleteSsoSignIn($input: CompleteSsoSignInInput!) {
  completeSsoSignIn(input: $input) {
    csrfToken
    twoFactorEnrolmentRequired
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EditorCompleteSsoSignInMutation, EditorCompleteSsoSignInMutationVariables>;
export const AdminSsoSettingsDocument = new TypedDocumentString(`
    query AdminSsoSettings {
  ssoRedirectUri
  ssoSettings {
    enabled
    providerName
    issuer
    clientId
    clientSecretSet
    allowedDomains
    claim
    mappings {
      value
      role
      locales
    }
    justInTime
    ssoOnly
  }
}
    `) as unknown as TypedDocumentString<AdminSsoSettingsQuery, AdminSsoSettingsQueryVariables>;
export const AdminConfigureSsoDocument = new TypedDocumentString(`
    mutation AdminConfigureSso($input: ConfigureSsoInput!) {
  configureSso(input: $input) {
    enabled
  }
}
    `) as unknown as TypedDocumentString<AdminConfigureSsoMutation, AdminConfigureSsoMutationVariables>;
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
export const EditorCompleteSignInDocument = new TypedDocumentString(`
    mutation EditorCompleteSignIn($input: CompleteSignInInput!) {
  completeSignIn(input: $input) {
    csrfToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EditorCompleteSignInMutation, EditorCompleteSignInMutationVariables>;
export const EditorTwoFactorStatusDocument = new TypedDocumentString(`
    query EditorTwoFactorStatus {
  twoFactorStatus {
    enabled
    enrolmentRequired
    recoveryCodesLeft
  }
}
    `) as unknown as TypedDocumentString<EditorTwoFactorStatusQuery, EditorTwoFactorStatusQueryVariables>;
export const EditorStartTwoFactorDocument = new TypedDocumentString(`
    mutation EditorStartTwoFactor {
  startTwoFactorEnrolment {
    uri
    secretGroups
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<EditorStartTwoFactorMutation, EditorStartTwoFactorMutationVariables>;
export const EditorConfirmTwoFactorDocument = new TypedDocumentString(`
    mutation EditorConfirmTwoFactor($input: ConfirmTwoFactorInput!) {
  confirmTwoFactorEnrolment(input: $input) {
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<EditorConfirmTwoFactorMutation, EditorConfirmTwoFactorMutationVariables>;
export const EditorDisableTwoFactorDocument = new TypedDocumentString(`
    mutation EditorDisableTwoFactor($input: DisableTwoFactorInput!) {
  disableTwoFactor(input: $input) {
    disabled
  }
}
    `) as unknown as TypedDocumentString<EditorDisableTwoFactorMutation, EditorDisableTwoFactorMutationVariables>;
export const SubmitFeedbackDocument = new TypedDocumentString(`
    mutation SubmitFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input)
}
    `) as unknown as TypedDocumentString<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const SiteTenantDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SiteTenantQuery, SiteTenantQueryVariables>;
export const DocumentExistsDocument = new TypedDocumentString(`
    query DocumentExists($slug: String!, $locale: String!) {
  publishedDocument(slug: $slug, locale: $locale) {
    id
  }
}
    `) as unknown as TypedDocumentString<DocumentExistsQuery, DocumentExistsQueryVariables>;
export const TopicExistsDocument = new TypedDocumentString(`
    query TopicExists($locale: String!, $topic: String!) {
  documents(filter: {locale: $locale, topic: $topic}, first: 1) {
    edges {
      node {
        documentId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicExistsQuery, TopicExistsQueryVariables>;
export const PublishedDocumentDocument = new TypedDocumentString(`
    query PublishedDocument($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) {
    ...ReaderDocumentFields
  }
}
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
}`) as unknown as TypedDocumentString<PublishedDocumentQuery, PublishedDocumentQueryVariables>;
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
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $locale: String!, $region: String, $first: Int!, $after: String) {
  search(
    query: $query
    locale: $locale
    region: $region
    first: $first
    after: $after
  ) {
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
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const RegistriesDocument = new TypedDocumentString(`
    query Registries($locale: String!, $region: String) {
  registries(locale: $locale, region: $region) {
    kind
    label
    locale
    entryCount
  }
}
    `) as unknown as TypedDocumentString<RegistriesQuery, RegistriesQueryVariables>;
export const RegistryEntriesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<RegistryEntriesQuery, RegistryEntriesQueryVariables>;