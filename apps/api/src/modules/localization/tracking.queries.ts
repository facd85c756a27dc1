import type { DocumentContent } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';

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

/** One source block as indexed: what translations are compared with. */
export interface SourceBlockInput {
  blockId: string;
  hash: string;
  text: string;
  translatable: boolean;
}

/** Replaces a document's source index; removed source blocks take their translation records with them (foreign key cascade). */
export async function replaceSourceBlocks(
  tx: TenantTx,
  documentId: string,
  revisionId: string,
  blocks: readonly SourceBlockInput[],
): Promise<void> {
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
      blocks.map((b) => b.blockId),
      blocks.map((b) => b.hash),
      blocks.map((b) => b.text),
      blocks.map((b) => b.translatable),
      blocks.map((_, i) => i),
      revisionId,
    ],
  );
}

export async function countSourceBlocks(tx: TenantTx, documentId: string): Promise<number> {
  const [row]: { n: number }[] = await tx.em.query(
    `SELECT count(*)::int AS n FROM source_blocks WHERE tenant_id = $1 AND document_id = $2`,
    [tx.tenantId, documentId],
  );
  return row?.n ?? 0;
}

/** The head revision of a document's translation into `locale`, if it has one. */
export async function headRevision(
  tx: TenantTx,
  documentId: string,
  locale: string,
): Promise<{ id: string; content: DocumentContent } | null> {
  const [head]: { id: string; content: DocumentContent }[] = await tx.em.query(
    `SELECT r.id, r.content FROM document_locales dl JOIN revisions r ON r.tenant_id = dl.tenant_id AND r.id = dl.head_revision_id
      WHERE dl.tenant_id = $1 AND dl.document_id = $2 AND dl.locale = $3`,
    [tx.tenantId, documentId, locale],
  );
  return head ?? null;
}

/** Content of revisions by id (those that exist). */
export async function revisionContents(tx: TenantTx, ids: readonly string[]): Promise<{ id: string; content: DocumentContent }[]> {
  return tx.em.query(`SELECT id, content FROM revisions WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [tx.tenantId, ids]);
}

/**
 * Documents of `sourceLocale` with at least one missing or outdated block in
 * `locale`, or an outdated title or summary, by source title (at most `limit`).
 */
export async function pendingDocumentIds(tx: TenantTx, sourceLocale: string, locale: string, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await tx.em.query(
    `SELECT d.id FROM documents d
       JOIN document_locales sl ON sl.tenant_id = d.tenant_id AND sl.document_id = d.id AND sl.locale = d.source_locale
       JOIN source_blocks s ON s.tenant_id = d.tenant_id AND s.document_id = d.id
        AND (s.translatable OR s.block_id IN ('meta.title', 'meta.summary'))
       LEFT JOIN translation_blocks t ON t.tenant_id = s.tenant_id AND t.document_id = s.document_id AND t.block_id = s.block_id AND t.locale = $3
      WHERE d.tenant_id = $1 AND d.source_locale = $2 AND sl.status <> 'archived'
        AND ((t.block_id IS NULL AND s.translatable) OR t.source_hash <> s.hash)
      GROUP BY d.id, sl.title ORDER BY sl.title, d.id LIMIT $4`,
    [tx.tenantId, sourceLocale, locale, limit],
  );
  return rows.map((r) => r.id);
}

/** The tenant's default locale (the source language of a batch export unless one is named). */
export async function tenantDefaultLocale(tx: TenantTx): Promise<string> {
  const [tenant]: { default_locale: string }[] = await tx.em.query(`SELECT default_locale FROM tenants WHERE id = $1`, [tx.tenantId]);
  return tenant!.default_locale;
}

/** A document's source locale (null when there is no such document). */
export async function sourceLocaleOf(tx: TenantTx, documentId: string): Promise<string | null> {
  const [row]: { source_locale: string }[] = await tx.em.query(`SELECT source_locale FROM documents WHERE tenant_id = $1 AND id = $2`, [
    tx.tenantId,
    documentId,
  ]);
  return row?.source_locale ?? null;
}

/** Block ids with a translation record in `locale`. */
export async function trackedBlockIds(tx: TenantTx, documentId: string, locale: string): Promise<string[]> {
  const rows: { block_id: string }[] = await tx.em.query(
    `SELECT block_id FROM translation_blocks WHERE tenant_id = $1 AND document_id = $2 AND locale = $3`,
    [tx.tenantId, documentId, locale],
  );
  return rows.map((r) => r.block_id);
}

export async function deleteTranslationBlocks(
  tx: TenantTx,
  documentId: string,
  locale: string,
  blockIds: readonly string[],
): Promise<void> {
  await tx.em.query(
    `DELETE FROM translation_blocks WHERE tenant_id = $1 AND document_id = $2 AND locale = $3 AND block_id = ANY($4::text[])`,
    [tx.tenantId, documentId, locale, blockIds],
  );
}

/** Records that these blocks now translate the current source blocks, in `state`. */
export async function upsertTranslationBlocks(
  tx: TenantTx,
  documentId: string,
  locale: string,
  blockIds: readonly string[],
  state: StoredState,
  actorId: string | null,
): Promise<void> {
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

/** Moves every current block of a translation from one stored state to another; answers the moved block ids. */
export async function updateTranslationStates(
  tx: TenantTx,
  documentId: string,
  locale: string,
  from: readonly StoredState[],
  to: StoredState,
): Promise<string[]> {
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

export async function sourceHashes(tx: TenantTx, documentId: string): Promise<Map<string, { hash: string; translatable: boolean }>> {
  const rows: { block_id: string; hash: string; translatable: boolean }[] = await tx.em.query(
    `SELECT block_id, hash, translatable FROM source_blocks WHERE tenant_id = $1 AND document_id = $2`,
    [tx.tenantId, documentId],
  );
  return new Map(rows.map((r) => [r.block_id, { hash: r.hash, translatable: r.translatable }]));
}

interface StatusRow {
  block_id: string;
  position: number;
  translatable: boolean;
  hash: string;
  text: string;
  state: StoredState | null;
  source_hash: string | null;
  source_revision_id: string | null;
}

/** A source block with its translation record: missing without one, outdated when the source changed since. */
function toBlockStatus(r: StatusRow): BlockStatusRow {
  return {
    blockId: r.block_id,
    position: r.position,
    translatable: r.translatable,
    hash: r.hash,
    text: r.text,
    status: !r.state ? 'missing' : r.source_hash !== r.hash ? 'outdated' : r.state,
    sourceRevisionId: r.source_revision_id,
  };
}

/** Every source block with the status of its translation into `locale`, in document order. */
export async function blockStatuses(tx: TenantTx, documentId: string, locale: string): Promise<BlockStatusRow[]> {
  const rows: StatusRow[] = await tx.em.query(
    `SELECT s.block_id, s.position, s.translatable, s.hash, s.text, t.state, t.source_hash, t.source_revision_id
       FROM source_blocks s
       LEFT JOIN translation_blocks t
         ON t.tenant_id = s.tenant_id AND t.document_id = s.document_id AND t.block_id = s.block_id AND t.locale = $3
      WHERE s.tenant_id = $1 AND s.document_id = $2
      ORDER BY s.position`,
    [tx.tenantId, documentId, locale],
  );
  return rows.map(toBlockStatus);
}

/** Source text of the blocks that have a translation record in `locale`, by block id. */
export async function translatedSourceTexts(tx: TenantTx, documentId: string, locale: string): Promise<Map<string, string>> {
  const rows: { block_id: string; text: string }[] = await tx.em.query(
    `SELECT s.block_id, s.text FROM source_blocks s JOIN translation_blocks t
        ON t.tenant_id = s.tenant_id AND t.document_id = s.document_id AND t.block_id = s.block_id AND t.locale = $3
      WHERE s.tenant_id = $1 AND s.document_id = $2`,
    [tx.tenantId, documentId, locale],
  );
  return new Map(rows.map((r) => [r.block_id, r.text]));
}
