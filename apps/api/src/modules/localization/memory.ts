import type { TenantTx } from '../../kernel/db/database';

/**
 * Fuzzy matches below this trigram similarity are not offered. 0.7 keeps a
 * sentence with one or two words changed (about 0.75–0.9) and drops sentences
 * that merely share vocabulary (usually below 0.5). See docs/localization.md.
 */
export const TM_THRESHOLD = 0.7;
const MAX_SUGGESTIONS = 3;

/** Lower-case, accents removed, white space collapsed: the text a match compares. */
export const tmKey = (sql: string) => `btrim(regexp_replace(lower(unaccent(${sql})), '\\s+', ' ', 'g'))`;

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

export interface Suggestion {
  /** 100 for an exact match (after normalising case, accents and spaces), else the trigram similarity in percent (at most 99). */
  match: number;
  sourceText: string;
  targetText: string;
  targetBlock: Record<string, unknown>;
  documentId: string | null;
  blockId: string | null;
}

/** Approved translations, kept per tenant and language pair, looked up with pg_trgm. */
export class TranslationMemory {
  /** Stores or replaces segments; a segment from a document block replaces that block's earlier one. */
  async remember(tx: TenantTx, segments: readonly Segment[]): Promise<void> {
    if (!segments.length) return;
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

  /**
   * Suggestions for several source texts at once (one statement): for each
   * text, up to three approved segments of the language pair whose source is
   * similar enough, best first.
   */
  async suggest(tx: TenantTx, sourceLocale: string, targetLocale: string, texts: readonly string[]): Promise<Suggestion[][]> {
    const out: Suggestion[][] = texts.map(() => []);
    const asked = texts.map((t, i) => ({ t, i })).filter(({ t }) => t.trim().length > 0);
    if (!asked.length) return out;
    // Candidates come through the trigram index (see app_tm_candidates in the migration), rows under row-level security.
    const rows: {
      i: number;
      exact: boolean;
      score: number;
      source_text: string;
      target_text: string;
      target_block: Record<string, unknown>;
      document_id: string | null;
      block_id: string | null;
    }[] = await tx.em.query(
      `SELECT c.i, c.exact, c.score, tm.source_text, tm.target_text, tm.target_block, tm.document_id, tm.block_id
         FROM app_tm_candidates($1, $2, $3::text[], $4, $5) c
         JOIN translation_memory tm ON tm.tenant_id = $6 AND tm.id = c.id
        ORDER BY c.i, c.exact DESC, c.score DESC`,
      [sourceLocale, targetLocale, asked.map((a) => a.t), TM_THRESHOLD, MAX_SUGGESTIONS, tx.tenantId],
    );
    for (const r of rows) {
      out[asked[r.i - 1]!.i]!.push({
        match: r.exact ? 100 : Math.min(99, Math.round(r.score * 100)),
        sourceText: r.source_text,
        targetText: r.target_text,
        targetBlock: r.target_block,
        documentId: r.document_id,
        blockId: r.block_id,
      });
    }
    return out;
  }
}
