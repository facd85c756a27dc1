import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../apps/api/src/kernel/config';
import { createDataSource } from '../../apps/api/src/server/db/data-source';
import { Database } from '../../apps/api/src/kernel/db/database';
import { listenForEvents, type EventListener } from '../../apps/api/src/kernel/db/notifications';
import { createApiServer, type ApiServer } from '../../apps/api/src/server/http/app';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { createServices, type Services } from '../../apps/api/src/server/services';
import { listenToOtherProcesses } from '../../apps/api/src/server/subscribers';
import { useTestDatabase } from '../support/database';
import { testMode, withDatabase } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, publish, systemActor } from '../factories/document.factory';

const t = useTestDatabase();
const logger = createLogger('silent');
const READ = `query($slug: String!) { publishedDocument(slug: $slug, locale: "de") { title } }`;
// Short steps keep ten drops within seconds; the shape (capped, jittered, retried) is the production one.
const BACKOFF = { initialMs: 20, maxMs: 200 };

/** The listener connections of this test's database (other suites on the same server have their own). */
async function listenerPids(admin: Client): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = 'careleaf-listener' AND datname = $1`,
    [new URL(t.url).pathname.slice(1)],
  );
  return rows.map((r) => r.pid);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// The listener is a dedicated server connection killed with pg_terminate_backend; the embedded database has one session and no listener.
const serverOnly = testMode() === 'server' ? test : test.skip;

serverOnly('after ten killed listener connections exactly one listener remains and invalidation still arrives', async () => {
  const tenant = await createTenant(t.services);
  const { document } = await createDocument(t.services, tenant.id, { slug: 'zaeh', title: 'Erste Fassung' });
  await publish(t.services, tenant.id, document.id);

  // The reading process: its own pool, services, cache and listener.
  const ds: DataSource = createDataSource({ url: t.url, poolMax: 2 });
  await ds.initialize();
  const services: Services = createServices(new Database(ds));
  const server: ApiServer = await createApiServer(loadConfig({ NODE_ENV: 'test' }), services, logger);
  const listener: EventListener = await listenToOtherProcesses(services.events, t.url, logger, BACKOFF);
  const url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
  const admin = new Client({ connectionString: t.url });
  await admin.connect();
  try {
    const read = async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug },
        body: JSON.stringify({ query: READ, variables: { slug: 'zaeh' } }),
      });
      return ((await res.json()) as { data: { publishedDocument: { title: string } } }).data.publishedDocument.title;
    };

    for (let kill = 1; kill <= 10; kill += 1) {
      const [before] = await until('a listener', async () => {
        const pids = await listenerPids(admin);
        return pids.length > 0 ? pids : undefined;
      });
      await admin.query(`SELECT pg_terminate_backend($1)`, [before]);
      await until(`reconnect ${kill}`, async () => {
        const pids = await listenerPids(admin);
        return listener.stats.reconnects >= kill && pids.length > 0 && !pids.includes(before!) ? true : undefined;
      });
    }
    // Longer than the largest backoff step: a stray extra connection would have appeared by now.
    await new Promise((r) => setTimeout(r, BACKOFF.maxMs * 2));
    expect(await listenerPids(admin)).toHaveLength(1);
    expect(listener.stats).toEqual({ drops: 10, failedAttempts: 0, reconnects: 10, listening: true });

    expect(await read()).toBe('Erste Fassung'); // now cached in the reading process
    await t.services.db.withTenant(tenant.id, async (tx) => {
      await t.services.documents.save(tx, systemActor, {
        documentId: document.id,
        locale: 'de',
        baseVersion: 1,
        content: content('Zweite Fassung'),
      });
      for (const step of ['submit', 'approve', 'publish'] as const)
        await t.services.workflow.transition(tx, systemActor, step, { documentId: document.id, locale: 'de' });
    });
    expect(await until('the new title', async () => ((await read()) === 'Zweite Fassung' ? true : undefined), 1000)).toBe(true);
  } finally {
    await listener();
    await admin.end();
    await server.close();
    await ds.destroy();
  }
});

serverOnly('a listener whose reconnect fails keeps retrying until the database accepts it again', async () => {
  const warnings: string[] = [];
  const recording = createLogger('silent');
  recording.warn = ((_obj: unknown, msg?: string) => void warnings.push(msg ?? '')) as typeof recording.warn;
  // Connected elsewhere: a database cannot refuse connections while the session doing it is inside.
  const admin = new Client({ connectionString: withDatabase(t.url, 'postgres') });
  await admin.connect();
  const dbName = new URL(t.url).pathname.slice(1);
  const listener = await listenForEvents(t.url, { onNotice: () => undefined }, recording, BACKOFF);
  try {
    // Refuse new connections to this database, then drop the listener: its reconnects fail.
    await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS false`);
    for (const pid of await listenerPids(admin)) await admin.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await until('two failed attempts', async () => (listener.stats.failedAttempts >= 2 ? true : undefined));
    await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`);
    await until('the reconnect', async () => (listener.stats.reconnects === 1 ? true : undefined));
    await new Promise((r) => setTimeout(r, BACKOFF.maxMs * 2));
    expect(await listenerPids(admin)).toHaveLength(1);
    expect(warnings).toEqual(expect.arrayContaining(['event listener lost its connection', 'event listener reconnect failed']));
  } finally {
    await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`);
    await listener();
    await admin.end();
  }
});
