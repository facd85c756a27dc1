import { CALLOUT_VARIANTS, REGISTRY_KINDS } from '../constants';
import { inlineText, type Inline } from '../inline';
import { BLOCK_TYPES, kindOf, type Block, type BlockType } from './registry';
import type { BlockField, BlockRef, ChildList, FieldPath } from './kind';

export { CALLOUT_VARIANTS, REGISTRY_KINDS, BLOCK_TYPES, type BlockType };
export { blockId, type BlockField, type BlockRef, type ChildList, type FieldPath, type FieldRole, type BlockKind } from './kind';
export { BLOCK_KINDS, BLOCK_SCHEMAS, blockSchema, kindOf, type Block, type BlockOf } from './registry';
export type { ListItem } from './list';
export type { TableCell } from './table';

/** The nested block lists a block has, with their keys (callout body, region blocks and fallback …). */
export function childLists(block: Block): (ChildList & { blocks: Block[] })[] {
  const own = block as Block & Partial<Record<ChildList['key'], Block[]>>;
  return kindOf(block).children.flatMap((c) => {
    const blocks = own[c.key];
    return blocks ? [{ ...c, blocks }] : [];
  });
}

/** Blocks nested inside `block` (callout, FAQ answer, region, easy-read), not counting list items or cells. */
export function childBlocks(block: Block): Block[] {
  return childLists(block).flatMap((c) => c.blocks);
}

/** Every block in document order, depth first. */
export function* walkBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const b of blocks) {
    yield b;
    yield* walkBlocks(childBlocks(b));
  }
}

/** The block's own text fields (translation units, checked and searched text), nested blocks excluded. */
export function blockFields(block: Block): BlockField[] {
  return kindOf(block).fields(block);
}

/** The rich-text fields of a block itself. */
export function blockInlines(block: Block): Inline[][] {
  return blockFields(block).flatMap((f) => (f.plain ? [] : [f.value]));
}

/** Ids a block points at outside its inline text. */
export function blockRefs(block: Block): BlockRef[] {
  return kindOf(block).refs?.(block) ?? [];
}

/** Plain text of one block's own content (not its nested blocks). */
export function blockText(block: Block): string {
  const kind = kindOf(block);
  if (kind.searchText) return kind.searchText(block);
  return kind
    .fields(block)
    .map((f) => (f.plain ? f.value : inlineText(f.value)))
    .filter(Boolean)
    .join('\n');
}

/** A copy of `value` with the value at `at` replaced; the path must exist. */
export function setAt<T>(value: T, at: FieldPath, next: unknown): T {
  if (at.length === 0) return next as T;
  const [head, ...rest] = at;
  if (Array.isArray(value) && typeof head === 'number' && head < value.length) {
    return value.map((v: unknown, i) => (i === head ? setAt(v, rest, next) : v)) as T;
  }
  if (value && typeof value === 'object' && typeof head === 'string' && head in value) {
    const record = value as Record<string, unknown>;
    return { ...record, [head]: setAt(record[head], rest, next) } as T;
  }
  throw new Error(`no value at ${at.join('.')}`);
}

/**
 * A copy of the block tree with each block's own inline fields and ids passed
 * through `map` (nested blocks included): what imports and id swaps need.
 */
export function mapBlockTree(
  blocks: readonly Block[],
  map: { inline?: (nodes: Inline[]) => Inline[]; ref?: (ref: BlockRef) => string },
): Block[] {
  return blocks.map((block) => {
    let out: Block = block;
    if (map.inline) for (const f of blockFields(block)) if (!f.plain) out = setAt(out, f.at, map.inline(f.value));
    if (map.ref) for (const r of blockRefs(block)) out = setAt(out, r.at, map.ref(r));
    for (const c of childLists(block)) out = setAt(out, [c.key], mapBlockTree(c.blocks, map));
    return out;
  });
}

export function isBlockType(value: string): value is BlockType {
  return (BLOCK_TYPES as readonly string[]).includes(value);
}
