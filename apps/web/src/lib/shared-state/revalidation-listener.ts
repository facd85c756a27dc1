import { Client } from 'pg';

/** The API announces each refresh here (apps/api/src/server/web-revalidation.ts, WEB_REVALIDATE_CHANNEL). */
export const WEB_REVALIDATE_CHANNEL = 'careleaf_web_revalidate';

/** A host name is at most 253 characters; a longer notice is not one of ours. */
const MAX_HOST = 255;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 30_000;

export interface RevalidationListenerOptions {
  /** A direct connection (LISTEN does not work through a transaction pooler). */
  url: string;
  /** Drops this process's cached pages of `host` (the same as POST /api/revalidate with that host). */
  onHost(host: string): Promise<void> | void;
  /** Notices sent while the connection was down are lost: the pages expire on their own within 5 minutes. */
  onReconnect?(): void;
  log?(level: 'info' | 'warn', message: string, detail?: unknown): void;
}

export interface RevalidationListener {
  /** Resolves once the first LISTEN is in place (or rejects when the first connection fails). */
  ready: Promise<void>;
  listening(): boolean;
  stop(): Promise<void>;
}

/** The host of a notice, or null when the payload is not one (malformed, too long, wrong shape). */
export function hostOfNotice(payload: string | undefined): string | null {
  if (!payload || payload.length > 2 * MAX_HOST) return null;
  try {
    const host = (JSON.parse(payload) as { host?: unknown }).host;
    return typeof host === 'string' && host.trim() && host.length <= MAX_HOST ? host : null;
  } catch {
    return null;
  }
}

/**
 * Every web process LISTENs on one PostgreSQL channel, so a publish through
 * any API process reaches the page cache of every web process without a list
 * of them (ADR 0034). One connection at a time; a lost one is replaced after a
 * capped, doubling wait. A failing handler is logged, never thrown.
 */
export function listenForRevalidation(opts: RevalidationListenerOptions): RevalidationListener {
  let client: Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let attempt = 0;
  const log = opts.log ?? (() => undefined);

  const lost = (c: Client, err?: Error) => {
    if (c !== client) return;
    client = null;
    void c.end().catch(() => undefined);
    if (stopped) return;
    log('warn', 'revalidation listener lost its connection', err);
    schedule();
  };

  const connect = async (): Promise<void> => {
    const c = new Client({ connectionString: opts.url, application_name: 'careleaf-web-listener' });
    c.on('notification', (msg) => {
      if (msg.channel !== WEB_REVALIDATE_CHANNEL) return;
      const host = hostOfNotice(msg.payload);
      if (!host) return log('warn', 'ignored a malformed revalidation notice');
      Promise.resolve()
        .then(() => opts.onHost(host))
        .catch((err: unknown) => log('warn', 'refreshing a host after a notice failed', err));
    });
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${WEB_REVALIDATE_CHANNEL}`);
    } catch (err) {
      await c.end().catch(() => undefined);
      throw err;
    }
    if (stopped) return void (await c.end().catch(() => undefined));
    client = c;
  };

  const schedule = () => {
    if (stopped || timer) return;
    const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.min(attempt++, 20));
    timer = setTimeout(() => {
      timer = null;
      connect().then(
        () => {
          attempt = 0;
          log('info', 'revalidation listener reconnected');
          opts.onReconnect?.();
        },
        (err: unknown) => {
          log('warn', 'revalidation listener could not reconnect', err);
          schedule();
        },
      );
    }, delay);
    timer.unref();
  };

  const ready = connect();
  // The first failure is the caller's to report; later ones retry on their own.
  ready.catch(() => schedule());
  return {
    ready,
    listening: () => client !== null,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
