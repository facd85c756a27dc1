import { diffWords } from 'diff';
import { walkBlocks, type Block } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { blocksById, type DocumentService, ownContent, ownText } from '../content';
import type { Suggestion, TranslationMemory } from './memory';
import { checkTerms, type TermFinding, type Termbase } from './termbase';
import { countStatuses, overallState, type BlockStatus, type OverallState, type Progress, type TranslationTracker } from './tracking';
import { revisionContents } from './tracking.queries';
import { translationBase } from './translate';

export interface WordChange {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface SideBySideBlock {
  blockId: string;
  type: Block['type'];
  /** Nesting depth (0 for top-level blocks) and the containing block. */
  depth: number;
  parentId: string | null;
  translatable: boolean;
  status: BlockStatus;
  /** Own content of the source block and of its translation (nested blocks are rows of their own). */
  source: Record<string, unknown>;
  target: Record<string, unknown> | null;
  sourceText: string;
  targetText: string | null;
  /** Outdated blocks: the word-level change of the source since the translation was made. */
  sourceChange: WordChange[] | null;
  suggestions: Suggestion[];
  terminology: TermFinding[];
}

export interface SideBySide {
  documentId: string;
  sourceLocale: string;
  locale: string;
  sourceRevisionId: string;
  /** Pass as baseVersion when saving (0: no translation yet). */
  targetVersion: number;
  title: { source: string; target: string | null };
  summary: { source: string; target: string | null };
  blocks: SideBySideBlock[];
  progress: Progress;
  state: OverallState;
}

function depths(blocks: readonly Block[]): Map<string, { depth: number; parentId: string | null }> {
  const out = new Map<string, { depth: number; parentId: string | null }>();
  const visit = (list: readonly Block[], depth: number, parentId: string | null) => {
    for (const b of list) {
      out.set(b.id, { depth, parentId });
      const nested = 'blocks' in b && Array.isArray(b.blocks) ? [...b.blocks, ...(b.type === 'region' ? (b.fallback ?? []) : [])] : [];
      visit(nested, depth + 1, b.id);
    }
  };
  visit(blocks, 0, null);
  return out;
}

/**
 * Source beside translation, block by block, with status, the source change
 * behind each outdated block, translation-memory suggestions for missing and
 * outdated blocks, and terminology findings. A fixed number of statements whatever
 * the document's length.
 */
export async function sideBySide(
  tx: TenantTx,
  deps: { documents: DocumentService; tracker: TranslationTracker; memory: TranslationMemory; termbase: Termbase },
  documentId: string,
  localeTag: string,
): Promise<SideBySide> {
  const base = await translationBase(tx, deps.documents, deps.tracker, documentId, localeTag);
  const { document, locale, source } = base;
  const statuses = await deps.tracker.statuses(tx, document.id, locale);
  const status = new Map(statuses.map((s) => [s.blockId, s]));
  const targetBlocks = base.target ? blocksById(base.target.content.blocks) : new Map<string, Block>();

  // Source texts the outdated translations were made from, from the revisions they remember.
  const oldRevisionIds = [...new Set(statuses.filter((s) => s.status === 'outdated').map((s) => s.sourceRevisionId!))];
  const oldBlocks = new Map<string, Map<string, Block>>();
  if (oldRevisionIds.length) {
    const revs = await revisionContents(tx, oldRevisionIds);
    for (const r of revs) oldBlocks.set(r.id, blocksById(r.content.blocks));
  }

  const sourceBlocks = [...walkBlocks(source.content.blocks)];
  const wanted = sourceBlocks.map((b) => {
    const s = status.get(b.id);
    // Suggestions where there is work to do: blocks not translated yet, or outdated.
    return s && s.translatable && (s.status === 'missing' || s.status === 'outdated') ? ownText(b) : '';
  });
  const suggestions = await deps.memory.suggest(tx, document.sourceLocale, locale, wanted);
  const concepts = await deps.termbase.list(tx);
  const where = depths(source.content.blocks);

  const blocks = sourceBlocks.map((b, i): SideBySideBlock => {
    const s = status.get(b.id);
    const st: BlockStatus = s?.status ?? 'missing';
    const t = st === 'missing' ? null : (targetBlocks.get(b.id) ?? null);
    const sourceText = ownText(b);
    const targetText = t ? ownText(t) : null;
    let sourceChange: WordChange[] | null = null;
    if (st === 'outdated' && s?.sourceRevisionId) {
      const old = oldBlocks.get(s.sourceRevisionId)?.get(b.id);
      sourceChange = diffWords(old ? ownText(old) : '', sourceText).map((p) => ({
        value: p.value,
        added: !!p.added,
        removed: !!p.removed,
      }));
    }
    return {
      blockId: b.id,
      type: b.type,
      depth: where.get(b.id)?.depth ?? 0,
      parentId: where.get(b.id)?.parentId ?? null,
      translatable: s?.translatable ?? false,
      status: st,
      source: ownContent(b),
      target: t ? ownContent(t) : null,
      sourceText,
      targetText,
      sourceChange,
      suggestions: suggestions[i] ?? [],
      terminology:
        targetText !== null ? checkTerms(concepts, { locale: document.sourceLocale, text: sourceText }, { locale, text: targetText }) : [],
    };
  });
  const progress = countStatuses(statuses);
  return {
    documentId: document.id,
    sourceLocale: document.sourceLocale,
    locale,
    sourceRevisionId: source.id,
    targetVersion: base.target?.row.version ?? 0,
    title: { source: source.content.title, target: base.target?.content.title ?? null },
    summary: { source: source.content.summary, target: base.target?.content.summary ?? null },
    blocks,
    progress,
    state: overallState(progress),
  };
}
