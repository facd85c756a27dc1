/**
 * Bounds of document content (the JSON blocks), shared by the API and the web
 * app. The API's table of input limits (apps/api/src/kernel/limits.ts)
 * includes these, so every limit is read from one place. The numbers leave
 * long medical articles ample room (the longest demo article uses a tenth of
 * each) while keeping one document, and the pages listing it, a few hundred kB.
 */
export const CONTENT_LIMITS = {
  /** Characters of one text run inside a block. */
  textFieldChars: 20_000,
  /** Characters of a document title. */
  titleChars: 300,
  /** Characters of a document summary. */
  summaryChars: 1_000,
  /** Top-level blocks of a document. */
  blocksPerDocument: 2_000,
  /** Blocks nested inside one callout, FAQ answer, region or easy-read section. */
  nestedBlocks: 500,
  /** Inline runs in one piece of rich text. */
  inlinesPerText: 2_000,
  /** Items of one list (each nested list has its own count). */
  listItems: 500,
  /** Rows of one table. */
  tableRows: 500,
  /** Cells of one table row. */
  tableCols: 50,
  /** Citation ids in one citation point or citations block. */
  citationIdsPerBlock: 200,
  /** Region codes one region block is shown in. */
  regionsPerBlock: 300,
  /** Characters of a link target. */
  hrefChars: 2_000,
  /** Characters of a language tag (BCP 47 recommends supporting 35). */
  localeTagChars: 50,
  /** Characters of an image's alt text. */
  altChars: 1_000,
} as const;
