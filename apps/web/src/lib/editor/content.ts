import type { Block, DocumentContent, Inline } from '@careleaf/schema/content';

/**
 * The editor's form ⇄ document content. Paragraph and heading blocks are
 * edited as plain text; other blocks (lists, tables, figures …) pass through
 * unchanged until the editor can edit them. A text that did not change keeps
 * its inline marks (links, emphasis, terms).
 */

export type TextBlock = Extract<Block, { type: 'paragraph' | 'heading' }>;

export function isTextBlock(block: Block): block is TextBlock {
  return block.type === 'paragraph' || block.type === 'heading';
}

/** The visible text of inline nodes (what the form shows). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => ('text' in n ? n.text : 'children' in n ? inlineText(n.children) : '')).join('');
}

export function hasMarks(nodes: readonly Inline[]): boolean {
  return nodes.some((n) => n.type !== 'text');
}

/** `nodes` when their text is still `text` (marks kept), else `text` as plain text. */
export function keepMarks(nodes: Inline[], text: string): Inline[] {
  return text === inlineText(nodes) ? nodes : [{ type: 'text', text }];
}

export type EditOp = { kind: 'save' } | { kind: 'add' } | { kind: 'up' | 'down' | 'delete'; blockId: string };

/** The op of the pressed submit button: "save", "add", "up:<id>", "down:<id>", "delete:<id>". */
export function parseOp(value: string): EditOp | null {
  if (value === 'save' || value === 'add') return { kind: value };
  const m = /^(up|down|delete):([A-Za-z0-9_-]{2,64})$/.exec(value);
  return m ? { kind: m[1] as 'up' | 'down' | 'delete', blockId: m[2]! } : null;
}

export interface FormValues {
  title: string;
  summary: string;
  /** Text of the paragraph to add (op "add"). */
  newText: string;
  /** Block id → edited text and (for headings) level. */
  blocks: Map<string, { text?: string; level?: number }>;
}

/** Reads the document form: title, summary and `text-<blockId>` / `level-<blockId>` fields. */
export function readForm(form: FormData): FormValues {
  const blocks = new Map<string, { text?: string; level?: number }>();
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue;
    const m = /^(text|level)-([A-Za-z0-9_-]{2,64})$/.exec(name);
    if (!m) continue;
    const entry = blocks.get(m[2]!) ?? {};
    if (m[1] === 'text') entry.text = value.replace(/\r\n/g, '\n').trim();
    else entry.level = Number(value);
    blocks.set(m[2]!, entry);
  }
  const text = (n: string) => {
    const v = form.get(n);
    return typeof v === 'string' ? v.trim() : '';
  };
  return { title: text('title'), summary: text('summary'), newText: text('new-text').replace(/\r\n/g, '\n'), blocks };
}

function edited(block: Block, values: FormValues): Block {
  const entry = values.blocks.get(block.id);
  if (!entry || !isTextBlock(block)) return block;
  const content = keepMarks(block.content, entry.text ?? inlineText(block.content));
  if (block.type === 'heading') {
    const level = entry.level === 2 || entry.level === 3 || entry.level === 4 ? entry.level : block.level;
    return { ...block, level, content };
  }
  return { ...block, content };
}

/** A block id not used yet in `blocks`. */
export function newBlockId(blocks: readonly Block[], random: () => string): string {
  const used = new Set(blocks.map((b) => b.id));
  for (;;) {
    const id = `p-${random()}`;
    if (!used.has(id)) return id;
  }
}

/** The stored content with the form's edits and the pressed button's change applied. */
export function applyEdit(stored: DocumentContent, values: FormValues, op: EditOp, random: () => string): DocumentContent {
  const blocks = stored.blocks.map((b) => edited(b, values));
  if (op.kind === 'add') {
    blocks.push({ id: newBlockId(blocks, random), type: 'paragraph', content: [{ type: 'text', text: values.newText }] });
  } else if (op.kind !== 'save') {
    const i = blocks.findIndex((b) => b.id === op.blockId);
    if (i >= 0 && op.kind === 'delete') blocks.splice(i, 1);
    const j = op.kind === 'up' ? i - 1 : i + 1;
    if (i >= 0 && op.kind !== 'delete' && j >= 0 && j < blocks.length) [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
  }
  return { ...stored, title: values.title, summary: values.summary, blocks };
}
