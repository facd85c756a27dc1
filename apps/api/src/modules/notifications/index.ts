/**
 * The notifications module's public face: notification e-mails on domain
 * events and the weekly review digest, each member's settings, one-click
 * unsubscribe (docs/adr/0027-notification-mail.md).
 */
import 'reflect-metadata';
export {
  NOTIFICATION_KINDS,
  ON_BY_DEFAULT,
  DELIVERIES,
  DAILY_DIGEST_MAX_PENDING,
  type Delivery,
  MAX_RECIPIENTS_PER_EVENT,
  DIGEST_MAX_ENTRIES,
  type NotificationKind,
} from './kinds';
export { NotificationService, NOTIFYING_EVENTS, type NotificationSettings, type NotifyingEvent } from './notification.service';
export { NotificationResolver } from './notification.resolver';
export { NOTIFICATION_PATHS } from './notification-mail';
export type { NotificationDeps } from './deps';
export {
  startReviewDigest,
  REVIEW_DIGEST_CRON,
  REVIEW_DIGEST_QUEUE,
  startDailyDigest,
  DAILY_DIGEST_CRON,
  DAILY_DIGEST_QUEUE,
} from './digest-job';
