import { z } from '../zod';
import { CONTENT_LIMITS as L } from '../limits';
import { richText, type Inline } from '../inline';
import type { Block, Nested, OptionalNested } from './registry';

/** Stable across edits and translations: translations align to the source by block id. */
export const blockId = z.string().regex(/^[A-Za-z0-9_-]{2,64}$/, 'must be 2–64 letters, digits, "-" or "_"');

/** Where a key sits inside a block, e.g. ["rows", 2, "cells", 0, "content"]. */
export type FieldPath = readonly (string | number)[];

/** What a piece of text is: content checks judge prose for readability and headings for order. */
export type FieldRole = 'heading' | 'prose' | 'listItem' | 'caption' | 'cell' | 'title' | 'alt';

/**
 * One piece of text a block owns (not its nested blocks): a translation unit,
 * a field content checks read, text search indexes. `key` is its name in
 * XLIFF and translation tracking ("content", "items.0.1", "cells.2.0", "alt").
 */
export type BlockField = { key: string; at: FieldPath; role: FieldRole } & (
  { plain: false; value: Inline[] } | { plain: true; value: string }
);

/** An id a block points at outside its inline text (a figure's image, a citations block's sources). */
export interface BlockRef {
  at: FieldPath;
  kind: 'citation' | 'media';
  id: string;
}

/** A key of a block holding nested blocks; `branch` marks alternatives outside the main reading flow. */
export interface ChildList {
  key: 'blocks' | 'fallback';
  branch?: 'fallback' | 'easyRead';
}

/** Everything the walkers need to know about one block kind. */
export interface BlockKind<B> {
  /** Start of the ids the importer gives blocks of this kind ("p-…" for paragraphs). */
  idPrefix: string;
  /** Nested block lists, in reading order. */
  children: readonly ChildList[];
  /** The block's own text fields in reading order. */
  fields(block: B): BlockField[];
  /** Plain text for search and revision diffs; by default the non-empty fields, one a line. */
  searchText?(block: B): string;
  /** Ids outside inline text that the publisher resolves and the importer swaps. */
  refs?(block: B): BlockRef[];
}

/** A rich-text field when present (optional titles and captions are left out). */
export function inlineField(key: string, role: FieldRole, value: Inline[] | undefined): BlockField[] {
  return value ? [{ key, at: key.split('.'), role, plain: false, value }] : [];
}

export type { Nested, OptionalNested } from './registry';

/** Nested blocks a container may leave out (a region's fallback). */
export const optionalNested = (): OptionalNested =>
  z
    .array(z.lazy((): z.ZodType<Block> => blockSchemaRef.current))
    .max(L.nestedBlocks, `at most ${L.nestedBlocks} blocks can be nested here`)
    .optional();

/** A list of blocks nested in a container (callout body, FAQ answer, region …). */
export const nested = (): Nested =>
  z
    .array(z.lazy((): z.ZodType<Block> => blockSchemaRef.current))
    .max(L.nestedBlocks, `at most ${L.nestedBlocks} blocks can be nested here`);

/** Filled in by registry.ts: the kind files come first, the union of all kinds after them. */
export const blockSchemaRef: { current: z.ZodType<Block> } = { current: z.never() };

export { richText };
