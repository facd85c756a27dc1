import type { Block, DocumentContent, Inline } from '@careleaf/schema/content';
import type { EditOp } from './edit-op';
import { fieldError, fieldsOf, type Fields } from './fields';
import { editBlock, isNewKind, newBlock, type NewBlockEnv } from './kinds';
import { findBlock, insertAfter, insertAt, mapBlocks, moveBlock, placeOf, removeBlock } from './tree';

/**
 * The editor's form ⇄ document content. Every kind of block has its fields
 * (its entry in lib/editor/kinds.ts); a field whose text did not change keeps the stored
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

export { parseOp, type EditOp } from './edit-op';

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
      if (!isNewKind(kind)) throw fieldError('new-kind', 'badChoice');
      const after = fields.get('new-position') ?? '';
      blocks = insertAfter(blocks, after && after !== 'end' ? after : null, newBlock(kind, fields, env, blocks));
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
