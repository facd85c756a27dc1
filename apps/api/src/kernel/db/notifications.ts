import { Client } from 'pg';
import { EVENTS_CHANNEL } from '../events/events';
import type { Logger } from '../logger';

/** How long to wait before reconnect attempt n (0-based): exponential, capped, with jitter. */
export interface ListenerBackoff {
  initialMs: number;
  maxMs: number;
}

/**
 * Reconnects start fast (a restarted PostgreSQL is usually back within a second) and
 * slow down to one attempt every 30 s, so an unreachable server is not hammered.
 */
export const DEFAULT_LISTENER_BACKOFF: ListenerBackoff = { initialMs: 250, maxMs: 30_000 };

/** Full-jitter delay between half and all of the capped exponential step, so many processes don't reconnect in lockstep. */
export function backoffDelay(attempt: number, backoff: ListenerBackoff, random: () => number = Math.random): number {
  const step = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Counters for tests and metrics; they only grow. */
export interface ListenerStats {
  /** Connections lost after they were listening. */
  readonly drops: number;
  /** Connection attempts that failed (each is retried). */
  readonly failedAttempts: number;
  /** Successful reconnects after a drop. */
  readonly reconnects: number;
  /** Whether a connection is listening right now. */
  readonly listening: boolean;
}

/** Stops listening when called; `stats` tells how the connection has fared. */
export type EventListener = (() => Promise<void>) & { readonly stats: ListenerStats };

export interface EventListenerHandlers {
  /** The payload of each notification on the events channel (EventBus.receive). */
  onNotice(payload: string): void;
  /** Called after each reconnect: notices sent while the connection was down are lost (EventBus.missed). */
  onReconnect?(): void;
}

/**
 * Every API process listens, so a change in one process (or in the job
 * worker, or the CLI) reaches the subscribers of all of them. One dedicated
 * connection at a time: a lost one (`error` or a bare `end`) is closed and
 * replaced after a capped, jittered backoff; a failed reconnect is retried the
 * same way. Not used on the embedded database, which serves one process:
 * there the in-process delivery is enough.
 */
export async function listenForEvents(
  url: string,
  handlers: EventListenerHandlers,
  logger: Logger,
  backoff: ListenerBackoff = DEFAULT_LISTENER_BACKOFF,
): Promise<EventListener> {
  let client: Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let attempt = 0;
  let stopped = false;
  const stats = { drops: 0, failedAttempts: 0, reconnects: 0, listening: false };

  // Called for `error` and for `end`, possibly both for one connection: only the current one counts.
  const lost = (c: Client, err?: Error): void => {
    if (c !== client) return;
    client = null;
    stats.listening = false;
    stats.drops += 1;
    void c.end().catch(() => undefined);
    if (stopped) return;
    logger.warn({ err, drops: stats.drops }, 'event listener lost its connection');
    schedule();
  };

  const connect = async (): Promise<void> => {
    const c = new Client({ connectionString: url, application_name: 'careleaf-listener' });
    c.on('notification', (msg) => {
      if (msg.channel === EVENTS_CHANNEL && msg.payload) handlers.onNotice(msg.payload);
    });
    // A handler must stay attached for the client's whole life: an unhandled `error` would end the process.
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (err) {
      await c.end().catch(() => undefined);
      throw err;
    }
    if (stopped) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    stats.listening = true;
  };

  // At most one timer and so at most one connection attempt in flight.
  const schedule = (): void => {
    if (stopped || timer) return;
    const delay = backoffDelay(attempt, backoff);
    attempt += 1;
    logger.info({ delayMs: delay, attempt }, 'event listener reconnecting');
    timer = setTimeout(() => {
      timer = null;
      connect().then(
        () => {
          if (stopped) return;
          attempt = 0;
          stats.reconnects += 1;
          logger.info({ reconnects: stats.reconnects }, 'event listener reconnected');
          handlers.onReconnect?.();
        },
        (err: unknown) => {
          stats.failedAttempts += 1;
          logger.warn({ err, attempt }, 'event listener reconnect failed');
          schedule();
        },
      );
    }, delay);
  };

  await connect();
  const stop = async (): Promise<void> => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    const c = client;
    client = null;
    stats.listening = false;
    await c?.end();
  };
  return Object.assign(stop, { stats: stats as ListenerStats });
}
