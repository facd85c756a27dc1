import { createHash } from 'node:crypto';
import { blockFields, childLists, inlineText, isBlockType, setAt, walkBlocks, type Block, type Inline } from '@careleaf/schema';

/**
 * A piece of translatable text inside one block: an inline field (rich text
 * with marks) or a plain one (alt text). `path` names it within the block:
 * "content", "title", "question", "alt", "caption", "items.0.1" (second item
 * of the list under the first item), "cells.2.0" (row 2, cell 0).
 */
export type TextField = { path: string; plain: false; value: Inline[] } | { path: string; plain: true; value: string };

/** Keys holding nested blocks: they belong to the nested blocks, not to this block. */
const NESTED = new Set(['id', 'blocks', 'fallback']);

/** The block's own content: every field but its id and its nested blocks. */
export function ownContent(block: Block): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(block)) if (!NESTED.has(k)) out[k] = v;
  return out;
}

/** JSON with sorted keys, so equal content always gives equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The hash a translation remembers: SHA-256 of the block's own content (type,
 * text, inline marks with their attributes, and its settings such as heading
 * level or image), without its id and without nested blocks. Editing a nested
 * paragraph of a callout changes the paragraph's hash, not the callout's.
 */
export function blockHash(block: Block): string {
  return createHash('sha256')
    .update(stableJson(ownContent(block)))
    .digest('hex')
    .slice(0, 32);
}

/** The translatable texts of a block itself, in reading order (nested blocks excluded); the registry says which. */
export function textFields(block: Block): TextField[] {
  return blockFields(block).map((f) =>
    f.plain ? { path: f.key, plain: true, value: f.value } : { path: f.key, plain: false, value: f.value },
  );
}

export function fieldText(field: TextField): string {
  return field.plain ? field.value : inlineText(field.value);
}

/** Whether a block has text of its own to translate (region and citation blocks have none). */
export function isTranslatable(block: Block): boolean {
  return textFields(block).some((f) => fieldText(f).trim() !== '');
}

/** The text of a block's own fields, one field per line: what translation memory and terminology compare. */
export function ownText(block: Block): string {
  return textFields(block)
    .map(fieldText)
    .filter((t) => t.trim() !== '')
    .join('\n');
}

/**
 * A copy of `block` with the given fields replaced (paths as from textFields).
 * Throws on a path the block does not have; callers check paths first.
 */
export function withTextFields(block: Block, values: ReadonlyMap<string, Inline[] | string>): Block {
  const at = new Map(blockFields(block).map((f) => [f.key, f.at]));
  let b = block;
  for (const [path, value] of values) {
    const where = at.get(path);
    if (!where) throw new Error(`block ${block.id} has no field ${path}`);
    b = setAt(b, where, value);
  }
  return b;
}

/** Every block of a tree by id (nested ones included). */
export function blocksById(blocks: readonly Block[]): Map<string, Block> {
  const map = new Map<string, Block>();
  for (const b of walkBlocks(blocks)) map.set(b.id, b);
  return map;
}

/** Nested block lists of a block, by key, for rebuilding a tree. */
export function nestedLists(block: Block): { key: 'blocks' | 'fallback'; blocks: Block[] }[] {
  return childLists(block).map(({ key, blocks }) => ({ key, blocks }));
}

/** `own` content (from some locale) put into the tree position of `shape`, with `children` as its nested lists. */
export function withOwn(shape: Block, own: Record<string, unknown>, children: Map<'blocks' | 'fallback', Block[]>): Block {
  const out: Record<string, unknown> = { id: shape.id, ...own };
  for (const [key, list] of children) out[key] = list;
  if (!hasBlockShape(out)) throw new Error(`block ${shape.id}: its own content has no block type`);
  return out;
}

/**
 * A block's outline: an id and a known type. Shallow on purpose: `own` comes
 * from a stored (validated) block of the same type, so the fields are that
 * block's; this only lets the compiler see the rebuilt object as a block.
 */
function hasBlockShape(value: Record<string, unknown>): value is Record<string, unknown> & Block {
  return typeof value.id === 'string' && typeof value.type === 'string' && isBlockType(value.type);
}
