import { walkBlocks, type Block, type DocumentContent } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { blockHash, type DocumentRow, isTranslatable, ownText } from '../content';
/** What a translated block can be; "missing" and "outdated" are derived, the rest are stored. */
export const BLOCK_STATUSES = ['missing', 'draft', 'needs_review', 'approved', 'outdated'] as const;
export type BlockStatus = (typeof BLOCK_STATUSES)[number];
export type StoredState = 'draft' | 'needs_review' | 'approved';

export interface BlockStatusRow {
  blockId: string;
  position: number;
  translatable: boolean;
  /** Hash and text of the source block now. */
  hash: string;
  text: string;
  status: BlockStatus;
  /** The source revision the translation was made from (null when missing). */
  sourceRevisionId: string | null;
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
    const blocks = [...walkBlocks(content.blocks)];
    // Removed source blocks take their translation records with them (foreign key cascade).
    await tx.em.query(
      `WITH input AS (
         SELECT * FROM unnest($3::text[], $4::text[], $5::text[], $6::boolean[], $7::int[]) AS i(block_id, hash, text, translatable, position)
       ), gone AS (
         DELETE FROM source_blocks s WHERE s.tenant_id = $1 AND s.document_id = $2
           AND NOT EXISTS (SELECT 1 FROM input i WHERE i.block_id = s.block_id)
       )
       INSERT INTO source_blocks (tenant_id, document_id, block_id, revision_id, hash, text, translatable, position)
       SELECT $1, $2, i.block_id, $8, i.hash, i.text, i.translatable, i.position FROM input i
       ON CONFLICT (tenant_id, document_id, block_id) DO UPDATE
         SET revision_id = EXCLUDED.revision_id, hash = EXCLUDED.hash, text = EXCLUDED.text,
             translatable = EXCLUDED.translatable, position = EXCLUDED.position`,
      [
        tx.tenantId,
        documentId,
        blocks.map((b) => b.id),
        blocks.map(blockHash),
        blocks.map(ownText),
        blocks.map(isTranslatable),
        blocks.map((_, i) => i),
        revisionId,
      ],
    );
  }

  /** Documents written before this module existed get their source index on first use. */
  async ensureSourceIndex(tx: TenantTx, document: DocumentRow): Promise<void> {
    const [row]: { n: number }[] = await tx.em.query(
      `SELECT count(*)::int AS n FROM source_blocks WHERE tenant_id = $1 AND document_id = $2`,
      [tx.tenantId, document.id],
    );
    if (row && row.n > 0) return;
    const [head]: { id: string; content: DocumentContent }[] = await tx.em.query(
      `SELECT r.id, r.content FROM document_locales dl JOIN revisions r ON r.tenant_id = dl.tenant_id AND r.id = dl.head_revision_id
        WHERE dl.tenant_id = $1 AND dl.document_id = $2 AND dl.locale = $3`,
      [tx.tenantId, document.id, document.sourceLocale],
    );
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
    const source = await this.sourceHashes(tx, document.id);
    const existing = new Set(
      (
        (await tx.em.query(`SELECT block_id FROM translation_blocks WHERE tenant_id = $1 AND document_id = $2 AND locale = $3`, [
          tx.tenantId,
          document.id,
          locale,
        ])) as { block_id: string }[]
      ).map((r) => r.block_id),
    );
    const old = new Map<string, string>();
    if (before) for (const b of walkBlocks(before.blocks)) old.set(b.id, blockHash(b));
    const changed: string[] = [];
    const present = new Set<string>();
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
    if (removed.length) {
      await tx.em.query(
        `DELETE FROM translation_blocks WHERE tenant_id = $1 AND document_id = $2 AND locale = $3 AND block_id = ANY($4::text[])`,
        [tx.tenantId, document.id, locale, removed],
      );
    }
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
    await tx.em.query(
      `INSERT INTO translation_blocks (tenant_id, document_id, locale, block_id, source_hash, source_revision_id, state, updated_by)
       SELECT s.tenant_id, s.document_id, $3, s.block_id, s.hash, s.revision_id, $5, $6
         FROM source_blocks s WHERE s.tenant_id = $1 AND s.document_id = $2 AND s.block_id = ANY($4::text[])
       ON CONFLICT (tenant_id, document_id, locale, block_id) DO UPDATE
         SET source_hash = EXCLUDED.source_hash, source_revision_id = EXCLUDED.source_revision_id,
             state = EXCLUDED.state, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [tx.tenantId, documentId, locale, blockIds, state, actorId],
    );
  }

  /** Moves every current block of a translation from one stored state to another (workflow steps). */
  async moveStates(tx: TenantTx, documentId: string, locale: string, from: StoredState[], to: StoredState): Promise<string[]> {
    const rows: { block_id: string }[] = await tx.em.query(
      `UPDATE translation_blocks t SET state = $5, updated_at = now()
        FROM source_blocks s
        WHERE t.tenant_id = $1 AND t.document_id = $2 AND t.locale = $3 AND t.state = ANY($4::text[])
          AND s.tenant_id = t.tenant_id AND s.document_id = t.document_id AND s.block_id = t.block_id
        RETURNING t.block_id`,
      [tx.tenantId, documentId, locale, from, to],
    );
    return rows.map((r) => r.block_id);
  }

  private async sourceHashes(tx: TenantTx, documentId: string): Promise<Map<string, { hash: string; translatable: boolean }>> {
    const rows: { block_id: string; hash: string; translatable: boolean }[] = await tx.em.query(
      `SELECT block_id, hash, translatable FROM source_blocks WHERE tenant_id = $1 AND document_id = $2`,
      [tx.tenantId, documentId],
    );
    return new Map(rows.map((r) => [r.block_id, { hash: r.hash, translatable: r.translatable }]));
  }

  /** Every source block with the status of its translation into `locale`, in document order. */
  async statuses(tx: TenantTx, documentId: string, locale: string): Promise<BlockStatusRow[]> {
    const rows: {
      block_id: string;
      position: number;
      translatable: boolean;
      hash: string;
      text: string;
      state: StoredState | null;
      source_hash: string | null;
      source_revision_id: string | null;
    }[] = await tx.em.query(
      `SELECT s.block_id, s.position, s.translatable, s.hash, s.text, t.state, t.source_hash, t.source_revision_id
         FROM source_blocks s
         LEFT JOIN translation_blocks t
           ON t.tenant_id = s.tenant_id AND t.document_id = s.document_id AND t.block_id = s.block_id AND t.locale = $3
        WHERE s.tenant_id = $1 AND s.document_id = $2
        ORDER BY s.position`,
      [tx.tenantId, documentId, locale],
    );
    return rows.map((r) => ({
      blockId: r.block_id,
      position: r.position,
      translatable: r.translatable,
      hash: r.hash,
      text: r.text,
      status: !r.state ? 'missing' : r.source_hash !== r.hash ? 'outdated' : r.state,
      sourceRevisionId: r.source_revision_id,
    }));
  }

  /** Block ids of `blocks` that have no translation record in `locale`: they still hold source text. */
  async untranslated(tx: TenantTx, documentId: string, locale: string, blocks: readonly Block[]): Promise<string[]> {
    const rows = await this.statuses(tx, documentId, locale);
    const missing = new Set(rows.filter((r) => r.translatable && r.status === 'missing').map((r) => r.blockId));
    return [...walkBlocks(blocks)].map((b) => b.id).filter((id) => missing.has(id));
  }
}
