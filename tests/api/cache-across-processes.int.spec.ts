import { loadConfig } from '../../apps/api/src/kernel/config';
import { createDataSource } from '../../apps/api/src/server/db/data-source';
import { Database } from '../../apps/api/src/kernel/db/database';
import { createApiServer, type ApiServer } from '../../apps/api/src/server/http/app';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { createServices, type Services } from '../../apps/api/src/server/services';
import { listenToOtherProcesses } from '../../apps/api/src/server/subscribers';
import type { DataSource } from 'typeorm';
import { useTestDatabase } from '../support/database';
import { testMode } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, publish, systemActor } from '../factories/document.factory';

const t = useTestDatabase();
const logger = createLogger('silent');
const READ = `query($slug: String!) { publishedDocument(slug: $slug, locale: "de") { title } }`;

interface Process {
  services: Services;
  server: ApiServer;
  url: string;
  stop(): Promise<void>;
}

/** A second, independent API process: its own pool, services, cache and publication listener. */
async function startProcess(): Promise<Process> {
  const ds: DataSource = createDataSource({ url: t.url, poolMax: 2 });
  await ds.initialize();
  const services = createServices(new Database(ds));
  const server = await createApiServer(loadConfig({ NODE_ENV: 'test' }), services, logger);
  const unlisten = await listenToOtherProcesses(services.events, t.url, logger);
  const port = await server.listen(0);
  return {
    services,
    server,
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await unlisten();
      await server.close();
      await ds.destroy();
    },
  };
}

// The embedded database serves one process (documented in docs/performance.md); across processes
// invalidation runs over PostgreSQL LISTEN/NOTIFY, which this test proves on a real server (CI).
const serverOnly = testMode() === 'server' ? test : test.skip;

serverOnly('a publish in one API process is visible in another within a second', async () => {
  const tenant = await createTenant(t.services);
  const { document } = await createDocument(t.services, tenant.id, { slug: 'geteilt', title: 'Erste Fassung' });
  await publish(t.services, tenant.id, document.id);
  const reader = await startProcess();
  const writer = await startProcess();
  try {
    const read = async () => {
      const res = await fetch(reader.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tenant': tenant.slug },
        body: JSON.stringify({ query: READ, variables: { slug: 'geteilt' } }),
      });
      return {
        cache: res.headers.get('x-cache'),
        title: ((await res.json()) as { data: { publishedDocument: { title: string } } }).data.publishedDocument.title,
      };
    };
    expect(await read()).toEqual({ cache: 'MISS', title: 'Erste Fassung' });
    expect(await read()).toEqual({ cache: 'HIT', title: 'Erste Fassung' });

    await writer.services.db.withTenant(tenant.id, async (tx) => {
      await writer.services.documents.save(tx, systemActor, {
        documentId: document.id,
        locale: 'de',
        baseVersion: 1,
        content: content('Zweite Fassung'),
      });
      for (const step of ['submit', 'approve', 'publish'] as const)
        await writer.services.workflow.transition(tx, systemActor, step, { documentId: document.id, locale: 'de' });
    });
    const deadline = Date.now() + 1000;
    let seen = await read();
    while (seen.title !== 'Zweite Fassung' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await read();
    }
    expect(seen.title).toBe('Zweite Fassung');
  } finally {
    await reader.stop();
    await writer.stop();
  }
});
