import { diffWords } from 'diff';
import { blockText, walkBlocks, type Block, type DocumentContent } from '@careleaf/schema';

export type BlockChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

export interface WordChange {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface BlockChange {
  blockId: string;
  change: BlockChangeKind;
  before: Block | null;
  after: Block | null;
  /** Word-level difference of the block's own text. */
  words: WordChange[];
}

export interface RevisionDiff {
  title: WordChange[] | null;
  summary: WordChange[] | null;
  blocks: BlockChange[];
}

const words = (a: string, b: string): WordChange[] =>
  diffWords(a, b).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));

/** Own fields of a block without its nested blocks, so a change deep inside is reported on the nested block only. */
function own(block: Block): string {
  const { ...rest } = block as Record<string, unknown>;
  delete rest.blocks;
  delete rest.fallback;
  return JSON.stringify(rest);
}

/** Block-by-block comparison of two revisions, aligned by block id, in the order of the newer one. */
export function diffRevisions(from: DocumentContent, to: DocumentContent): RevisionDiff {
  const before = [...walkBlocks(from.blocks)];
  const after = [...walkBlocks(to.blocks)];
  const beforeById = new Map(before.map((b, i) => [b.id, { b, i }]));
  const afterIds = new Set(after.map((b) => b.id));
  const changes: BlockChange[] = [];
  // Removed blocks are listed where they stood, before the next surviving block.
  const removedBefore = new Map<number, BlockChange[]>();
  before.forEach((b, i) => {
    if (afterIds.has(b.id)) return;
    const list = removedBefore.get(i) ?? [];
    list.push({ blockId: b.id, change: 'removed', before: b, after: null, words: words(blockText(b), '') });
    removedBefore.set(i, list);
  });
  const stayed = inOrder(
    before.filter((b) => afterIds.has(b.id)).map((b) => b.id),
    after.filter((b) => beforeById.has(b.id)).map((b) => b.id),
  );
  let cursor = 0;
  for (const b of after) {
    const old = beforeById.get(b.id);
    if (!old) {
      changes.push({ blockId: b.id, change: 'added', before: null, after: b, words: words('', blockText(b)) });
      continue;
    }
    while (cursor <= old.i) changes.push(...(removedBefore.get(cursor++) ?? []));
    const moved = !stayed.has(b.id);
    const changed = own(old.b) !== own(b);
    changes.push({
      blockId: b.id,
      change: changed ? 'changed' : moved ? 'moved' : 'unchanged',
      before: old.b,
      after: b,
      words: changed ? words(blockText(old.b), blockText(b)) : [],
    });
  }
  while (cursor < before.length) changes.push(...(removedBefore.get(cursor++) ?? []));
  return {
    title: from.title === to.title ? null : words(from.title, to.title),
    summary: from.summary === to.summary ? null : words(from.summary, to.summary),
    blocks: changes,
  };
}

/** Ids that keep their relative order (a longest common subsequence); the others moved. */
function inOrder(a: string[], b: string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
    }
  }
  const keep = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      keep.add(a[i]!);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return keep;
}
