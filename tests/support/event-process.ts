import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../apps/api/src/kernel/config';
import { createDataSource } from '../../apps/api/src/server/db/data-source';
import { Database } from '../../apps/api/src/kernel/db/database';
import type { DomainEvent, EventOrigin } from '../../apps/api/src/kernel/events';
import { createApiServer } from '../../apps/api/src/server/http/app';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { createServices, type Services } from '../../apps/api/src/server/services';
import type { EventListener, ListenerBackoff } from '../../apps/api/src/kernel/db/notifications';
import { listenToOtherProcesses, subscribeWebRevalidation } from '../../apps/api/src/server/subscribers';
import { tenantHosts, WebRevalidator } from '../../apps/api/src/server/web-revalidation';

const logger = createLogger('silent');
const ALL_EVENTS = ['DocumentPublished', 'DocumentUnpublished', 'RegistryChanged', 'TenantChanged'] as const;

/** A stand-in for the web app's revalidation hook on loopback: records the host of every call. */
export async function startWebHook(): Promise<{ url: string; hosts: string[]; close(): Promise<void> }> {
  const hosts: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      if (body.length < 4096) body += c.toString();
    });
    req.on('end', () => {
      hosts.push((JSON.parse(body) as { host: string }).host);
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`,
    hosts,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface EventProcess {
  services: Services;
  port: number;
  url: string;
  /** Every event this process's subscribers heard, in order, with where it came from. */
  heard: [DomainEvent, EventOrigin][];
  revalidator: WebRevalidator | null;
  /** The process's listener: its `stats` count drops and reconnects. */
  listener: EventListener;
  stop(): Promise<void>;
}

/**
 * An API process as main.ts wires it: its own pool, services, HTTP server
 * (response cache, tenant router), listener, and optionally web revalidation.
 */
export async function startEventProcess(databaseUrl: string, webHookUrl?: string, backoff?: ListenerBackoff): Promise<EventProcess> {
  const ds: DataSource = createDataSource({ url: databaseUrl, poolMax: 2 });
  await ds.initialize();
  const services = createServices(new Database(ds), { logger });
  const heard: [DomainEvent, EventOrigin][] = [];
  services.events.on(ALL_EVENTS, (e, origin) => void heard.push([e, origin]));
  const server = await createApiServer(loadConfig({ NODE_ENV: 'test' }), services, logger);
  const listener = await listenToOtherProcesses(services.events, databaseUrl, logger, backoff);
  const revalidator = webHookUrl
    ? new WebRevalidator({ urls: [webHookUrl], secret: 's', hostsOf: tenantHosts(services.db, services.tenancy), logger: null, batchMs: 5 })
    : null;
  const detach = revalidator ? subscribeWebRevalidation(services.events, revalidator) : () => undefined;
  const port = await server.listen(0);
  return {
    services,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    heard,
    revalidator,
    listener,
    async stop() {
      detach();
      await revalidator?.flush();
      await listener();
      await server.close();
      await ds.destroy();
    },
  };
}

/** Polls `probe` every 20 ms until it returns a value, for at most `ms`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 2000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** An anonymous GraphQL read for the tenant with this slug: the answer and whether it came from the response cache. */
export async function readAs<T>(url: string, tenantSlug: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': tenantSlug },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: res.headers.get('x-cache'), data: ((await res.json()) as { data: T }).data };
}
