import { createHash } from 'node:crypto';
import { walkBlocks, type Block, type DocumentContent } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { blockHash, type DocumentRow, isTranslatable, ownText } from '../content';
import {
  type BlockStatus,
  type BlockStatusRow,
  type StoredState,
  blockStatuses,
  countSourceBlocks,
  deleteTranslationBlocks,
  headRevision,
  replaceSourceBlocks,
  sourceHashes,
  trackedBlockIds,
  updateTranslationStates,
  upsertTranslationBlocks,
} from './tracking.queries';

export { BLOCK_STATUSES, type BlockStatus, type BlockStatusRow, type StoredState } from './tracking.queries';

/**
 * Title and summary are tracked like blocks, as two more records with these
 * ids (also the XLIFF unit ids). They are not "translatable blocks": progress
 * counts and the block list leave them out.
 */
export const TITLE_ID = 'meta.title';
export const SUMMARY_ID = 'meta.summary';
export const META_IDS: readonly string[] = [TITLE_ID, SUMMARY_ID];
export const metaField = (id: string): 'title' | 'summary' => (id === TITLE_ID ? 'title' : 'summary');

/** The hash of a title or summary text (the same formula as migration 1765500000000's backfill). */
export function metaHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);
}

/** Title and summary of a content as source records. */
function metaRecords(content: DocumentContent) {
  return META_IDS.map((blockId) => {
    const text = content[metaField(blockId)];
    return { blockId, hash: metaHash(text), text, translatable: false };
  });
}
export interface Progress {
  total: number;
  missing: number;
  draft: number;
  needsReview: number;
  approved: number;
  outdated: number;
}

export type OverallState = 'not_started' | 'in_progress' | 'outdated' | 'needs_review' | 'approved';

/**
 * One word for a whole translation, most urgent first: nothing translated,
 * something outdated, something missing or in draft, waiting for review, done.
 */
export function overallState(p: Progress): OverallState {
  if (p.total > 0 && p.missing === p.total) return 'not_started';
  if (p.outdated > 0) return 'outdated';
  if (p.missing > 0 || p.draft > 0) return 'in_progress';
  if (p.needsReview > 0) return 'needs_review';
  return 'approved';
}

export function countStatuses(rows: readonly { status: BlockStatus; translatable: boolean }[]): Progress {
  const p: Progress = { total: 0, missing: 0, draft: 0, needsReview: 0, approved: 0, outdated: 0 };
  for (const r of rows) {
    if (!r.translatable) continue;
    p.total++;
    if (r.status === 'needs_review') p.needsReview++;
    else p[r.status]++;
  }
  return p;
}

/**
 * Keeps the block-level translation records in step with saves and workflow
 * steps. Everything runs inside the caller's transaction.
 */
export class TranslationTracker {
  /** Records the source blocks of a source-locale save: their hashes are what translations are compared with. */
  async syncSource(tx: TenantTx, documentId: string, content: DocumentContent, revisionId: string): Promise<void> {
    const blocks = [...walkBlocks(content.blocks)].map((b) => ({
      blockId: b.id,
      hash: blockHash(b),
      text: ownText(b),
      translatable: isTranslatable(b),
    }));
    await replaceSourceBlocks(tx, documentId, revisionId, [...metaRecords(content), ...blocks]);
  }

  /** Documents written before this module existed get their source index on first use. */
  async ensureSourceIndex(tx: TenantTx, document: DocumentRow): Promise<void> {
    if ((await countSourceBlocks(tx, document.id)) > 0) return;
    const head = await headRevision(tx, document.id, document.sourceLocale);
    if (head) await this.syncSource(tx, document.id, head.content, head.id);
  }

  /**
   * A save of a translation: blocks whose own content changed in this save
   * were (re)translated from the source as it is now, and become drafts.
   * Untouched blocks keep their record, so an outdated block stays outdated
   * until someone translates it again. A block that is a plain copy of the
   * current source block and had no record stays "missing".
   */
  async syncTarget(
    tx: TenantTx,
    document: DocumentRow,
    locale: string,
    before: DocumentContent | null,
    after: DocumentContent,
    actorId: string | null,
  ): Promise<void> {
    await this.ensureSourceIndex(tx, document);
    const source = await sourceHashes(tx, document.id);
    const existing = new Set(await trackedBlockIds(tx, document.id, locale));
    const old = new Map<string, string>();
    if (before) for (const b of walkBlocks(before.blocks)) old.set(b.id, blockHash(b));
    const changed: string[] = [];
    const present = new Set<string>(META_IDS);
    // Title and summary like blocks: recorded when this save changed them, unless they are a plain copy of the source.
    for (const id of META_IDS) {
      const text = after[metaField(id)];
      const src = source.get(id);
      if (!src || (before && before[metaField(id)] === text)) continue;
      if (!existing.has(id) && metaHash(text) === src.hash) continue;
      changed.push(id);
    }
    for (const b of walkBlocks(after.blocks)) {
      const src = source.get(b.id);
      if (!src?.translatable) continue;
      present.add(b.id);
      const hash = blockHash(b);
      if (old.get(b.id) === hash) continue;
      if (!existing.has(b.id) && hash === src.hash) continue;
      changed.push(b.id);
    }
    const removed = [...existing].filter((id) => !present.has(id));
    if (removed.length) await deleteTranslationBlocks(tx, document.id, locale, removed);
    await this.markBlocks(tx, document.id, locale, changed, 'draft', actorId);
  }

  /** Records that these blocks now translate the current source blocks, in `state`. */
  async markBlocks(
    tx: TenantTx,
    documentId: string,
    locale: string,
    blockIds: readonly string[],
    state: StoredState,
    actorId: string | null,
  ): Promise<void> {
    if (!blockIds.length) return;
    await upsertTranslationBlocks(tx, documentId, locale, blockIds, state, actorId);
  }

  /** Moves every current block of a translation from one stored state to another (workflow steps). */
  async moveStates(tx: TenantTx, documentId: string, locale: string, from: StoredState[], to: StoredState): Promise<string[]> {
    return updateTranslationStates(tx, documentId, locale, from, to);
  }

  /** Every source block with the status of its translation into `locale`, in document order. */
  async statuses(tx: TenantTx, documentId: string, locale: string): Promise<BlockStatusRow[]> {
    return blockStatuses(tx, documentId, locale);
  }

  /** Block ids of `blocks` that have no translation record in `locale`: they still hold source text. */
  async untranslated(tx: TenantTx, documentId: string, locale: string, blocks: readonly Block[]): Promise<string[]> {
    const rows = await this.statuses(tx, documentId, locale);
    const missing = new Set(rows.filter((r) => r.translatable && r.status === 'missing').map((r) => r.blockId));
    return [...walkBlocks(blocks)].map((b) => b.id).filter((id) => missing.has(id));
  }
}
