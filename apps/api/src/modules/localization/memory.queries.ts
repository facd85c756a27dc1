import type { TenantTx } from '../../kernel/db/database';

export interface Segment {
  sourceLocale: string;
  targetLocale: string;
  sourceText: string;
  targetText: string;
  /** The target block's own content (without nested blocks), ready to insert. */
  targetBlock: Record<string, unknown>;
  documentId: string | null;
  blockId: string | null;
}

/** Lower-case, accents removed, white space collapsed: the text a match compares. */
export const tmKey = (sql: string) => `btrim(regexp_replace(lower(unaccent(${sql})), '\\s+', ' ', 'g'))`;

/** Stores or replaces segments; a segment from a document block replaces that block's earlier one. */
export async function upsertSegments(tx: TenantTx, segments: readonly Segment[]): Promise<void> {
  await tx.em.query(
    `INSERT INTO translation_memory (tenant_id, source_locale, target_locale, source_text, source_key, target_text, target_block, document_id, block_id)
     SELECT $1, s.source_locale, s.target_locale, s.source_text, ${tmKey('s.source_text')}, s.target_text, s.target_block, s.document_id, s.block_id
       FROM jsonb_to_recordset($2::jsonb) AS s(source_locale text, target_locale text, source_text text, target_text text,
                                               target_block jsonb, document_id uuid, block_id text)
     ON CONFLICT (tenant_id, document_id, block_id, target_locale) DO UPDATE
       SET source_locale = EXCLUDED.source_locale, source_text = EXCLUDED.source_text, source_key = EXCLUDED.source_key,
           target_text = EXCLUDED.target_text, target_block = EXCLUDED.target_block, updated_at = now()`,
    [
      tx.tenantId,
      JSON.stringify(
        segments.map((s) => ({
          source_locale: s.sourceLocale,
          target_locale: s.targetLocale,
          source_text: s.sourceText,
          target_text: s.targetText,
          target_block: s.targetBlock,
          document_id: s.documentId,
          block_id: s.blockId,
        })),
      ),
    ],
  );
}

export interface CandidateRow {
  /** 1-based position of the asked text. */
  i: number;
  exact: boolean;
  score: number;
  source_text: string;
  target_text: string;
  target_block: Record<string, unknown>;
  document_id: string | null;
  block_id: string | null;
}

/**
 * Up to `limit` segments of the language pair per asked text whose source is at least `threshold`
 * similar, best first (one statement). Candidates come through the trigram index (see
 * app_tm_candidates in the migration), rows under row-level security.
 */
export async function segmentCandidates(
  tx: TenantTx,
  q: { sourceLocale: string; targetLocale: string; texts: readonly string[]; threshold: number; limit: number },
): Promise<CandidateRow[]> {
  return tx.em.query(
    `SELECT c.i, c.exact, c.score, tm.source_text, tm.target_text, tm.target_block, tm.document_id, tm.block_id
       FROM app_tm_candidates($1, $2, $3::text[], $4, $5) c
       JOIN translation_memory tm ON tm.tenant_id = $6 AND tm.id = c.id
      ORDER BY c.i, c.exact DESC, c.score DESC`,
    [q.sourceLocale, q.targetLocale, q.texts, q.threshold, q.limit, tx.tenantId],
  );
}
