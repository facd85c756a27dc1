import { DEFAULT_LISTENER_BACKOFF, listenForEvents, type EventListener, type ListenerBackoff } from '../kernel/db/notifications';
import type { EventBus } from '../kernel/events';
import { NOTIFYING_EVENTS, type NotificationService } from '../modules/notifications';
import { WEBHOOK_SOURCE_EVENTS, type WebhookService } from '../modules/webhooks';
import type { PublicResponseCache } from './http/public-cache';
import type { TenantRouter } from './http/tenant-routing';
import type { Logger } from '../kernel/logger';
import type { WebRevalidator } from './web-revalidation';

/*
 * Every after-commit subscriber to domain events, in one place. Work that must
 * commit together with the change is not a subscriber: search indexing
 * (services.ts, Publisher.afterPublish) and translation tracking
 * (localization/hooks.ts) write rows in the change's own transaction, so the
 * index and the translation states can never disagree with what was committed.
 */

/** What readers see changed: anonymous answers of the tenant cached before are stale. */
const CONTENT_CHANGES = ['DocumentPublished', 'DocumentUnpublished', 'RegistryChanged', 'PublishedImageSourcesReady'] as const;

/** The API server's read caches: cached anonymous answers and host → tenant lookups, in this process. */
export function subscribeReadCaches(events: EventBus, caches: { cache: PublicResponseCache; router: TenantRouter }): () => void {
  const { cache, router } = caches;
  const off = [
    events.on(CONTENT_CHANGES, (e) => cache.invalidateTenant(e.tenantId)),
    events.on('TenantChanged', (e) => {
      cache.invalidateTenant(e.tenantId);
      router.clear();
    }),
    // Notices lost while the listener reconnected: which tenants changed is unknown, so drop everything.
    events.onMissed(() => {
      cache.clear();
      router.clear();
    }),
  ];
  return () => off.forEach((f) => f());
}

/**
 * The web app's page cache. Only changes made in this process are sent, so
 * with several API processes each change reaches the web app once.
 */
export function subscribeWebRevalidation(events: EventBus, revalidator: WebRevalidator): () => void {
  return events.on(CONTENT_CHANGES, (e, origin) => {
    if (origin === 'here') revalidator.refreshTenant(e.tenantId);
  });
}

/**
 * Notification e-mails. Only changes made in this process: every process
 * hears every event, and each change must be mailed once. Mail is queued in
 * PostgreSQL from here; a crash between the commit and this dispatch loses
 * that change's notifications (ADR 0027 says why that is accepted).
 */
export function subscribeNotifications(events: EventBus, notifications: NotificationService): () => void {
  return events.on(NOTIFYING_EVENTS, (e, origin) => (origin === 'here' ? notifications.notify(e) : undefined));
}

/**
 * Webhooks. Like notifications, only changes made in this process, so each
 * change becomes one delivery per subscription however many processes run;
 * deliveries are rows in the event's tenant, their tries jobs in PostgreSQL.
 */
export function subscribeWebhooks(events: EventBus, webhooks: WebhookService): () => void {
  return events.on(WEBHOOK_SOURCE_EVENTS, (e, origin) => (origin === 'here' ? webhooks.fanOut(e) : undefined));
}

/** Hears the events of other processes (PostgreSQL only; the embedded database serves one process). */
export function listenToOtherProcesses(
  events: EventBus,
  url: string,
  logger: Logger,
  backoff: ListenerBackoff = DEFAULT_LISTENER_BACKOFF,
): Promise<EventListener> {
  return listenForEvents(url, { onNotice: (payload) => events.receive(payload), onReconnect: () => events.missed() }, logger, backoff);
}
