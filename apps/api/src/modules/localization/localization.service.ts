import type { TenantTx } from '../../kernel/db/database';
import type { DocumentService, Publisher, RevisionRow, WorkflowService } from '../content';
import { badInput } from '../../kernel/errors';
import { authorize, type Principal } from '../../kernel/policy';
import { connectTracking } from './hooks';
import { TranslationMemory } from './memory';
import { translationProgress, type ProgressFilter } from './progress';
import { sideBySide, type SideBySide } from './side-by-side';
import { Termbase } from './termbase';
import { TranslationTracker } from './tracking';
import { translateBlocks, translationBase, type TranslateInput } from './translate';
import { exportXliff, type ExportInput, type ExportResult } from './xliff/export';
import { importXliff, type ImportInput, type ImportReport } from './xliff/import';

/** Translation status, side-by-side editing, XLIFF, terminology and translation memory. */
export class LocalizationService {
  readonly tracker = new TranslationTracker();
  readonly memory = new TranslationMemory();
  readonly termbase = new Termbase();

  constructor(readonly content: { documents: DocumentService; workflow: WorkflowService; publisher: Publisher }) {
    connectTracking(content, this.tracker, this.memory);
    content.publisher.addCheck(this.termbase.publishCheck());
  }

  /** Writes translated blocks as a new revision of the translation (the side-by-side editor, the demo CLI). */
  translate(tx: TenantTx, actor: Principal, input: TranslateInput): Promise<RevisionRow> {
    return translateBlocks(tx, this.content.documents, this.tracker, actor, input);
  }

  /** Source beside translation, block by block. */
  sideBySide(tx: TenantTx, documentId: string, locale: string): Promise<SideBySide> {
    return sideBySide(
      tx,
      { documents: this.content.documents, tracker: this.tracker, memory: this.memory, termbase: this.termbase },
      documentId,
      locale,
    );
  }

  /** Confirms that translations still fit a changed source (no new revision): outdated blocks become drafts again. */
  async confirmBlocks(tx: TenantTx, actor: Principal, input: { documentId: string; locale: string; blockIds: string[] }): Promise<void> {
    const base = await translationBase(tx, this.content.documents, this.tracker, input.documentId, input.locale);
    authorize(actor, 'translation.edit', { locale: base.locale });
    const statuses = new Map((await this.tracker.statuses(tx, base.document.id, base.locale)).map((s) => [s.blockId, s]));
    input.blockIds.forEach((id, i) => {
      const s = statuses.get(id);
      if (!s || s.status === 'missing' || !s.translatable) {
        throw badInput(`blockIds[${i}]`, `The block "${id}" has no translation to confirm; translate it instead.`, {
          reason: 'BLOCK_NOT_TRANSLATED',
          block: id,
        });
      }
    });
    await this.tracker.markBlocks(tx, base.document.id, base.locale, input.blockIds, 'draft', actor.userId);
  }

  progress(tx: TenantTx, filter: ProgressFilter, first: number, after: string | null) {
    return translationProgress(tx, filter, first, after);
  }

  exportXliff(tx: TenantTx, actor: Principal, input: ExportInput): Promise<ExportResult> {
    return exportXliff(tx, { documents: this.content.documents, tracker: this.tracker }, actor, input);
  }

  importXliff(tx: TenantTx, actor: Principal, input: ImportInput): Promise<ImportReport> {
    return importXliff(tx, { documents: this.content.documents, tracker: this.tracker }, actor, input);
  }
}
