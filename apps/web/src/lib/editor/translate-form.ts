import { BLOCK_KINDS, blockFields, blockSchema, isBlockType } from '@careleaf/schema/blocks';
import type { Block, Inline, ListItem } from '@careleaf/schema/content';
import { inlineText, keepMarks } from './content';

/**
 * The translation form ⇄ translated blocks. Every text of a block is one
 * field, named by its path in the block as the API's XLIFF units name them:
 * "content", "title", "question", "alt", "caption", "items.0.1" (second item
 * of the list under the first item), "cells.2.0" (row 3, cell 1). A text that
 * did not change keeps its inline marks; a new text is plain.
 */

/** A block's own content as the translation view gives it (no id, no nested blocks). */
export type OwnContent = Record<string, unknown> & { type?: string };

export interface TextField {
  path: string;
  /** Plain text (alt text) rather than inline nodes. */
  plain: boolean;
  text: string;
  value: Inline[] | string;
}

/**
 * A block's own content as a block of its kind, for the registry's field
 * list: the translation view gives it without id and nested blocks, so those
 * are filled with placeholders. Null when it is no block of a known kind
 * (the view's JSON is read defensively; such a block has no fields to show).
 */
function asBlock(own: OwnContent): Block | null {
  const type = typeof own.type === 'string' ? own.type : '';
  if (!isBlockType(type)) return null;
  const nested = Object.fromEntries(BLOCK_KINDS[type].children.map((c) => [c.key, []]));
  const parsed = blockSchema.safeParse({ ...nested, ...own, id: 'translation-view' });
  return parsed.success ? parsed.data : null;
}

/** The texts of a block itself, in reading order: the registry's fields, the same the API translates. */
export function textFields(own: OwnContent | null | undefined): TextField[] {
  const block = own ? asBlock(own) : null;
  if (!block) return [];
  return blockFields(block).map((f) =>
    f.plain
      ? { path: f.key, plain: true, text: f.value, value: f.value }
      : { path: f.key, plain: false, text: inlineText(f.value), value: f.value },
  );
}

function setListItem(items: ListItem[], indexes: number[], value: Inline[]): ListItem[] {
  const [i, ...rest] = indexes;
  return items.map((item, j) => {
    if (j !== i) return item;
    if (rest.length === 0) return { ...item, content: value };
    return item.list ? { ...item, list: { ...item.list, items: setListItem(item.list.items, rest, value) } } : item;
  });
}

/** A copy of `own` with the field at `path` replaced. */
export function withField(own: OwnContent, path: string, value: Inline[] | string): OwnContent {
  const [head, ...rest] = path.split('.');
  if (head === 'items' && Array.isArray(own.items))
    return { ...own, items: setListItem(own.items as ListItem[], rest.map(Number), value as Inline[]) };
  if (head === 'cells' && Array.isArray(own.rows)) {
    const [r, c] = rest.map(Number);
    const rows = own.rows as { cells: { content: Inline[] }[] }[];
    return {
      ...own,
      rows: rows.map((row, i) =>
        i !== r ? row : { ...row, cells: row.cells.map((cell, j) => (j !== c ? cell : { ...cell, content: value })) },
      ),
    };
  }
  return { ...own, [path]: value };
}

/** Name and id of the control for one text of a block: "tr-<path>-<blockId>" (paths have no hyphen, ids may). */
export function fieldName(blockId: string, path: string): string {
  return `tr-${path}-${blockId}`;
}

const FIELD = /^tr-([a-z]+(?:\.\d{1,4})*)-([A-Za-z0-9_-]{2,64})$/;

export type TranslateOp = { kind: 'save' } | { kind: 'confirm'; blockId: string } | { kind: 'use'; blockId: string; index: number };

/** The op of the pressed button: "save", "confirm:<block id>", "use:<block id>:<suggestion index>". */
export function parseTranslateOp(value: string): TranslateOp | null {
  if (value === 'save') return { kind: 'save' };
  const confirm = /^confirm:([A-Za-z0-9_-]{2,64})$/.exec(value);
  if (confirm) return { kind: 'confirm', blockId: confirm[1]! };
  const use = /^use:([A-Za-z0-9_-]{2,64}):(\d{1,2})$/.exec(value);
  return use ? { kind: 'use', blockId: use[1]!, index: Number(use[2]) } : null;
}

export interface TranslationFormValues {
  /** undefined when the form had no such field. */
  title?: string;
  summary?: string;
  /** Block id → path → submitted text. */
  blocks: Map<string, Map<string, string>>;
}

const clean = (v: string) => v.replace(/\r\n/g, '\n').trim();

export function readTranslationForm(form: FormData): TranslationFormValues {
  const blocks = new Map<string, Map<string, string>>();
  let title: string | undefined;
  let summary: string | undefined;
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue;
    if (name === 'target-title') title = clean(value);
    else if (name === 'target-summary') summary = clean(value);
    const m = FIELD.exec(name);
    if (!m) continue;
    const fields = blocks.get(m[2]!) ?? new Map<string, string>();
    fields.set(m[1]!, clean(value));
    blocks.set(m[2]!, fields);
  }
  return { title, summary, blocks };
}

/** What the translation view says about one block (the parts the form needs). */
export interface ViewBlock {
  blockId: string;
  status: string;
  translatable: boolean;
  source: unknown;
  target: unknown;
  suggestions: { targetBlock: unknown }[];
}

export interface TranslationPatch {
  /** Blocks to send to saveTranslatedBlocks: id plus the block's own content. */
  blocks: ({ id: string } & OwnContent)[];
  /** A text that must not stay empty: its block and field. */
  empty?: { blockId: string; path: string };
  /** The op named a suggestion that is not there (any more). */
  noSuggestion?: boolean;
}

/** The texts the translator sees in the form for a block: its translation's, or empty while it has none. */
export function currentTexts(block: ViewBlock): Map<string, string> {
  const source = textFields(block.source as OwnContent);
  const target = block.status === 'MISSING' ? [] : textFields(block.target as OwnContent);
  const byPath = new Map(target.map((f) => [f.path, f.text]));
  return new Map(source.map((f) => [f.path, byPath.get(f.path) ?? '']));
}

/**
 * The blocks whose texts the form changed, each as its complete own content:
 * the translation's (or, for a block not translated yet, a copy of the
 * source's) with the new texts in. A text equal to the translation's keeps
 * its marks, one equal to the source's takes the source's marks, anything else
 * is plain text. A block the form did not change is not sent, so its status
 * stays. With op "use", that block becomes the chosen suggestion instead.
 */
export function translationPatch(view: readonly ViewBlock[], values: TranslationFormValues, op: TranslateOp): TranslationPatch {
  const out: TranslationPatch = { blocks: [] };
  for (const block of view) {
    if (!block.translatable) continue;
    const source = block.source as OwnContent;
    if (op.kind === 'use' && op.blockId === block.blockId) {
      const suggestion = block.suggestions[op.index]?.targetBlock as OwnContent | undefined;
      if (!suggestion || suggestion.type !== source.type) {
        out.noSuggestion = true;
        continue;
      }
      out.blocks.push({ ...suggestion, id: block.blockId });
      continue;
    }
    const submitted = values.blocks.get(block.blockId);
    if (!submitted) continue;
    const current = currentTexts(block);
    if (![...submitted].some(([path, text]) => current.has(path) && current.get(path) !== text)) continue;
    const sourceFields = textFields(source);
    const targetFields = block.status === 'MISSING' ? [] : textFields(block.target as OwnContent);
    const complete = targetFields.length > 0 && sourceFields.every((f) => targetFields.some((t) => t.path === f.path));
    const baseFields = complete ? targetFields : sourceFields;
    let own: OwnContent = complete ? { ...(block.target as OwnContent) } : { ...source };
    for (const field of sourceFields) {
      const text = submitted.get(field.path) ?? current.get(field.path) ?? '';
      if (!text) {
        if (field.text.trim() && !out.empty) out.empty = { blockId: block.blockId, path: field.path };
        continue;
      }
      const base = baseFields.find((f) => f.path === field.path)!;
      const value = field.plain ? text : text === base.text ? (base.value as Inline[]) : keepMarks(field.value as Inline[], text);
      own = withField(own, field.path, value);
    }
    out.blocks.push({ ...own, id: block.blockId });
  }
  return out;
}
