import type { JobQueue } from '../jobs';
import type { Logger } from '../logger';
import { MailDeliveryError, type MailMessage, type MailSender } from './mail';

/** Outgoing mail waits here (pg-boss, in PostgreSQL) until the transport took it. */
export const MAIL_QUEUE = 'mail';
/** Mail that could not be delivered: refused for good, or still failing after every retry. Kept for operators. */
export const MAIL_DEAD_LETTER = 'mail-failed';

export interface MailRetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** Wait before the first retry; doubles (with jitter) each time up to `maxDelaySeconds`. */
  delaySeconds: number;
  maxDelaySeconds: number;
}

/** About 1 min, 2, 4, 8, … up to an hour between tries: a day of an SMTP server's outage is ridden out. */
export const DEFAULT_MAIL_RETRY: MailRetryPolicy = { retries: 12, delaySeconds: 60, maxDelaySeconds: 3600 };

/** How long undeliverable mail stays listed (30 days). */
const DEAD_LETTER_RETENTION_SECONDS = 30 * 24 * 3600;

interface MailJob {
  message: MailMessage;
}

interface DeadMailJob extends MailJob {
  /** Set when the transport refused the message for good (the job queue's own dead letters carry it in `output`). */
  error?: string;
  attempts?: number;
}

/** Services hand mail to this sender: it only queues, so a request never waits for (or fails with) the mail server. */
export class QueuedMailSender implements MailSender {
  constructor(private readonly jobs: JobQueue) {}

  async send(message: MailMessage): Promise<void> {
    await this.jobs.sendNow(MAIL_QUEUE, { message } satisfies MailJob);
  }
}

/**
 * Creates the queues and starts delivering through `transport`. A temporary
 * failure throws, so the queue retries with backoff and, after the last
 * retry, moves the job to MAIL_DEAD_LETTER; a permanent refusal (5xx) goes
 * there at once, since trying again would be refused again.
 */
export async function startMailDelivery(
  jobs: JobQueue,
  transport: MailSender,
  logger: Logger,
  policy: MailRetryPolicy = DEFAULT_MAIL_RETRY,
): Promise<void> {
  await jobs.ensureQueue(MAIL_DEAD_LETTER, { retentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
  await jobs.ensureQueue(MAIL_QUEUE, {
    retryLimit: policy.retries,
    retryDelay: policy.delaySeconds,
    retryBackoff: true,
    retryDelayMax: policy.maxDelaySeconds,
    deadLetter: MAIL_DEAD_LETTER,
  });
  await jobs.workJobs<MailJob>(MAIL_QUEUE, async ({ data, retryCount }) => {
    const { message } = data;
    try {
      await transport.send(message);
      logger.info({ to: message.to, attempt: retryCount + 1 }, 'mail delivered');
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      if (e instanceof MailDeliveryError && e.permanent) {
        logger.error({ to: message.to, reason }, 'mail refused for good: moved to the failed mail');
        await jobs.sendNow(MAIL_DEAD_LETTER, { message, error: reason, attempts: retryCount + 1 } satisfies DeadMailJob);
        return;
      }
      logger.warn({ to: message.to, attempt: retryCount + 1, reason }, 'mail not delivered yet: will try again');
      throw e;
    }
  });
}

/** One undeliverable message as operators see it: no body, since it may hold a one-time link. */
export interface FailedMail {
  id: string;
  to: string;
  subject: string;
  error: string;
  failedAt: Date;
}

/** The undeliverable mail still kept, oldest first, at most `limit`. */
export async function failedMail(jobs: JobQueue, limit = 100): Promise<FailedMail[]> {
  const rows = await jobs.waiting<DeadMailJob>(MAIL_DEAD_LETTER, limit);
  return rows.map((job) => ({
    id: job.id,
    to: job.data.message?.to ?? '',
    subject: job.data.message?.subject ?? '',
    error: job.data.error ?? errorOf(job.output) ?? 'still failing after every retry',
    failedAt: job.createdOn,
  }));
}

function errorOf(output: unknown): string | null {
  if (!output || typeof output !== 'object') return null;
  const o = output as { message?: unknown; value?: { message?: unknown } };
  if (typeof o.message === 'string') return o.message;
  if (typeof o.value?.message === 'string') return o.value.message;
  return null;
}
