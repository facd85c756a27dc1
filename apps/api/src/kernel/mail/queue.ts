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
  /** The server's last answer; absent when the queue itself dead-lettered the job (its worker died on every try). */
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
 * failure throws, so the queue retries with backoff; after the last retry the
 * message moves to MAIL_DEAD_LETTER with the server's answer. A permanent
 * refusal (5xx) goes there at once, since trying again would be refused again.
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
      const permanent = e instanceof MailDeliveryError && e.permanent;
      // Refused for good, or the last retry: listed with the server's answer (the queue's own dead letter, kept as a
      // backstop for a job whose worker died, carries no error).
      if (permanent || retryCount >= policy.retries) {
        logger.error({ to: message.to, reason, attempts: retryCount + 1 }, 'mail not delivered: moved to the failed mail');
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
    error: job.data.error ?? 'the delivery was interrupted on every try',
    failedAt: job.createdOn,
  }));
}
