import type { TenantTx } from '../../kernel/db/database';
import { type Segment, segmentCandidates, upsertSegments } from './memory.queries';

export type { Segment } from './memory.queries';

/**
 * Fuzzy matches below this trigram similarity are not offered. 0.7 keeps a
 * sentence with one or two words changed (about 0.75–0.9) and drops sentences
 * that merely share vocabulary (usually below 0.5). See docs/localization.md.
 */
export const TM_THRESHOLD = 0.7;
const MAX_SUGGESTIONS = 3;

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
    await upsertSegments(tx, segments);
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
    const rows = await segmentCandidates(tx, {
      sourceLocale,
      targetLocale,
      texts: asked.map((a) => a.t),
      threshold: TM_THRESHOLD,
      limit: MAX_SUGGESTIONS,
    });
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
