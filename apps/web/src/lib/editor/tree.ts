import { childLists } from '@careleaf/schema/blocks';
import type { Block } from '@careleaf/schema/content';

/**
 * Blocks as a tree: callouts, FAQ answers, easy-read sections and region
 * blocks hold blocks of their own (a region also its fallback). Block ids
 * are unique in the whole document, so every operation finds a block by id
 * wherever it sits, and moves stay inside the block's own container.
 */

export type ContainerKey = 'blocks' | 'fallback';

export interface Container {
  key: ContainerKey;
  blocks: Block[];
}

/** The lists of blocks inside `block`, in reading order. */
export function containersOf(block: Block): Container[] {
  return childLists(block).map(({ key, blocks }) => ({ key, blocks }));
}

function withContainer(block: Block, key: ContainerKey, blocks: Block[]): Block {
  if (key === 'fallback' && block.type === 'region') return { ...block, fallback: blocks };
  if ('blocks' in block) return { ...block, blocks } as Block;
  return block;
}

/** Applies `fn` to every block, children first, keeping the tree's shape. */
export function mapBlocks(blocks: readonly Block[], fn: (block: Block) => Block): Block[] {
  return blocks.map((b) => {
    let out = b;
    for (const c of containersOf(b)) out = withContainer(out, c.key, mapBlocks(c.blocks, fn));
    return fn(out);
  });
}

/** Changes the list that holds block `id` (wherever it is) with `change`, which gets that list and the block's index. */
function changeHolder(blocks: readonly Block[], id: string, change: (list: Block[], index: number) => Block[]): Block[] | null {
  const i = blocks.findIndex((b) => b.id === id);
  if (i >= 0) return change([...blocks], i);
  for (let j = 0; j < blocks.length; j++) {
    const b = blocks[j]!;
    for (const c of containersOf(b)) {
      const changed = changeHolder(c.blocks, id, change);
      if (changed) {
        const out = [...blocks];
        out[j] = withContainer(b, c.key, changed);
        return out;
      }
    }
  }
  return null;
}

/** One place up or down among its siblings; at an edge nothing moves. */
export function moveBlock(blocks: readonly Block[], id: string, direction: 'up' | 'down'): Block[] {
  return (
    changeHolder(blocks, id, (list, i) => {
      const j = direction === 'up' ? i - 1 : i + 1;
      if (j >= 0 && j < list.length) [list[i], list[j]] = [list[j]!, list[i]!];
      return list;
    }) ?? [...blocks]
  );
}

export interface Place {
  /** The block holding the list, or null for the top level. */
  parentId: string | null;
  key: ContainerKey;
  index: number;
}

/** Where block `id` sits, or null. */
export function placeOf(blocks: readonly Block[], id: string, parentId: string | null = null, key: ContainerKey = 'blocks'): Place | null {
  const i = blocks.findIndex((b) => b.id === id);
  if (i >= 0) return { parentId, key, index: i };
  for (const b of blocks) {
    for (const c of containersOf(b)) {
      const found = placeOf(c.blocks, id, b.id, c.key);
      if (found) return found;
    }
  }
  return null;
}

export function findBlock(blocks: readonly Block[], id: string): Block | null {
  for (const b of blocks) {
    if (b.id === id) return b;
    for (const c of containersOf(b)) {
      const found = findBlock(c.blocks, id);
      if (found) return found;
    }
  }
  return null;
}

/** Without block `id`. A container left empty is not allowed by the schema; the API then says so. */
export function removeBlock(blocks: readonly Block[], id: string): Block[] {
  return changeHolder(blocks, id, (list, i) => (list.splice(i, 1), list)) ?? [...blocks];
}

/** `block` right after block `afterId` in the same list, or at the end of the top level when afterId is null or gone. */
export function insertAfter(blocks: readonly Block[], afterId: string | null, block: Block): Block[] {
  const inserted = afterId ? changeHolder(blocks, afterId, (list, i) => (list.splice(i + 1, 0, block), list)) : null;
  return inserted ?? [...blocks, block];
}

/** `block` at `place`; when its parent is gone, at the end of the top level. */
export function insertAt(blocks: readonly Block[], place: Place, block: Block): Block[] {
  if (place.parentId === null) {
    const out = [...blocks];
    out.splice(Math.min(place.index, out.length), 0, block);
    return out;
  }
  let done = false;
  const out = mapBlocks(blocks, (b) => {
    if (b.id !== place.parentId || done) return b;
    const c = containersOf(b).find((x) => x.key === place.key);
    const list = [...(c?.blocks ?? [])];
    list.splice(Math.min(place.index, list.length), 0, block);
    done = true;
    return withContainer(b, place.key, list);
  });
  return done ? out : [...blocks, block];
}

export interface Numbered {
  block: Block;
  /** "3", "3.1", "3.2.1": the block's number as the editor shows it. */
  label: string;
  depth: number;
}

/** Every block in reading order with its number; a region's fallback continues its numbering. */
export function numbered(blocks: readonly Block[], prefix = '', depth = 0): Numbered[] {
  const out: Numbered[] = [];
  blocks.forEach((block, i) => {
    const label = `${prefix}${i + 1}`;
    out.push({ block, label, depth });
    let n = 0;
    for (const c of containersOf(block)) {
      const inner = numbered(c.blocks, `${label}.`, depth + 1).map((x) => ({ ...x, label: relabel(x.label, label, n) }));
      n += c.blocks.length;
      out.push(...inner);
    }
  });
  return out;
}

/** Shifts the first number after `parent.` by `offset` (the fallback's blocks follow the region's own). */
function relabel(label: string, parent: string, offset: number): string {
  if (!offset) return label;
  const rest = label.slice(parent.length + 1).split('.');
  rest[0] = String(Number(rest[0]) + offset);
  return `${parent}.${rest.join('.')}`;
}

/** An id of the form `<prefix>-<random>` that no block of `blocks` has. */
export function freshId(blocks: readonly Block[], prefix: string, random: () => string, taken: Set<string> = new Set()): string {
  const used = new Set(numbered(blocks).map((n) => n.block.id));
  for (;;) {
    const id = `${prefix}-${random()}`;
    if (!used.has(id) && !taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
