/**
 * The webhooks module's public face: signed webhooks per tenant, their
 * delivery through the job queue and the delivery log
 * (docs/adr/0029-signed-webhooks.md, docs/integration.md).
 */
import 'reflect-metadata';
export { WebhookService, WEBHOOK_QUEUE, type WebhookJob, type WebhookPayload, type WebhookJobs } from './webhook.service';
export { WEBHOOK_EVENTS, WEBHOOK_EVENT_NAMES, WEBHOOK_SOURCE_EVENTS, type WebhookEventName } from './event-names';
export { DEFAULT_WEBHOOK_OPTIONS, MAX_SUBSCRIPTIONS, KEEP_DELIVERIES, KEEP_DAYS, type WebhookOptions } from './options';
export { DEFAULT_RETRY, type RetryPolicy } from './schedule';
export { startWebhookDelivery, WEBHOOK_CLEANUP_QUEUE, WEBHOOK_CLEANUP_CRON } from './webhook-jobs';
export { WebhookResolver } from './webhook.resolver';
export type { WebhookDeps } from './deps';
