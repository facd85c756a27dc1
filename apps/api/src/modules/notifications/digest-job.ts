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
