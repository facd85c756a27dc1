import type { TenantTx } from '../../kernel/db/database';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { AppError, badInput, conflict } from '../../kernel/errors';
import type { EventBus } from '../../kernel/events';
import { audit } from '../audit';
import { authorize, type Action, type Principal } from '../../kernel/policy';
import type { DocumentService } from './document.service';
import type { DocumentLocaleRow, WorkflowStatus } from './document.entity';
import {
  type DocumentLocalePatch,
  getDocument,
  getDocumentLocale,
  getRevision,
  insertWorkflowEvent,
  lockExistingDocumentLocale,
  revisionsSinceApprovalBy,
  updateDocument,
  updateDocumentLocale,
} from './document.queries';
import { deletePublished } from './published.queries';
import type { PublishFinding, Publisher } from './publisher';

export type Transition = 'submit' | 'approve' | 'sendBack' | 'publish' | 'unpublish' | 'archive';

/** The permission each transition needs (platform/policy). */
const ACTION_OF: Record<Transition, Action> = {
  submit: 'translation.submit',
  approve: 'translation.approve',
  sendBack: 'translation.sendBack',
  publish: 'document.publish',
  unpublish: 'document.unpublish',
  archive: 'document.archive',
};

const REVIEW_EVENT: Partial<Record<Transition, 'ReviewRequested' | 'ReviewApproved' | 'ReviewSentBack'>> = {
  submit: 'ReviewRequested',
  approve: 'ReviewApproved',
  sendBack: 'ReviewSentBack',
};

/** Which states each transition starts from. */
const FROM: Record<Transition, readonly WorkflowStatus[]> = {
  submit: ['draft', 'unpublished'],
  approve: ['in_review'],
  sendBack: ['in_review', 'approved'],
  publish: ['approved'],
  unpublish: ['published', 'draft', 'in_review', 'approved', 'unpublished'],
  archive: ['draft', 'in_review', 'approved', 'published', 'unpublished'],
};

const STATUS_WORDS: Record<WorkflowStatus, string> = {
  draft: 'a draft',
  in_review: 'in review',
  approved: 'approved',
  published: 'published',
  unpublished: 'unpublished',
  archived: 'archived',
};

export interface TransitionInput {
  documentId: string;
  locale: string;
  comment?: string;
  /** The revision the person saw; people always name it (GraphQL requires it), system steps may act on the current one. */
  revisionId?: string;
}

/** What a transition changed for readers (also emitted as DocumentPublished / DocumentUnpublished). */
export interface PublicationEvent {
  tenantId: string;
  documentId: string;
  locale: string;
  action: 'publish' | 'unpublish';
}

/** Listeners run inside the transition's transaction (e.g. block-level translation states follow the locale's). */
export type TransitionListener = (
  tx: TenantTx,
  event: { action: Transition; before: DocumentLocaleRow; after: DocumentLocaleRow; actor: Principal },
) => Promise<void>;

/** The editorial workflow of one document locale: draft → in review → approved → published. */
export class WorkflowService {
  private readonly transitionListeners: TransitionListener[] = [];

  constructor(
    private readonly documents: DocumentService,
    private readonly publisher: Publisher,
    /** Told what readers now see differently; subscribers (caches, web revalidation) hear it after commit. */
    private readonly events: EventBus,
  ) {}

  onTransition(listener: TransitionListener): void {
    this.transitionListeners.push(listener);
  }

  async transition(
    tx: TenantTx,
    actor: Principal,
    action: Transition,
    input: TransitionInput,
    now = new Date(),
  ): Promise<{ row: DocumentLocaleRow; events: PublicationEvent[]; warnings: PublishFinding[] }> {
    const row = await this.locked(tx, input.documentId, input.locale);
    authorize(actor, ACTION_OF[action], { locale: row.locale });
    assertSeenRevision(row, action, input.revisionId);
    const comment = (input.comment ?? '').trim();
    if (action === 'sendBack' && !comment)
      throw badInput('comment', 'Say what needs to change, so the author knows what to do.', 'COMMENT_REQUIRED');
    if (comment.length > 4000) throw badInput('comment', 'Keep the comment under 4000 characters.', { reason: 'TOO_LONG', limit: 4000 });
    if (!FROM[action].includes(row.status) || (action === 'unpublish' && !row.publishedRevisionId)) {
      throw conflict(
        `This ${row.locale} version is ${STATUS_WORDS[row.status]}${row.publishedRevisionId ? '' : ' and not published'}; it cannot be ${pastTense(action)} now.`,
        'status',
        { reason: 'WORKFLOW_STATUS_CONFLICT', status: row.status },
      );
    }
    if (action === 'approve') {
      authorize(actor, 'translation.approve', { locale: row.locale, changedBySelf: await this.changedBySelf(tx, actor, row) });
    }

    const { tenantId } = tx;
    const events: PublicationEvent[] = [];
    const warnings: PublishFinding[] = [];
    let to: WorkflowStatus;
    const patch: DocumentLocalePatch = {};
    switch (action) {
      case 'submit':
        to = 'in_review';
        break;
      case 'approve':
        to = 'approved';
        patch.approvedRevisionId = row.headRevisionId;
        break;
      case 'sendBack':
        to = 'draft';
        patch.approvedRevisionId = null;
        break;
      case 'publish': {
        to = 'published';
        const document = await getDocument(tx, row.documentId);
        const revision = await getRevision(tx, row.approvedRevisionId ?? row.headRevisionId!);
        try {
          warnings.push(...(await this.publisher.publish(tx, document, row, revision, now)).warnings);
        } catch (e) {
          if (uniqueViolation(e, 'published_documents_slug_key')) {
            throw conflict(
              `Another published ${row.locale} document already uses the address "${row.slug}". Change this one's address first.`,
              'slug',
              { reason: 'SLUG_TAKEN', slug: row.slug },
            );
          }
          throw e;
        }
        patch.publishedRevisionId = revision.id;
        patch.publishAt = null;
        if (!document.firstPublishedAt) await updateDocument(tx, document.id, { firstPublishedAt: now });
        events.push({ tenantId, documentId: row.documentId, locale: row.locale, action: 'publish' });
        break;
      }
      case 'unpublish':
      case 'archive':
        to = action === 'archive' ? 'archived' : row.headRevisionId === row.publishedRevisionId ? 'unpublished' : row.status;
        if (row.publishedRevisionId) {
          await deletePublished(tx, row.documentId, row.locale);
          events.push({ tenantId, documentId: row.documentId, locale: row.locale, action: 'unpublish' });
        }
        patch.publishedRevisionId = null;
        patch.unpublishAt = null;
        if (action === 'archive') patch.publishAt = null;
        break;
    }
    await updateDocumentLocale(tx, row.documentId, row.locale, { ...patch, status: to });
    await insertWorkflowEvent(tx, {
      documentId: row.documentId,
      locale: row.locale,
      action,
      fromStatus: row.status,
      toStatus: to,
      revisionId: row.headRevisionId,
      actorId: actor.userId,
      actorLabel: actor.label,
      comment,
    });
    await audit(
      tx.em,
      tenantId,
      { userId: actor.userId, label: actor.label },
      {
        action: `workflow.${action}`,
        subjectType: 'document',
        subjectId: row.documentId,
        diff: { locale: row.locale, from: row.status, to, revisionId: row.headRevisionId, ...(comment ? { comment } : {}) },
      },
    );
    const after = await getDocumentLocale(tx, row.documentId, row.locale);
    for (const l of this.transitionListeners) await l(tx, { action, before: row, after, actor });
    const actorId = actor.userId;
    for (const e of events) {
      const type = e.action === 'publish' ? 'DocumentPublished' : 'DocumentUnpublished';
      await this.events.emit(tx, { type, tenantId: e.tenantId, documentId: e.documentId, locale: e.locale, actorId });
    }
    // The steps people are told of by e-mail (the notifications subscriber); publishing is DocumentPublished above.
    const review = REVIEW_EVENT[action];
    if (review) await this.events.emit(tx, { type: review, tenantId, documentId: row.documentId, locale: row.locale, actorId });
    return { row: after, events, warnings };
  }

  /** Remembers when to publish or unpublish; the job queue fires it (see ContentScheduler). */
  async schedule(
    tx: TenantTx,
    actor: Principal,
    input: TransitionInput & { action: 'publish' | 'unpublish'; at: Date },
    now = new Date(),
  ): Promise<DocumentLocaleRow> {
    const row = await this.locked(tx, input.documentId, input.locale);
    authorize(actor, ACTION_OF[input.action], { locale: row.locale });
    if (input.action === 'publish') assertSeenRevision(row, 'publish', input.revisionId);
    if (!(input.at.getTime() > now.getTime())) throw badInput('at', 'Choose a time in the future, or publish now.', 'TIME_NOT_IN_FUTURE');
    if (input.action === 'publish' && row.status !== 'approved') {
      throw conflict(
        `Only an approved version can be scheduled for publishing; this ${row.locale} version is ${STATUS_WORDS[row.status]}.`,
        'status',
        { reason: 'NOT_APPROVED', status: row.status },
      );
    }
    if (input.action === 'unpublish' && !row.publishedRevisionId && row.status !== 'approved') {
      throw conflict('Only a published (or approved) version can be scheduled to be taken down.', 'status', 'NOT_PUBLISHED');
    }
    const patch = input.action === 'publish' ? { publishAt: input.at } : { unpublishAt: input.at };
    await updateDocumentLocale(tx, row.documentId, row.locale, patch);
    await audit(
      tx.em,
      tx.tenantId,
      { userId: actor.userId, label: actor.label },
      {
        action: `workflow.schedule-${input.action}`,
        subjectType: 'document',
        subjectId: row.documentId,
        diff: { locale: row.locale, at: input.at.toISOString(), revisionId: row.approvedRevisionId ?? row.headRevisionId },
      },
    );
    return getDocumentLocale(tx, row.documentId, row.locale);
  }

  /** Forgets a planned publish or unpublish; the queued job then finds no time and does nothing. */
  async cancelSchedule(
    tx: TenantTx,
    actor: Principal,
    input: TransitionInput & { action: 'publish' | 'unpublish' },
  ): Promise<DocumentLocaleRow> {
    const row = await this.locked(tx, input.documentId, input.locale);
    authorize(actor, ACTION_OF[input.action], { locale: row.locale });
    const at = input.action === 'publish' ? row.publishAt : row.unpublishAt;
    if (!at)
      throw conflict(
        `No ${input.action === 'publish' ? 'publishing' : 'unpublishing'} is planned for this ${row.locale} version.`,
        'at',
        'NOTHING_SCHEDULED',
      );
    const patch = input.action === 'publish' ? { publishAt: null } : { unpublishAt: null };
    await updateDocumentLocale(tx, row.documentId, row.locale, patch);
    await audit(
      tx.em,
      tx.tenantId,
      { userId: actor.userId, label: actor.label },
      {
        action: `workflow.cancel-${input.action}`,
        subjectType: 'document',
        subjectId: row.documentId,
        diff: { locale: row.locale, at: at.toISOString() },
      },
    );
    return getDocumentLocale(tx, row.documentId, row.locale);
  }

  private async locked(tx: TenantTx, documentId: string, locale: string): Promise<DocumentLocaleRow> {
    await this.documents.documentLocale(tx, documentId, locale);
    return lockExistingDocumentLocale(tx, documentId, locale);
  }

  /** Whether `actor` wrote any part of this version since the last approval (four eyes: then someone else approves). */
  private async changedBySelf(tx: TenantTx, actor: Principal, row: DocumentLocaleRow): Promise<boolean> {
    if (actor.role === 'system' || !actor.userId) return false;
    const mine = await revisionsSinceApprovalBy(tx, row.documentId, row.locale, actor.userId);
    return mine > 0;
  }
}

/**
 * Approve and send back act on the newest revision, publish on the approved
 * one; a caller who names another revision saw something else (CONFLICT).
 */
function assertSeenRevision(row: DocumentLocaleRow, action: Transition, seen: string | undefined): void {
  if (seen === undefined || !['approve', 'sendBack', 'publish'].includes(action)) return;
  const current = action === 'publish' ? (row.approvedRevisionId ?? row.headRevisionId) : row.headRevisionId;
  if (seen === current) return;
  throw new AppError(
    'CONFLICT',
    `This ${row.locale} version changed after you opened it (now version ${row.version}). Nothing was ${pastTense(action)}: reload and look at the newest revision first.`,
    'revisionId',
    { reason: 'REVISION_CHANGED', currentRevisionId: current, currentVersion: row.version },
  );
}

function pastTense(action: Transition): string {
  return {
    submit: 'submitted for review',
    approve: 'approved',
    sendBack: 'sent back',
    publish: 'published',
    unpublish: 'unpublished',
    archive: 'archived',
  }[action];
}
