import type { Block, BlockOf, BlockType, DocumentContent, Inline } from '@careleaf/schema/content';
import { editCallout, editEmbed } from './blocks/callout';
import { editList } from './blocks/list';
import { editCitations, editFigure } from './blocks/media';
import { editRegion } from './blocks/region';
import { editTable, type TableOp } from './blocks/table';
import { editFaq, editText } from './blocks/text';
import { fieldError, fieldsOf, type Fields } from './fields';
import { NEW_KINDS, newBlock, type NewBlockEnv, type NewKind } from './new-block';
import { findBlock, insertAfter, insertAt, mapBlocks, moveBlock, placeOf, removeBlock } from './tree';

/**
 * The editor's form ⇄ document content. Every kind of block has its fields
 * (lib/editor/blocks/*); a field whose text did not change keeps the stored
 * inline marks exactly. Nested blocks (callouts, regions …) are edited like
 * top-level ones.
 */

export type TextBlock = Extract<Block, { type: 'paragraph' | 'heading' }>;

export function isTextBlock(block: Block): block is TextBlock {
  return block.type === 'paragraph' || block.type === 'heading';
}

/** The visible text of inline nodes. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => ('text' in n ? n.text : 'children' in n ? inlineText(n.children) : '')).join('');
}

export function hasMarks(nodes: readonly Inline[]): boolean {
  return nodes.some((n) => n.type !== 'text');
}

/** `nodes` when their text is still `text` (marks kept), else `text` as plain text (the translation workspace). */
export function keepMarks(nodes: Inline[], text: string): Inline[] {
  return text === inlineText(nodes) ? nodes : [{ type: 'text', text }];
}

const ID = '[A-Za-z0-9_-]{2,64}';

export type EditOp = { kind: 'save' | 'add' | 'cite' | 'undo' } | { kind: 'up' | 'down' | 'delete'; blockId: string } | TableOp;

/** The op of the pressed submit button: "save", "add", "cite", "undo", "up:<id>", "delRow:<id>:<n>" … */
export function parseOp(value: string): EditOp | null {
  if (value === 'save' || value === 'add' || value === 'cite' || value === 'undo') return { kind: value };
  const m = new RegExp(`^(up|down|delete|addRow|addCol):(${ID})$`).exec(value);
  if (m) return { kind: m[1] as 'up', blockId: m[2]! };
  const t = new RegExp(`^(delRow|delCol):(${ID}):(\\d{1,3})$`).exec(value);
  return t ? { kind: t[1] as 'delRow', blockId: t[2]!, index: Number(t[3]) } : null;
}

type BlockEditor<K extends BlockType> = (block: BlockOf<K>, fields: Fields, env: NewBlockEnv, op: EditOp) => Block;

/** How the form's fields change each kind of block (nested blocks are edited as blocks of their own). */
export const BLOCK_EDITORS: { [K in BlockType]: BlockEditor<K> } = {
  heading: (b, fields, env) => editText(b, fields, env),
  paragraph: (b, fields, env) => editText(b, fields, env),
  emergency: (b, fields, env) => editText(b, fields, env),
  faq: (b, fields, env) => editFaq(b, fields, env),
  list: (b, fields, env) => editList(b, fields, env),
  callout: (b, fields, env) => editCallout(b, fields, env),
  registryEmbed: (b, fields, env) => editEmbed(b, fields, env),
  table: (b, fields, env, op) => {
    const tableOp = 'index' in op || op.kind === 'addRow' || op.kind === 'addCol' ? (op as TableOp) : null;
    return editTable(b, fields, env, tableOp?.blockId === b.id ? tableOp : null);
  },
  figure: (b, fields, env) => editFigure(b, fields, env),
  citations: (b, fields) => editCitations(b, fields),
  region: (b, fields) => editRegion(b, fields),
  easyRead: (b) => b,
};

function editBlock<K extends BlockType>(block: BlockOf<K>, fields: Fields, env: NewBlockEnv, op: EditOp): Block {
  return (BLOCK_EDITORS[block.type as K] as BlockEditor<K>)(block, fields, env, op);
}

/** A cite mark at the end of a paragraph or heading (the citation picker). */
function cite(blocks: Block[], fields: Fields): Block[] {
  const citation = fields.get('cite-id') ?? '';
  if (!/^[0-9a-f-]{36}$/i.test(citation)) throw fieldError('cite-id', 'citationsMissing');
  const target = fields.get('cite-target') ?? '';
  const block = findBlock(blocks, target);
  if (!block || !isTextBlock(block)) throw fieldError('cite-target', 'badChoice');
  return mapBlocks(blocks, (b) =>
    b.id === target && isTextBlock(b) ? { ...b, content: [...b.content, { type: 'cite', citationIds: [citation.toLowerCase()] }] } : b,
  );
}

/**
 * Title and summary, every block's fields, then the pressed button's change.
 * Throws EditError for a field the editor has to fix; nothing is saved then.
 */
export function applyEdit(stored: DocumentContent, fields: Fields, op: EditOp, env: NewBlockEnv): DocumentContent {
  const title = fields.get('title') ?? stored.title;
  if (!title) throw fieldError('title', 'titleMissing');
  let blocks = mapBlocks(stored.blocks, (b) => editBlock(b, fields, env, op));
  switch (op.kind) {
    case 'add': {
      const kind = fields.get('new-kind') ?? 'paragraph';
      if (!(NEW_KINDS as readonly string[]).includes(kind)) throw fieldError('new-kind', 'badChoice');
      const after = fields.get('new-position') ?? '';
      blocks = insertAfter(blocks, after && after !== 'end' ? after : null, newBlock(kind as NewKind, fields, env, blocks));
      break;
    }
    case 'up':
    case 'down':
      blocks = moveBlock(blocks, op.blockId, op.kind);
      break;
    case 'delete':
      blocks = removeBlock(blocks, op.blockId);
      break;
    case 'cite':
      blocks = cite(blocks, fields);
      break;
    default:
      break;
  }
  return { ...stored, title, summary: fields.get('summary') ?? stored.summary, blocks };
}

/**
 * The document form as content: what the save route stores and what the
 * checks panel checks while the editor types (in the browser, with the same
 * code). `op` is the pressed button; the live checks use "save".
 */
export function contentFromForm(stored: DocumentContent, form: FormData, op: EditOp, env: NewBlockEnv): DocumentContent {
  return applyEdit(stored, fieldsOf(form), op, env);
}

/** Block `blockId` of an older revision put back where it was (undo of a delete); the rest stays as it is now. */
export function restoreBlock(current: DocumentContent, older: DocumentContent, blockId: string): DocumentContent {
  const block = findBlock(older.blocks, blockId);
  const place = placeOf(older.blocks, blockId);
  if (!block || !place) throw fieldError('editor-message', 'undoGone');
  if (findBlock(current.blocks, blockId)) throw fieldError('editor-message', 'undoPresent');
  return { ...current, blocks: insertAt(current.blocks, place, block) };
}
