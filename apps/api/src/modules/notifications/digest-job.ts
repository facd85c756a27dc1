import type { JobQueue } from '../../kernel/jobs';
import type { Logger } from '../../kernel/logger';
import type { NotificationService } from './notification.service';

export const REVIEW_DIGEST_QUEUE = 'notification-review-digest';
/** Mondays at 06:00 UTC: before the working week starts in Europe, early enough elsewhere. */
export const REVIEW_DIGEST_CRON = '0 6 * * 1';

/**
 * The weekly digest of documents past their review date, as a pg-boss
 * schedule: one run per week for the installation, whichever process picks
 * it up. A failed run is retried by the queue; the next week's is independent.
 */
export async function startReviewDigest(jobs: JobQueue, notifications: NotificationService, logger: Logger): Promise<void> {
  await jobs.ensureQueue(REVIEW_DIGEST_QUEUE, { retryLimit: 3, retryDelay: 600 });
  await jobs.every(REVIEW_DIGEST_QUEUE, REVIEW_DIGEST_CRON);
  await jobs.work(REVIEW_DIGEST_QUEUE, async () => {
    const sent = await notifications.sendOverdueDigests();
    logger.info({ sent }, 'weekly review digest sent');
  });
}

export const DAILY_DIGEST_QUEUE = 'notification-daily-digest';
/** Every day at 06:00 UTC, like the weekly digest: before the working day in Europe. */
export const DAILY_DIGEST_CRON = '0 6 * * *';

/**
 * The daily digests of the kinds members chose to get once a day, as a
 * pg-boss schedule: one run per day for the installation. A run takes each
 * member's pending items as it mails them, so a retried run sends only what
 * is still pending.
 */
export async function startDailyDigest(jobs: JobQueue, notifications: NotificationService, logger: Logger): Promise<void> {
  await jobs.ensureQueue(DAILY_DIGEST_QUEUE, { retryLimit: 3, retryDelay: 600 });
  await jobs.every(DAILY_DIGEST_QUEUE, DAILY_DIGEST_CRON);
  await jobs.work(DAILY_DIGEST_QUEUE, async () => {
    const sent = await notifications.sendDailyDigests();
    logger.info({ sent }, 'daily notification digests sent');
  });
}
