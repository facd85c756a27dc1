import type { DocumentService } from '../content/document.service';
import type { Publisher } from '../content/publisher';
import type { WorkflowService } from '../content/workflow.service';
import type { TenantTx } from '../../platform/db/database';
import type { ContentActor } from '../content/permissions';
import type { RevisionRow } from '../content/document.entity';
import { connectTracking } from './hooks';
import { translateBlocks, type TranslateInput } from './translate';
import { TranslationMemory } from './memory';
import { TranslationTracker } from './tracking';

/** Translation status, side-by-side editing, XLIFF, terminology and translation memory. */
export class LocalizationService {
  readonly tracker = new TranslationTracker();
  readonly memory = new TranslationMemory();

  constructor(readonly content: { documents: DocumentService; workflow: WorkflowService; publisher: Publisher }) {
    connectTracking(content, this.tracker, this.memory);
  }

  /** Writes translated blocks as a new revision of the translation (the side-by-side editor, the demo CLI). */
  translate(tx: TenantTx, actor: ContentActor, input: TranslateInput): Promise<RevisionRow> {
    return translateBlocks(tx, this.content.documents, this.tracker, actor, input);
  }
}
