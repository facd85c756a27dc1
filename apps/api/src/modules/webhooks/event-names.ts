import type { EventOf } from '../../kernel/events';

/**
 * The events a webhook can be told of, by their public names (stable: they
 * are part of the integration contract, docs/integration.md), and the domain
 * event each stands for. Only what headless readers act on: what a reader
 * sees changed. Workflow steps (review requested …) stay inside the editor.
 */
export const WEBHOOK_EVENTS = {
  'document.published': 'DocumentPublished',
  'document.unpublished': 'DocumentUnpublished',
  'registry.changed': 'RegistryChanged',
} as const;

export type WebhookEventName = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEventName[];

/** The domain events subscribers.ts subscribes to for webhooks. */
export const WEBHOOK_SOURCE_EVENTS = ['DocumentPublished', 'DocumentUnpublished', 'RegistryChanged'] as const;
export type WebhookSourceEvent = EventOf<(typeof WEBHOOK_SOURCE_EVENTS)[number]>;

// Both lists name the same events: one added to one and not the other fails to compile here.
const NAME_OF: Record<WebhookSourceEvent['type'], WebhookEventName> = {
  DocumentPublished: 'document.published',
  DocumentUnpublished: 'document.unpublished',
  RegistryChanged: 'registry.changed',
};
export const publicName = (type: WebhookSourceEvent['type']): WebhookEventName => NAME_OF[type];

export const isWebhookEventName = (name: string): name is WebhookEventName => Object.hasOwn(WEBHOOK_EVENTS, name);
