import { walkBlocks } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { type DocumentService, ownContent, ownText, type Publisher, type WorkflowService } from '../content';
import type { TranslationMemory } from './memory';
import type { TranslationTracker } from './tracking';
import { revisionContents, sourceLocaleOf } from './tracking.queries';

/**
 * Connects translation tracking to the content module:
 * - a source save re-hashes the source blocks, a translation save records the blocks it (re)translated;
 * - submitting a translation puts its draft blocks up for review, sending it back returns them to draft,
 *   approving it approves them and stores them in the translation memory;
 * - publishing a translation records which of its blocks still hold source text.
 */
export function connectTracking(
  content: { documents: DocumentService; workflow: WorkflowService; publisher: Publisher },
  tracker: TranslationTracker,
  memory: TranslationMemory,
): void {
  content.documents.onSave(async (tx, e) => {
    if (e.locale === e.document.sourceLocale) await tracker.syncSource(tx, e.document.id, e.after, e.revisionId);
    else await tracker.syncTarget(tx, e.document, e.locale, e.before, e.after, e.actor.userId);
  });

  content.workflow.onTransition(async (tx, { action, after }) => {
    const sourceLocale = (await sourceLocaleOf(tx, after.documentId))!;
    if (after.locale === sourceLocale) return;
    if (action === 'submit') await tracker.moveStates(tx, after.documentId, after.locale, ['draft'], 'needs_review');
    if (action === 'sendBack') await tracker.moveStates(tx, after.documentId, after.locale, ['needs_review'], 'draft');
    if (action === 'approve') {
      await tracker.moveStates(tx, after.documentId, after.locale, ['draft', 'needs_review'], 'approved');
      await rememberApproved(tx, tracker, memory, after.documentId, sourceLocale, after.locale, after.approvedRevisionId);
    }
  });

  content.publisher.onSnapshot(async (tx, snapshot, { document, row }) => {
    if (row.locale === document.sourceLocale) return;
    snapshot.untranslated = await tracker.untranslated(tx, document.id, row.locale, snapshot.blocks);
  });
}

/** Every approved, current block of the approved revision becomes a translation-memory segment. */
async function rememberApproved(
  tx: TenantTx,
  tracker: TranslationTracker,
  memory: TranslationMemory,
  documentId: string,
  sourceLocale: string,
  locale: string,
  revisionId: string | null,
): Promise<void> {
  if (!revisionId) return;
  const [rev] = await revisionContents(tx, [revisionId]);
  if (!rev) return;
  const approved = new Map(
    (await tracker.statuses(tx, documentId, locale)).filter((s) => s.status === 'approved' && s.text.trim()).map((s) => [s.blockId, s]),
  );
  const segments = [];
  for (const block of walkBlocks(rev.content.blocks)) {
    const status = approved.get(block.id);
    const targetText = ownText(block);
    if (!status || !targetText.trim()) continue;
    segments.push({
      sourceLocale,
      targetLocale: locale,
      sourceText: status.text,
      targetText,
      targetBlock: ownContent(block),
      documentId,
      blockId: block.id,
    });
  }
  await memory.remember(tx, segments);
}
