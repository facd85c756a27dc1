import { CONTENT_LIMITS } from '@careleaf/schema';
import { ArrayMaxSize, MaxLength, ValidateBy, ValidateNested, type ValidationOptions } from 'class-validator';

/**
 * Every bound on what a client may send, in one table. Input classes name an
 * entry (`@MaxChars('titleChars')`), the block schema reads CONTENT_LIMITS, and
 * the request guard (graphql/input-guard.ts) reads the rest, so changing a
 * number here changes it everywhere and docs/security.md can list them all.
 * The numbers are far above what the demo content and the editor need.
 */
export const LIMITS = {
  ...CONTENT_LIMITS,
  /** Topics of one document. */
  topicsPerDocument: 50,
  /** Characters of one topic key. */
  topicChars: 100,
  /** Characters of a URL path segment (document slug, glossary key). */
  slugChars: 200,
  /** Characters of an id (UUID or block id) sent by a client. */
  idChars: 100,
  /** Characters of a name, term, label or other one-line text. */
  nameChars: 300,
  /** Characters of a short free text (citation volume, ISO date, e-mail, URL). */
  shortTextChars: 2_000,
  /** Characters of a citation's title (guideline titles run long). */
  citationTitleChars: 5_000,
  /** Characters of a longer free text (notes, descriptions, messages, comments). */
  longTextChars: 10_000,
  /** Characters of a reader's comment on a page ("Was this page helpful?"), after trimming. */
  feedbackCommentChars: 1_000,
  /** Documents and languages listed in the editors' feedback summary. */
  feedbackSummaryRows: 50,
  /** Characters of an imported Markdown or HTML article. */
  importSourceChars: 2_000_000,
  /**
   * Characters of an XLIFF file sent as text: the importer's own 50 MB check
   * answers larger files with a per-file report, so this bound only stops
   * what no BODY_LIMIT would let through anyway.
   */
  xliffChars: 50 * 1024 * 1024,
  /** Characters of JSON content (a document, a translated block) once serialised. */
  contentJsonChars: 1_000_000,
  /** Items of a list of ids or keys in one request (documents, blocks, locales). */
  idsPerRequest: 2_000,
  /** Items of a short list in settings or metadata (authors, forms, tags, terms). */
  listItems: CONTENT_LIMITS.listItems,
  /** Locales a tenant offers. */
  localesPerTenant: 100,
  /** Regions a tenant serves. */
  regionsPerTenant: 300,
  /** Domains a tenant answers on. */
  domainsPerTenant: 50,
  /** Web origins allowed to read a tenant's public API from a browser (CORS). */
  corsOriginsPerTenant: 20,
  /**
   * Characters of a string given directly as a field argument (slug, locale,
   * search words, cursor: the cursor of a 300-character title in a non-Latin
   * script runs to about 1,700).
   */
  argChars: 4_000,
  /** Items of a list given directly as a field argument. */
  argListItems: 2_000,
  /** Nesting of objects and arrays in any argument or variable (a document uses about 20; deeply nested lists in callouts about 50). */
  jsonDepth: 100,
  /** Nesting of block quotes and lists in an imported article. */
  importNesting: 32,
  /** Emphasis marks and link brackets left open in one paragraph of an imported article. */
  importInlineNesting: 64,
} as const;

export type LimitName = keyof typeof LIMITS;

/** What a client reads in `extensions` when a limit refuses its input. */
export interface LimitContext {
  reason: 'TOO_LONG' | 'TOO_MANY' | 'TOO_LARGE';
  limit: number;
}

function options(name: LimitName, reason: LimitContext['reason'], unit: string, each?: boolean): ValidationOptions {
  const limit = LIMITS[name];
  const context: LimitContext = { reason, limit };
  return {
    each,
    context,
    message: ({ property }) => `${property} has more than ${limit.toLocaleString('en')} ${unit}.`,
  };
}

/** A string field (or, with each, every string of a list) holds at most LIMITS[name] characters. */
export const MaxChars = (name: LimitName, opts: { each?: boolean } = {}): PropertyDecorator =>
  MaxLength(LIMITS[name], options(name, 'TOO_LONG', 'characters', opts.each));

/** A list field holds at most LIMITS[name] items. */
export const MaxItems = (name: LimitName): PropertyDecorator => ArrayMaxSize(LIMITS[name], options(name, 'TOO_MANY', 'items'));

/** A JSON field serialises to at most LIMITS[name] characters (its shape is checked by the block schema). */
export const MaxJsonChars = (name: LimitName, opts: { each?: boolean } = {}): PropertyDecorator =>
  ValidateBy(
    {
      name: 'maxJsonChars',
      constraints: [LIMITS[name]],
      validator: { validate: (value: unknown) => value === undefined || (JSON.stringify(value)?.length ?? 0) <= LIMITS[name] },
    },
    options(name, 'TOO_LARGE', 'characters of JSON', opts.each),
  );

/** Validates the limits of a nested input object (or of each in a list): class-validator does not descend on its own. */
export const Nested = (): PropertyDecorator => ValidateNested();
