/**
 * Domain events: what exists (events.ts), how they travel (bus.ts).
 * Subscribers are registered in one place, platform/subscribers.ts.
 */
export {
  EVENTS_CHANNEL,
  MAX_NOTICE_BYTES,
  type DocumentPublished,
  type DocumentUnpublished,
  type DomainEvent,
  type EventOf,
  type EventType,
  type RegistryChanged,
  type ScheduledChangeDone,
  type TenantChanged,
} from './events';
export { EventBus, MAX_EVENTS_PER_TRANSACTION, type EventOrigin, type Subscriber } from './bus';
