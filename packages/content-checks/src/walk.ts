import type { Block, Inline, ListItem } from '@careleaf/schema';

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
    switch (block.type) {
      case 'callout':
      case 'faq':
        yield* blocksAt(block.blocks, `${path}.blocks`, branch);
        break;
      case 'easyRead':
        yield* blocksAt(block.blocks, `${path}.blocks`, 'easyRead');
        break;
      case 'region':
        yield* blocksAt(block.blocks, `${path}.blocks`, branch);
        if (block.fallback) yield* blocksAt(block.fallback, `${path}.fallback`, 'fallback');
        break;
      default:
        break;
    }
  }
}

function listFields(blockId: string, items: ListItem[], path: string): InlineField[] {
  return items.flatMap((item, i) => [
    { blockId, path: `${path}[${i}].content`, nodes: item.content, role: 'listItem' as const },
    ...(item.list ? listFields(blockId, item.list.items, `${path}[${i}].list.items`) : []),
  ]);
}

/** The rich-text fields of one block (not of its nested blocks). */
export function inlineFields({ block, path }: BlockAt): InlineField[] {
  const id = block.id;
  switch (block.type) {
    case 'heading':
      return [{ blockId: id, path: `${path}.content`, nodes: block.content, role: 'heading' }];
    case 'paragraph':
      return [{ blockId: id, path: `${path}.content`, nodes: block.content, role: 'prose' }];
    case 'list':
      return listFields(id, block.items, `${path}.items`);
    case 'callout':
    case 'registryEmbed':
      return block.title ? [{ blockId: id, path: `${path}.title`, nodes: block.title, role: 'title' }] : [];
    case 'faq':
      return [{ blockId: id, path: `${path}.question`, nodes: block.question, role: 'title' }];
    case 'figure':
      return block.caption ? [{ blockId: id, path: `${path}.caption`, nodes: block.caption, role: 'caption' }] : [];
    case 'table':
      return [
        { blockId: id, path: `${path}.caption`, nodes: block.caption, role: 'caption' },
        ...block.rows.flatMap((row, r) =>
          row.cells.map((cell, c) => ({
            blockId: id,
            path: `${path}.rows[${r}].cells[${c}].content`,
            nodes: cell.content,
            role: 'cell' as const,
          })),
        ),
      ];
    default:
      return [];
  }
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
