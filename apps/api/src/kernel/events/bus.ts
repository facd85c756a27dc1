import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { TenantTx } from '../db/database';
import type { Logger } from '../logger';
import { decodeNotice, encodeNotice, EVENTS_CHANNEL, type DomainEvent, type EventOf, type EventType } from './events';

/** Where a change was made: in this process, or in another one (heard through PostgreSQL). */
export type EventOrigin = 'here' | 'elsewhere';

/** A subscriber may return a promise: its rejection is logged, never left unhandled. */
export type Subscriber<T extends EventType> = (event: EventOf<T>, origin: EventOrigin) => unknown;

/** A transaction emits a handful of events (one per changed document locale); more is a bug, not a workload. */
export const MAX_EVENTS_PER_TRANSACTION = 1000;

interface Registration {
  types: ReadonlySet<EventType>;
  fn: (event: DomainEvent, origin: EventOrigin) => unknown;
}

/**
 * The one event path. Services emit inside their transaction; the bus records
 * the event on that transaction and queues one `pg_notify` in it, so nothing
 * leaves a transaction that rolls back. After the commit, this process's
 * subscribers get each event once ('here'); other processes get it from
 * PostgreSQL, which delivers notifications only on commit, through their
 * listener and `receive` ('elsewhere'). A process ignores its own notices.
 */
export class EventBus {
  /** Tells this process's notices from those of other processes. */
  readonly processId = randomUUID();
  private readonly registrations = new Set<Registration>();
  private readonly missedSubscribers = new Set<() => void>();
  // Keyed by the transaction's EntityManager: gone with the transaction, whether it committed or not.
  private readonly recorded = new WeakMap<EntityManager, Map<string, DomainEvent>>();

  constructor(private readonly logger: Logger | null = null) {}

  /**
   * Records `event` on `tx`: delivered after it commits, never if it rolls back.
   * The same event twice in one transaction is delivered once.
   */
  async emit(tx: TenantTx, event: DomainEvent): Promise<void> {
    let events = this.recorded.get(tx.em);
    if (!events) {
      const list = new Map<string, DomainEvent>();
      events = list;
      this.recorded.set(tx.em, list);
      tx.afterCommit(() => this.dispatch([...list.values()], 'here'));
    }
    const key = JSON.stringify(event);
    if (events.has(key)) return;
    if (events.size >= MAX_EVENTS_PER_TRANSACTION) throw new Error(`a transaction may emit at most ${MAX_EVENTS_PER_TRANSACTION} events`);
    const payload = encodeNotice(this.processId, event);
    events.set(key, event);
    await tx.em.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, payload]);
  }

  /** Calls `fn` for every event of these types, after commit; returns the function that unsubscribes. */
  on<T extends EventType>(types: T | readonly T[], fn: Subscriber<T>): () => void {
    const set = new Set<EventType>(typeof types === 'string' ? [types] : types);
    const registration: Registration = {
      types: set,
      fn: (event, origin) => (isOneOf<T>(event, set) ? fn(event, origin) : undefined),
    };
    this.registrations.add(registration);
    return () => this.registrations.delete(registration);
  }

  /**
   * Calls `fn` when notices from other processes may have been lost (the
   * listener was reconnected): whatever they would have invalidated must be
   * dropped as a whole.
   */
  onMissed(fn: () => void): () => void {
    this.missedSubscribers.add(fn);
    return () => this.missedSubscribers.delete(fn);
  }

  /** A notification payload heard on the channel: dispatched unless it is malformed or this process sent it. */
  receive(payload: string): void {
    const notice = decodeNotice(payload);
    if (!notice) {
      this.logger?.warn('ignored a malformed event notice');
      return;
    }
    if (notice.from === this.processId) return;
    this.dispatch([notice.event], 'elsewhere');
  }

  /** The listener lost notices it cannot get back (it reconnected). */
  missed(): void {
    for (const fn of this.missedSubscribers) {
      try {
        fn();
      } catch (err) {
        this.logger?.error({ err }, 'an event subscriber failed after missed notices');
      }
    }
  }

  // The change has committed whatever a subscriber does: one failing subscriber neither stops the others nor the caller.
  private dispatch(events: readonly DomainEvent[], origin: EventOrigin): void {
    for (const event of events) {
      for (const { types, fn } of this.registrations) {
        if (!types.has(event.type)) continue;
        try {
          const done = fn(event, origin);
          if (done instanceof Promise)
            done.catch((err: unknown) => this.logger?.error({ err, event: event.type }, 'an event subscriber failed'));
        } catch (err) {
          this.logger?.error({ err, event: event.type }, 'an event subscriber failed');
        }
      }
    }
  }
}

function isOneOf<T extends EventType>(event: DomainEvent, types: ReadonlySet<EventType>): event is EventOf<T> {
  return types.has(event.type);
}
