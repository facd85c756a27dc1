import type { Inline } from '@careleaf/schema';
import { blockFields, childLists, type Block } from '@careleaf/schema/blocks';

/** A block with where it sits in the content. */
export interface BlockAt {
  block: Block;
  /** e.g. "blocks[2].blocks[0]" */
  path: string;
  /** Set for blocks that are one of several alternatives (region fallback, easy-read): not in the main reading flow. */
  branch: 'main' | 'fallback' | 'easyRead';
}

/** One run of rich text inside a block, e.g. a paragraph's content or one list item. */
export interface InlineField {
  blockId: string;
  path: string;
  nodes: Inline[];
  /** What the text is: prose is judged for readability and language. */
  role: 'heading' | 'prose' | 'listItem' | 'caption' | 'cell' | 'title';
}

/** Every block in document order with its path, depth first. */
export function* blocksAt(blocks: readonly Block[], base = 'blocks', branch: BlockAt['branch'] = 'main'): Generator<BlockAt> {
  for (const [i, block] of blocks.entries()) {
    const path = `${base}[${i}]`;
    yield { block, path, branch };
    for (const list of childLists(block)) yield* blocksAt(list.blocks, `${path}.${list.key}`, list.branch ?? branch);
  }
}

/** "rows[2].cells[0].content" for the registry's ["rows", 2, "cells", 0, "content"]. */
const dotted = (at: readonly (string | number)[]): string => at.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');

/** The rich-text fields of one block (not of its nested blocks). */
export function inlineFields({ block, path }: BlockAt): InlineField[] {
  return blockFields(block).flatMap((f) =>
    f.plain || f.role === 'alt' ? [] : [{ blockId: block.id, path: `${path}${dotted(f.at)}`, nodes: f.value, role: f.role }],
  );
}

export interface InlineAt {
  node: Inline;
  path: string;
  /** Marks around the node, innermost last. */
  ancestors: Inline[];
}

/** Every inline node of `nodes` in reading order, with its path. */
export function* inlinesAt(nodes: readonly Inline[], base: string, ancestors: Inline[] = []): Generator<InlineAt> {
  for (const [i, node] of nodes.entries()) {
    const path = `${base}[${i}]`;
    yield { node, path, ancestors };
    if (node.type !== 'text' && node.type !== 'cite') yield* inlinesAt(node.children, `${path}.children`, [...ancestors, node]);
  }
}

/** The language part of a BCP 47 tag ("de-AT" → "de"). */
export function languageOf(tag: string): string {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag.split('-')[0]!.toLowerCase();
  }
}

/** Plain text of inline nodes; text inside `lang` spans is replaced by a space when `skipLang` is set. */
export function plainText(nodes: readonly Inline[], skipLang = false): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.text;
    else if (n.type === 'cite') continue;
    else if (n.type === 'lang' && skipLang) out += ' ';
    else out += plainText(n.children, skipLang);
  }
  return out;
}
