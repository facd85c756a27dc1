import { createHash } from 'node:crypto';
import { inlineText, walkBlocks, type Block, type Inline, type ListItem } from '@careleaf/schema';

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

function listFields(items: readonly ListItem[], prefix: string, out: TextField[]): void {
  items.forEach((item, i) => {
    const path = `${prefix}.${i}`;
    out.push({ path, plain: false, value: item.content });
    if (item.list) listFields(item.list.items, path, out);
  });
}

/** The translatable texts of a block itself, in reading order (nested blocks excluded). */
export function textFields(block: Block): TextField[] {
  const out: TextField[] = [];
  const inline = (path: string, value: Inline[] | undefined) => {
    if (value) out.push({ path, plain: false, value });
  };
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      inline('content', block.content);
      break;
    case 'list':
      listFields(block.items, 'items', out);
      break;
    case 'callout':
    case 'registryEmbed':
      inline('title', block.title);
      break;
    case 'faq':
      inline('question', block.question);
      break;
    case 'figure':
      if (block.alt.trim()) out.push({ path: 'alt', plain: true, value: block.alt });
      inline('caption', block.caption);
      break;
    case 'table':
      inline('caption', block.caption);
      block.rows.forEach((row, r) => row.cells.forEach((cell, c) => inline(`cells.${r}.${c}`, cell.content)));
      break;
    default:
      break;
  }
  return out;
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

function setListItem(items: ListItem[], indexes: number[], value: Inline[]): ListItem[] {
  const [i, ...rest] = indexes;
  return items.map((item, j) => {
    if (j !== i) return item;
    if (rest.length === 0) return { ...item, content: value };
    if (!item.list) throw new Error('no such list item');
    return { ...item, list: { ...item.list, items: setListItem(item.list.items, rest, value) } };
  });
}

const SINGLE_FIELDS = new Set(['content', 'title', 'question', 'alt', 'caption']);

/**
 * A copy of `block` with the given fields replaced (paths as from textFields).
 * Throws on a path the block does not have; callers check paths first.
 */
export function withTextFields(block: Block, values: ReadonlyMap<string, Inline[] | string>): Block {
  const known = new Set(textFields(block).map((f) => f.path));
  let b = structuredClone(block) as Block & Record<string, unknown>;
  for (const [path, value] of values) {
    if (!known.has(path)) throw new Error(`block ${block.id} has no field ${path}`);
    const [head, ...rest] = path.split('.');
    if (head === 'items' && b.type === 'list') {
      b = { ...b, items: setListItem(b.items, rest.map(Number), value as Inline[]) };
    } else if (head === 'cells' && b.type === 'table') {
      const [r, c] = rest.map(Number) as [number, number];
      b = {
        ...b,
        rows: b.rows.map((row, i) =>
          i !== r ? row : { ...row, cells: row.cells.map((cell, j) => (j !== c ? cell : { ...cell, content: value as Inline[] })) },
        ),
      };
    } else if (head && rest.length === 0 && SINGLE_FIELDS.has(head)) {
      b = { ...b, [head]: value };
    } else {
      throw new Error(`block ${block.id} has no field ${path}`);
    }
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
  const out: { key: 'blocks' | 'fallback'; blocks: Block[] }[] = [];
  if ('blocks' in block && Array.isArray(block.blocks)) out.push({ key: 'blocks', blocks: block.blocks });
  if (block.type === 'region' && block.fallback) out.push({ key: 'fallback', blocks: block.fallback });
  return out;
}

/** `own` content (from some locale) put into the tree position of `shape`, with `children` as its nested lists. */
export function withOwn(shape: Block, own: Record<string, unknown>, children: Map<'blocks' | 'fallback', Block[]>): Block {
  const out: Record<string, unknown> = { id: shape.id, ...own };
  for (const [key, list] of children) out[key] = list;
  return out as unknown as Block;
}
