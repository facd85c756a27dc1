import type { Database } from '../kernel/db/database';
import type { Logger } from '../kernel/logger';
import type { TenancyService } from '../modules/tenancy';

/** The channel web processes LISTEN on (WEB_DATABASE_URL on the web app); one notice per host. */
export const WEB_REVALIDATE_CHANNEL = 'careleaf_web_revalidate';

export interface WebRevalidationOptions {
  /** A static list of the web app's hooks, one per web process (each keeps its own page cache); may be empty. */
  urls: readonly string[];
  /** Shared with the web app (CARELEAF_REVALIDATE_SECRET); only needed with `urls`. */
  secret: string;
  /**
   * Tells every listening web process at once, however many there are:
   * `pg_notify` on WEB_REVALIDATE_CHANNEL (webRevalidationNotice). Null on the
   * embedded database, which no web process can reach.
   */
  notify?: ((host: string) => Promise<void>) | null;
  /** Every domain of a tenant: the web app caches pages per host. */
  hostsOf(tenantId: string): Promise<string[]>;
  logger: Logger | null;
  /** Publishing several locales at once (or a registry import) becomes one call per host. */
  batchMs?: number;
  /** Waits before each retry; the web app's pages expire on their own after 5 minutes if every try fails. */
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
}

/**
 * Tells the patient site to drop its cached pages of a tenant when something
 * readers see changed here: a publish, an unpublish (also by the scheduler) or
 * a registry edit (subscribers.ts decides which events). The web app expires
 * the tenant's pages, which covers every document and every fallback page at once.
 */
export class WebRevalidator {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly opts: WebRevalidationOptions) {}

  /** Asks the web app, shortly and batched, to drop the tenant's pages (pending calls still go out on flush()). */
  refreshTenant(tenantId: string): void {
    this.pending.add(tenantId);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.send();
    }, this.opts.batchMs ?? 50);
  }

  /** Sends what is waiting now and resolves when every call has finished (tests, shutdown). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.send();
    }
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  private send(): void {
    const tenants = [...this.pending];
    this.pending.clear();
    for (const tenantId of tenants) {
      const p = this.revalidateTenant(tenantId).finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }
  }

  private async revalidateTenant(tenantId: string): Promise<void> {
    let hosts: string[];
    try {
      hosts = await this.opts.hostsOf(tenantId);
    } catch (err) {
      this.opts.logger?.warn({ err, tenantId }, 'could not read the tenant’s domains to refresh its pages on the web app');
      return;
    }
    const notify = this.opts.notify;
    await Promise.all([
      ...(notify ? hosts.map((host) => this.announce(notify, host)) : []),
      ...this.opts.urls.flatMap((url) => hosts.map((host) => this.post(url, host))),
    ]);
  }

  private async announce(notify: (host: string) => Promise<void>, host: string): Promise<void> {
    try {
      await notify(host);
    } catch (err) {
      this.opts.logger?.warn({ err, host }, 'could not announce the refresh of a tenant’s pages to the web processes');
    }
  }

  private async post(url: string, host: string): Promise<void> {
    const delays = this.opts.retryDelaysMs ?? [500, 2000, 5000];
    for (let attempt = 0; ; attempt++) {
      let problem: string;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.opts.secret}` },
          body: JSON.stringify({ host }),
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5000),
        });
        if (res.ok) return;
        problem = `HTTP ${res.status}`;
        // A wrong secret or a hook that is switched off does not get better by trying again.
        if (res.status === 401 || res.status === 404) attempt = delays.length;
      } catch (err) {
        problem = err instanceof Error ? err.message : String(err);
      }
      if (attempt >= delays.length) {
        this.opts.logger?.warn(
          { url, host, problem },
          'the web app did not take the refresh of a tenant’s pages; check WEB_REVALIDATE_URL and CARELEAF_REVALIDATE_SECRET on both sides (its pages refresh on their own within 5 minutes)',
        );
        return;
      }
      await new Promise((r) => setTimeout(r, delays[attempt]));
    }
  }
}

/**
 * The notice to the web processes: one host, as JSON, on its own channel
 * (never on the domain-event channel, which API processes decode). A
 * notification goes to every session that LISTENs, so no list of web processes
 * is needed; it is sent outside any transaction, after the change committed.
 */
export function webRevalidationNotice(db: Database): (host: string) => Promise<void> {
  return async (host) => {
    await db.readOnce('web-revalidate', 'SELECT pg_notify($1, $2)', [WEB_REVALIDATE_CHANNEL, JSON.stringify({ host })]);
  };
}

/** A tenant's domains, read as that tenant (row-level security applies). */
export function tenantHosts(db: Database, tenancy: TenancyService): (tenantId: string) => Promise<string[]> {
  return (tenantId) => db.withTenant(tenantId, async (tx) => (await tenancy.view(tx)).domains);
}
