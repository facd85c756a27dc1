import type { WebhookService } from './webhook.service';

/** What the webhooks module's resolvers need; the composition root (server/services.ts) provides it. */
export interface WebhookDeps {
  webhooks: WebhookService;
}
