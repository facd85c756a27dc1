import type { JobQueue } from '../../kernel/jobs';
import type { Logger } from '../../kernel/logger';
import { KEEP_DAYS, KEEP_DELIVERIES } from './options';
import { WEBHOOK_QUEUE, type WebhookJob, type WebhookService } from './webhook.service';

/** The daily cleanup of the delivery logs. */
export const WEBHOOK_CLEANUP_QUEUE = 'webhook-cleanup';
/** Every day at 03:17 UTC (off the hour, when little else runs). */
export const WEBHOOK_CLEANUP_CRON = '17 3 * * *';

/**
 * Starts delivering: each job is one try; the service schedules the next
 * try itself (its own backoff, logged per try). pg-boss's own retries only
 * catch a worker that died mid-try; the service skips a try already made.
 */
export async function startWebhookDelivery(jobs: JobQueue, webhooks: WebhookService, logger: Logger): Promise<void> {
  await jobs.ensureQueue(WEBHOOK_QUEUE, { retryLimit: 2, retryDelay: 30, retentionSeconds: 7 * 24 * 3600 });
  await jobs.work<WebhookJob>(WEBHOOK_QUEUE, async (job) => {
    try {
      await webhooks.attempt(job);
    } catch (err) {
      logger.error(
        { err, deliveryId: job.deliveryId, attempt: job.attempt },
        'webhook try failed inside the server: the queue tries again',
      );
      throw err;
    }
  });
  await jobs.ensureQueue(WEBHOOK_CLEANUP_QUEUE);
  await jobs.work(WEBHOOK_CLEANUP_QUEUE, async () => {
    const removed = await webhooks.prune(KEEP_DELIVERIES, KEEP_DAYS);
    logger.info({ removed }, 'webhook delivery logs pruned');
  });
  await jobs.every(WEBHOOK_CLEANUP_QUEUE, WEBHOOK_CLEANUP_CRON);
}
