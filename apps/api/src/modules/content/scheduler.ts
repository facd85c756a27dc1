import type { Database, TenantTx } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import type { EventBus } from '../../kernel/events';
import { audit } from '../audit';
import { updateDocumentLocale } from './document.queries';
import type { JobQueue } from '../../kernel/jobs';
import type { Logger } from '../../kernel/logger';
import type { DocumentService } from './document.service';
import type { Principal } from '../../kernel/policy';
import { scheduledTimes } from './published.queries';
import type { WorkflowService } from './workflow.service';

export const SCHEDULE_QUEUE = 'content-schedule';

export interface ScheduledChange {
  tenantId: string;
  documentId: string;
  locale: string;
  action: 'publish' | 'unpublish';
  /** ISO time the editor chose; a job whose time no longer matches the document was superseded. */
  at: string;
  /** Publish only: the approved revision the editor scheduled; another one approved since is not published by this job. */
  revisionId?: string;
}

function doneEvent(job: ScheduledChange) {
  return {
    type: 'ScheduledChangeDone' as const,
    tenantId: job.tenantId,
    documentId: job.documentId,
    locale: job.locale,
    action: job.action,
  };
}

const scheduler: Principal = { userId: null, label: 'scheduler', role: 'system', locales: [] };

/**
 * Scheduled publish and unpublish. The time lives on the document locale
 * (the truth); the job only wakes us up, so a rescheduled or cancelled change
 * leaves a stale job that does nothing.
 */
export class ContentScheduler {
  constructor(
    private readonly db: Database,
    private readonly documents: DocumentService,
    private readonly workflow: WorkflowService,
    private readonly queue: JobQueue,
    private readonly logger: Logger,
    private readonly events: EventBus,
  ) {}

  async start(): Promise<void> {
    await this.queue.ensureQueue(SCHEDULE_QUEUE);
    await this.queue.work<ScheduledChange>(SCHEDULE_QUEUE, (job) => this.run(job));
    await this.reconcile();
  }

  /** Called after the scheduling transaction commits. */
  async enqueue(change: ScheduledChange): Promise<void> {
    await this.queue.send(SCHEDULE_QUEUE, change, new Date(change.at));
  }

  /** After a crash between commit and enqueue, the stored times are queued again. */
  async reconcile(): Promise<number> {
    const rows = await this.db.asPlatform(scheduledTimes);
    let n = 0;
    for (const r of rows) {
      for (const [action, at] of [
        ['publish', r.publish_at],
        ['unpublish', r.unpublish_at],
      ] as const) {
        if (!at) continue;
        // A save clears publish_at, so a stored publish time still belongs to the approved revision.
        const revisionId = action === 'publish' ? r.approved_revision_id : null;
        await this.enqueue({
          tenantId: r.tenant_id,
          documentId: r.document_id,
          locale: r.locale,
          action,
          at: at.toISOString(),
          ...(revisionId ? { revisionId } : {}),
        });
        n++;
      }
    }
    return n;
  }

  async run(job: ScheduledChange): Promise<void> {
    try {
      await this.attempt(job);
    } catch (e) {
      // A refusal of the workflow (a publish check failed, the address is taken …) would be refused again on
      // every retry: the time is cleared, the refusal audited, and whoever scheduled it told (ScheduledChangeDone).
      // Anything else (the database away) is thrown, so the queue tries again.
      if (!(e instanceof AppError)) throw e;
      this.logger.warn({ job, reason: e.reason }, 'scheduled change refused');
      await this.db.withTenant(job.tenantId, (tx) => this.refused(tx, job, e));
    }
  }

  private async refused(tx: TenantTx, job: ScheduledChange, e: AppError): Promise<void> {
    await updateDocumentLocale(tx, job.documentId, job.locale, job.action === 'publish' ? { publishAt: null } : { unpublishAt: null });
    await audit(
      tx.em,
      tx.tenantId,
      { userId: null, label: scheduler.label },
      {
        action: `workflow.schedule-${job.action}-failed`,
        subjectType: 'document',
        subjectId: job.documentId,
        diff: { locale: job.locale, at: job.at, reason: e.reason },
      },
    );
    await this.events.emit(tx, { ...doneEvent(job), ok: false, reason: e.reason.slice(0, 64) });
  }

  private async attempt(job: ScheduledChange): Promise<void> {
    await this.db.withTenant(job.tenantId, async (tx) => {
      const row = await this.documents.documentLocale(tx, job.documentId, job.locale).catch(() => null);
      const due = job.action === 'publish' ? row?.publishAt : row?.unpublishAt;
      if (!row || !due || due.toISOString() !== job.at) return;
      if (job.action === 'publish' && row.status !== 'approved') {
        this.logger.warn({ job, status: row.status }, 'scheduled publish skipped: the version is no longer approved');
        return;
      }
      if (job.action === 'publish' && job.revisionId && row.approvedRevisionId !== job.revisionId) {
        this.logger.warn(
          { job, approvedRevisionId: row.approvedRevisionId },
          'scheduled publish skipped: another revision is approved now',
        );
        return;
      }
      await this.workflow.transition(tx, scheduler, job.action, {
        documentId: job.documentId,
        locale: job.locale,
        comment: 'scheduled',
        ...(job.action === 'publish' && job.revisionId ? { revisionId: job.revisionId } : {}),
      });
      await this.events.emit(tx, { ...doneEvent(job), ok: true, reason: null });
    });
  }
}
