import type { NotificationService } from './notification.service';

/** What the notifications module's resolvers need; the composition root (server/services.ts) provides it. */
export interface NotificationDeps {
  notifications: NotificationService;
}
