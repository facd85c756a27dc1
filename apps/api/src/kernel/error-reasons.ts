import type { HrefProblem } from '@careleaf/schema';

/**
 * Every stable `reason` the API can put in a GraphQL error's extensions, with
 * the parameters that travel beside it. Clients translate the reason (the web
 * app has one catalog key `errors.<REASON>` per entry, with these parameters
 * as ICU arguments); the English `message` stays as a fallback for API
 * consumers. Parameters carry numbers and what the user wrote, never English
 * words, so every language can phrase them.
 *
 * Adding a reason: add it here, throw it (`AppError` / the helpers in
 * errors.ts), and add `errors.<REASON>` to apps/web/messages/{en,de,ar}.json;
 * error-reasons.spec.ts fails until every catalog has it.
 */

type Params = Record<string, string | number>;
type None = Record<never, never>;

/** A phantom: the object only carries the parameter type of its reason. */
function params<P extends Params = None>(): P {
  return {} as P;
}

export const ERROR_REASONS = {
  // Access and sessions
  SIGN_IN_REQUIRED: params(),
  NOT_A_MEMBER: params(),
  ROLE_NOT_ALLOWED: params<{ role: string }>(),
  ADMIN_ONLY: params(),
  LOCALE_NOT_ALLOWED: params<{ locale: string }>(),
  MEMBERS_ONLY_FILTER: params(),
  OWN_CHANGE_APPROVAL: params(),
  UNKNOWN_ACTION: params(),
  TOO_MANY_ACTIONS: params<{ limit: number }>(),
  LOCALE_TOO_LONG: params<{ limit: number }>(),
  CSRF_TOKEN_INVALID: params(),
  HOST_UNKNOWN: params(),
  EMAIL_MISSING: params(),
  PASSWORD_MISSING: params(),
  WRONG_CREDENTIALS: params(),
  TWO_FACTOR_ENROLMENT_REQUIRED: params(),
  TWO_FACTOR_CODE_WRONG: params(),
  SECOND_FACTOR_EXPIRED: params(),
  TWO_FACTOR_ALREADY_ON: params(),
  TWO_FACTOR_NOT_STARTED: params(),
  TWO_FACTOR_OFF: params(),
  TWO_FACTOR_PROOF_MISSING: params(),
  SIGN_IN_LOCKED: params<{ retryAfterSeconds: number }>(),
  SIGN_IN_CLIENT_LIMITED: params<{ retryAfterSeconds: number }>(),
  PASSWORD_TOO_SHORT: params<{ minLength: number }>(),
  PASSWORD_TOO_LONG: params<{ maxLength: number }>(),
  PASSWORD_COMMON: params(),
  PASSWORD_WEAK: params<{ score: number; minScore: number }>(),
  SESSION_NOT_FOUND: params(),
  // Single sign-on (OpenID Connect)
  SSO_REQUIRED: params<{ provider: string }>(),
  SSO_NOT_CONFIGURED: params(),
  SSO_PROVIDER_UNAVAILABLE: params(),
  SSO_STATE_INVALID: params(),
  SSO_CANCELLED: params(),
  SSO_PROVIDER_ERROR: params(),
  SSO_RESPONSE_INVALID: params(),
  SSO_EMAIL_MISSING: params(),
  SSO_EMAIL_UNVERIFIED: params(),
  SSO_DOMAIN_NOT_ALLOWED: params<{ domain: string }>(),
  SSO_NOT_A_MEMBER: params(),
  SSO_ISSUER_INVALID: params(),
  SSO_SECRET_MISSING: params(),
  SSO_DOMAIN_INVALID: params<{ domain: string }>(),
  SSO_BUSY: params(),
  SSO_DOMAINS_MISSING: params(),
  SSO_CLAIM_INVALID: params(),
  // Members, invitations, password reset
  EMAIL_INVALID: params(),
  EMAIL_TAKEN: params(),
  ROLE_UNKNOWN: params<{ role: string }>(),
  TRANSLATOR_NEEDS_LOCALE: params(),
  LOCALES_ONLY_FOR_TRANSLATORS: params(),
  DISPLAY_NAME_MISSING: params(),
  USER_NOT_FOUND: params(),
  MEMBER_NOT_FOUND: params(),
  ALREADY_MEMBER: params(),
  LAST_ADMIN: params(),
  INVITATION_LINK_INVALID: params(),
  INVITATION_NOT_FOUND: params(),
  INVITATION_PASSWORD_LIMITED: params<{ retryAfterSeconds: number }>(),
  INVITATION_ACCOUNT_EXISTS: params(),
  ACCOUNT_CREATED_MEANWHILE: params(),
  RESET_LINK_INVALID: params(),
  UNSUBSCRIBE_LINK_INVALID: params(),
  DELIVERY_MISSING: params<{ kind: string }>(),
  DIGEST_NOT_OFFERED: params<{ kind: string }>(),
  RESET_REQUESTS_LIMITED: params<{ retryAfterSeconds: number }>(),
  // Tenants, locales, regions
  TENANT_NOT_FOUND: params(),
  SLUG_TAKEN: params<{ slug: string; suggestion?: string }>(),
  SLUG_INVALID: params(),
  SLUG_RESERVED: params<{ slug: string }>(),
  SLUG_PUBLISHED: params<{ slug: string }>(),
  LOCALE_IN_USE: params(),
  DOMAIN_TAKEN: params(),
  HOST_NAME_INVALID: params<{ host: string }>(),
  LOCALE_TAG_INVALID: params<{ tag: string }>(),
  LOCALE_NOT_OF_TENANT: params<{ locale: string }>(),
  FALLBACK_TO_SELF: params<{ locale: string }>(),
  REGION_CODE_INVALID: params<{ region: string }>(),
  REGION_NOT_OF_TENANT: params<{ region: string }>(),
  REGION_DOMAIN_UNKNOWN: params<{ domain: string }>(),
  REGION_PARENT_MISSING: params<{ parent: string }>(),
  DOMAIN_DEFAULT_TWICE: params<{ domain: string }>(),
  READABILITY_SCORE_UNKNOWN: params<{ score: string }>(),
  RANGE_INVERTED: params(),
  THEME_INVALID: params(),
  CORS_ORIGIN_INVALID: params<{ origin: string }>(),
  // Generic input
  REQUIRED: params(),
  NOT_TEXT: params(),
  NOT_A_LIST: params(),
  VALUE_NOT_ALLOWED: params(),
  NUMBER_OUT_OF_RANGE: params<{ min: number; max: number }>(),
  LENGTH_OUT_OF_RANGE: params<{ min: number; max: number }>(),
  LISTED_TWICE: params(),
  DATE_INVALID: params(),
  BOOLEAN_INVALID: params(),
  ID_INVALID: params(),
  CURSOR_INVALID: params(),
  PAGE_SIZE_OUT_OF_RANGE: params<{ max: number }>(),
  TOO_LONG: params<{ limit: number }>(),
  TOO_MANY: params<{ limit: number }>(),
  TOO_LARGE: params<{ limit: number }>(),
  TOO_DEEP: params<{ limit: number }>(),
  NESTED_TOO_DEEPLY: params(),
  NUL_CHARACTER: params(),
  LONE_SURROGATE: params(),
  QUERY_TOO_LARGE: params<{ limit: number }>(),
  TOO_MANY_VARIABLE_ERRORS: params(),
  PERSISTED_QUERY_HASH_MISMATCH: params(),
  SUBSCRIPTION: params(),
  FILE_NOT_JSON: params(),
  // Links (the block schema's and the citations' address check)
  URL_EMPTY: params(),
  URL_TOO_LONG: params(),
  URL_HIDDEN_CHARACTERS: params(),
  URL_BACKSLASH: params(),
  URL_PROTOCOL_RELATIVE: params(),
  URL_NOT_ALLOWED: params(),
  URL_MALFORMED: params(),
  URL_CREDENTIALS: params(),
  URL_HOST: params(),
  URL_MIXED_SCRIPT_HOST: params(),
  URL_LOOK_ALIKE_HOST: params(),
  // Documents and workflow
  DOCUMENT_NOT_FOUND: params(),
  DOCUMENT_KIND_UNKNOWN: params<{ kind: string }>(),
  DOCUMENT_ARCHIVED: params(),
  LOCALE_VERSION_NOT_FOUND: params<{ locale: string }>(),
  REVISION_NOT_FOUND: params(),
  REVISION_CHANGED: params(),
  VERSION_NOT_STARTED: params<{ locale: string }>(),
  VERSION_EMPTY: params<{ locale: string }>(),
  CONTENT_INVALID: params(),
  WORKFLOW_STATUS_CONFLICT: params<{ status: string }>(),
  NOT_APPROVED: params<{ status: string }>(),
  NOT_PUBLISHED: params(),
  NOTHING_SCHEDULED: params(),
  TIME_NOT_IN_FUTURE: params(),
  COMMENT_REQUIRED: params(),
  PUBLISH_CHECKS_FAILED: params<{ count: number }>(),
  // The publish gate (content/publish-gate.ts): PUBLISH_GATE carries `missing`, one of the reasons below each with its field.
  PUBLISH_GATE: params<{ count: number }>(),
  AUTHOR_MISSING: params(),
  REVIEWER_MISSING: params(),
  REVIEWER_IS_AUTHOR: params(),
  LAST_REVIEWED_MISSING: params(),
  SUMMARY_MISSING: params(),
  SOURCES_MISSING: params(),
  READABILITY_TARGET_MISSED: params(),
  REVIEW_DATES_ORDER: params(),
  // References
  CITATION_NOT_FOUND: params(),
  CITATION_KIND_UNKNOWN: params<{ kind: string }>(),
  CITATION_FIELD_NOT_FOR_KIND: params(),
  CITATION_IN_USE: params(),
  CITATION_EXISTS: params(),
  PERSON_NAME_MISSING: params(),
  YEAR_IMPLAUSIBLE: params<{ min: number; max: number }>(),
  DATE_IMPLAUSIBLE: params<{ min: number }>(),
  DOI_INVALID: params(),
  PUBMED_ID_INVALID: params(),
  ISBN_INVALID: params(),
  PMC_ID_INVALID: params(),
  TRIAL_ID_INVALID: params(),
  EDITION_INVALID: params(),
  GLOSSARY_TERM_NOT_FOUND: params(),
  GLOSSARY_KEY_INVALID: params(),
  GLOSSARY_KEY_TAKEN: params(),
  GLOSSARY_TERM_EXISTS: params(),
  GLOSSARY_TERM_IN_USE: params(),
  LOCALE_GIVEN_AND_REMOVED: params<{ locale: string }>(),
  LOCALE_ENTRY_MISSING: params<{ locale: string }>(),
  LAST_LOCALE_ENTRY: params(),
  // Registries
  REGISTRY_ENTRY_NOT_FOUND: params(),
  REGISTRY_ENTRY_INVALID: params(),
  REGISTRY_KEY_TAKEN: params(),
  // Media
  IMAGE_NOT_FOUND: params(),
  IMAGE_IN_USE: params(),
  IMAGE_MISSING: params(),
  IMAGE_EMPTY: params(),
  IMAGE_FILE_TOO_LARGE: params<{ limit: number }>(),
  IMAGE_SVG: params(),
  IMAGE_NOT_AN_IMAGE: params(),
  IMAGE_TYPE_UNSUPPORTED: params(),
  IMAGE_DAMAGED: params(),
  IMAGE_DIMENSIONS_TOO_LARGE: params<{ maxSide: number; maxPixels: number }>(),
  UPLOAD_MALFORMED: params(),
  // Localization and import
  CONCEPT_NOT_FOUND: params(),
  APPROVED_TERM_MISSING: params(),
  SOURCE_LOCALE_CHOSEN: params<{ locale: string }>(),
  SOURCE_TEXT_MISSING: params(),
  SOURCE_LOCALES_DIFFER: params(),
  BLOCK_UNKNOWN: params<{ block: string }>(),
  BLOCK_NOT_TRANSLATABLE: params<{ block: string }>(),
  BLOCK_NOT_TRANSLATED: params<{ block: string }>(),
  IMPORT_TITLE_MISSING: params(),
  // Webhooks
  WEBHOOK_URL_INVALID: params(),
  WEBHOOK_URL_NOT_ALLOWED: params(),
  WEBHOOK_EVENT_UNKNOWN: params<{ event: string }>(),
  WEBHOOK_EVENTS_EMPTY: params(),
  WEBHOOK_LIMIT_REACHED: params<{ limit: number }>(),
  WEBHOOK_NOT_FOUND: params(),
  WEBHOOK_DELIVERY_NOT_FOUND: params(),
  WEBHOOK_KEY_MISSING: params(),
  // Reader feedback
  FEEDBACK_COMMENT_TOO_LONG: params<{ limit: number }>(),
  FEEDBACK_LIMITED: params<{ retryAfterSeconds: number }>(),
  FEEDBACK_DOCUMENT_NOT_FOUND: params(),
  FEEDBACK_NOT_FOUND: params(),
} as const;

export type ErrorReasonCatalogue = typeof ERROR_REASONS;
export type ErrorReason = keyof ErrorReasonCatalogue;
export type ErrorReasonParams<R extends ErrorReason> = ErrorReasonCatalogue[R];

/** Reasons that need no parameter, which call sites may give as the bare literal. */
export type PlainReason = { [R in ErrorReason]: keyof ErrorReasonCatalogue[R] extends never ? R : never }[ErrorReason];

/**
 * Why an error happened: a reason and its parameters (a bare literal when it
 * has none). Further structured detail (e.g. every issue of a document) may
 * travel beside them.
 */
export type Why =
  | PlainReason
  | ({ reason: PlainReason } & Record<string, unknown>)
  | { [R in ErrorReason]: { reason: R } & ErrorReasonCatalogue[R] & Record<string, unknown> }[ErrorReason];

export const ALL_ERROR_REASONS = Object.keys(ERROR_REASONS) as ErrorReason[];

/** The reason and parameters as they go into `extensions`. */
export function whyDetails(why: Why): { reason: ErrorReason } & Record<string, unknown> {
  return typeof why === 'string' ? { reason: why } : why;
}

/** Whole seconds to wait (at least one), the parameter of every rate-limit reason. */
export const retryAfterSeconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

const URL_REASONS = {
  empty: 'URL_EMPTY',
  'too-long': 'URL_TOO_LONG',
  'hidden-characters': 'URL_HIDDEN_CHARACTERS',
  backslash: 'URL_BACKSLASH',
  'protocol-relative': 'URL_PROTOCOL_RELATIVE',
  'not-allowed': 'URL_NOT_ALLOWED',
  malformed: 'URL_MALFORMED',
  credentials: 'URL_CREDENTIALS',
  host: 'URL_HOST',
  'mixed-script-host': 'URL_MIXED_SCRIPT_HOST',
  'look-alike-host': 'URL_LOOK_ALIKE_HOST',
} as const satisfies Record<HrefProblem, ErrorReason>;

/** The reason of a refused address (the same names the block schema gives, hrefReasonCode). */
export const urlReason = (problem: HrefProblem): PlainReason => URL_REASONS[problem];

const URL_REASON_LIST: readonly PlainReason[] = Object.values(URL_REASONS);

/** Whether the block schema's reason (only link reasons today) is one this catalogue has. */
export function isSchemaReason(value: string | undefined): value is PlainReason {
  return URL_REASON_LIST.some((r) => r === value);
}
