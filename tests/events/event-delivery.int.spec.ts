import { execFile, spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DomainEvent, EventOrigin } from '../../apps/api/src/kernel/events';
import { useTestDatabase } from '../support/database';
import { startEventProcess, startWebHook, readAs, until, type EventProcess } from '../support/event-process';
import { rawRequest } from '../support/raw-http';
import { testMode } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, heading, paragraph, publish, systemActor } from '../factories/document.factory';
import { publishLocale, statuses, translate } from '../factories/translation.factory';

const t = useTestDatabase();
const root = path.resolve(__dirname, '..', '..');
const SEARCH = `query($q: String!) { search(query: $q, locale: "en") { totalCount edges { node { locale title } } } }`;
type SearchData = { search: { totalCount: number; edges: { node: { locale: string; title: string } }[] } };

// Across processes the events travel over PostgreSQL LISTEN/NOTIFY; the embedded database serves one process.
const serverOnly = testMode() === 'server' ? test : test.skip;

/** A German article and an English translation of two of its three blocks, with a word only the translation has. */
async function translatedArticle(tenantId: string, word: string): Promise<string> {
  const { document } = await createDocument(t.services, tenantId, {
    blocks: [heading('h1', 'Behandlung'), paragraph('p1', 'Die Therapie dauert sechs Monate.'), paragraph('p2', 'Fragen Sie Ihre Ärztin.')],
  });
  await publish(t.services, tenantId, document.id);
  await translate(
    t.services,
    tenantId,
    document.id,
    'en',
    { h1: 'Treatment', p1: `The ${word} therapy lasts six months.` },
    { title: `Treatment ${word}` },
  );
  return document.id;
}

/** Longer than a notice takes between two processes on loopback: a late duplicate would have arrived by then. */
const settle = () => new Promise((r) => setTimeout(r, 300));

serverOnly(
  'a publish in one API process reaches search, both response caches, the web app and translation tracking exactly once',
  async () => {
    const tenant = await createTenant(t.services);
    const documentId = await translatedArticle(tenant.id, 'zorblat');
    const web = await startWebHook();
    const a = await startEventProcess(t.url, web.url);
    const b = await startEventProcess(t.url, web.url);
    try {
      for (const p of [a, b]) {
        expect(await readAs<SearchData>(p.url, tenant.slug, SEARCH, { q: 'zorblat' })).toMatchObject({
          cache: 'MISS',
          data: { search: { totalCount: 0 } },
        });
        expect(await readAs<SearchData>(p.url, tenant.slug, SEARCH, { q: 'zorblat' })).toMatchObject({
          cache: 'HIT',
          data: { search: { totalCount: 0 } },
        });
      }

      await publishLocale(a.services, tenant.id, documentId, 'en');

      const expected: DomainEvent = { type: 'DocumentPublished', tenantId: tenant.id, documentId, locale: 'en', actorId: null };
      await until('the other process to hear the publish', () => (b.heard.length > 0 ? true : undefined));
      await settle();
      await a.revalidator!.flush();
      await b.revalidator!.flush();
      expect(a.heard).toEqual<[DomainEvent, EventOrigin][]>([[expected, 'here']]);
      expect(b.heard).toEqual<[DomainEvent, EventOrigin][]>([[expected, 'elsewhere']]);
      // Each process's cache was invalidated, and the index holds the translation once.
      for (const p of [a, b]) {
        expect(await readAs<SearchData>(p.url, tenant.slug, SEARCH, { q: 'zorblat' })).toEqual({
          cache: 'MISS',
          data: { search: { totalCount: 1, edges: [{ node: { locale: 'en', title: 'Treatment zorblat' } }] } },
        });
      }
      // The web app is told once, by the publishing process only.
      expect(web.hosts).toEqual([`${tenant.slug}.test`]);
      // Translation tracking ran in the publish: states, memory and the snapshot's untranslated blocks.
      expect(await statuses(t.services, tenant.id, documentId, 'en')).toEqual({ h1: 'approved', p1: 'approved', p2: 'missing' });
      const [memory] = await t.dataSource.query(`SELECT count(*)::int AS n FROM translation_memory WHERE document_id = $1`, [documentId]);
      expect(memory.n).toBe(2);
      const [snapshot] = await t.dataSource.query(
        `SELECT snapshot->'untranslated' AS u FROM published_documents WHERE document_id = $1 AND locale = 'en'`,
        [documentId],
      );
      expect(snapshot.u).toEqual(['p2']);
    } finally {
      await a.stop();
      await b.stop();
      await web.close();
    }
  },
);

serverOnly('a publish whose transaction rolls back is delivered nowhere, and leaves the index and the caches as they were', async () => {
  const tenant = await createTenant(t.services);
  const abandoned = await translatedArticle(tenant.id, 'quillox');
  const kept = await translatedArticle(tenant.id, 'brimvane');
  const web = await startWebHook();
  const a = await startEventProcess(t.url, web.url);
  const b = await startEventProcess(t.url, web.url);
  try {
    await readAs(b.url, tenant.slug, SEARCH, { q: 'quillox' });
    await expect(
      a.services.db.withTenant(tenant.id, async (tx) => {
        for (const step of ['submit', 'approve', 'publish'] as const)
          await a.services.workflow.transition(tx, systemActor, step, { documentId: abandoned, locale: 'en' });
        throw new Error('abandoned after publishing');
      }),
    ).rejects.toThrow('abandoned after publishing');
    await settle();
    await a.revalidator!.flush();
    expect(a.heard).toEqual([]);
    expect(b.heard).toEqual([]);
    expect(web.hosts).toEqual([]);
    expect(await readAs<SearchData>(b.url, tenant.slug, SEARCH, { q: 'quillox' })).toMatchObject({
      cache: 'HIT',
      data: { search: { totalCount: 0 } },
    });
    expect(await readAs<SearchData>(a.url, tenant.slug, SEARCH, { q: 'quillox' })).toMatchObject({ data: { search: { totalCount: 0 } } });

    // The listeners were up all along: a committed publish right after arrives, and only it.
    await publishLocale(a.services, tenant.id, kept, 'en');
    await until('the committed publish', () => (b.heard.length > 0 ? true : undefined));
    await settle();
    const expected: DomainEvent = { type: 'DocumentPublished', tenantId: tenant.id, documentId: kept, locale: 'en', actorId: null };
    expect(a.heard).toEqual([[expected, 'here']]);
    expect(b.heard).toEqual([[expected, 'elsewhere']]);
  } finally {
    await a.stop();
    await b.stop();
    await web.close();
  }
});

test('a rolled-back transaction delivers no event to the subscribers of its own process', async () => {
  const tenant = await createTenant(t.services);
  const { document } = await createDocument(t.services, tenant.id);
  const heard: DomainEvent[] = [];
  const off = t.services.events.on(['DocumentPublished', 'TenantChanged'], (e) => void heard.push(e));
  try {
    await expect(
      t.db.withTenant(tenant.id, async (tx) => {
        for (const step of ['submit', 'approve', 'publish'] as const)
          await t.services.workflow.transition(tx, systemActor, step, { documentId: document.id, locale: 'de' });
        await t.services.tenancy.updateIn(tx, { name: 'Nie gespeichert' }, systemActor);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(heard).toEqual([]);
    await publish(t.services, tenant.id, document.id);
    expect(heard).toEqual([{ type: 'DocumentPublished', tenantId: tenant.id, documentId: document.id, locale: 'de', actorId: null }]);
  } finally {
    off();
  }
});

serverOnly('after its listener reconnects, a process drops the cached answers whose invalidation it may have missed', async () => {
  const tenant = await createTenant(t.services);
  const api = await startEventProcess(t.url, undefined, { initialMs: 20, maxMs: 200 });
  const admin = new Client({ connectionString: t.url });
  await admin.connect();
  const TENANT = `{ tenant { name } }`;
  try {
    await readAs(api.url, tenant.slug, TENANT);
    expect((await readAs(api.url, tenant.slug, TENANT)).cache).toBe('HIT');
    // The listener's connection dies; whatever was announced until it is back is lost to this process.
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'careleaf-listener' AND datname = current_database()`,
    );
    await until('the reconnect', () => (api.listener.stats.reconnects === 1 ? true : undefined), 5000);
    expect(await readAs(api.url, tenant.slug, TENANT)).toEqual({ cache: 'MISS', data: { tenant: { name: tenant.name } } });
  } finally {
    await admin.end();
    await api.stop();
  }
});

/** The built operator CLI against the test database, as an operator runs it. */
/**
 * The operator CLI as its own process. Asynchronous on purpose: a blocking spawnSync froze this
 * process for seconds while the API closed its idle keep-alive sockets, and the next fetch then
 * reused a closed one (ECONNRESET on a loaded machine).
 */
function runCli(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      path.join(root, 'node_modules', '.bin', 'node'),
      [path.join(root, 'apps', 'api', 'dist', 'src', 'server', 'cli', 'main.js'), ...args],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: t.url },
        timeout: 60_000,
      },
      (error, _stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ status: error ? (error.code as number) : 0, stderr });
      },
    );
  });
}

describe('the operator CLI', () => {
  beforeAll(() => {
    // The CLI runs as operators run it: the built file (a no-op when the build is current).
    const tsc = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-b', 'apps/api'], { cwd: root, encoding: 'utf8' });
    if (tsc.status !== 0) throw new Error(`building the API failed:\n${tsc.stdout}${tsc.stderr}`);
  }, 240_000);

  serverOnly('`tenant update` reaches a running API at once: its cached answers and its host lookups', async () => {
    const tenant = await createTenant(t.services);
    const api: EventProcess = await startEventProcess(t.url);
    const TENANT = `{ tenant { name } }`;
    const newHost = `neu-${tenant.slug}.test`;
    const byNewHost = () =>
      rawRequest(api.port, 'POST', '/graphql', { host: newHost, 'content-type': 'application/json' }, JSON.stringify({ query: TENANT }));
    try {
      expect(await readAs(api.url, tenant.slug, TENANT)).toEqual({ cache: 'MISS', data: { tenant: { name: tenant.name } } });
      expect(await readAs(api.url, tenant.slug, TENANT)).toEqual({ cache: 'HIT', data: { tenant: { name: tenant.name } } });
      expect((await byNewHost()).status).toBe(404); // remembered as unknown by the tenant router

      const cli = await runCli([
        'tenant',
        'update',
        tenant.slug,
        '--name',
        'Umbenannt über die Kommandozeile',
        '--domain',
        `${tenant.slug}.test`,
        '--domain',
        newHost,
      ]);
      expect({ status: cli.status, stderr: cli.stderr }).toEqual({ status: 0, stderr: '' });

      // Well within the router's 10 s lifetime and with no time limit on cached answers: only the event explains it.
      const renamed = await until('the new name', async () => {
        const read = await readAs<{ tenant: { name: string } }>(api.url, tenant.slug, TENANT);
        return read.data.tenant.name === 'Umbenannt über die Kommandozeile' ? read : undefined;
      });
      expect(renamed.cache).toBe('MISS');
      const viaNewHost = await byNewHost();
      expect(viaNewHost.status).toBe(200);
      expect(JSON.parse(viaNewHost.body)).toEqual({ data: { tenant: { name: 'Umbenannt über die Kommandozeile' } } });
      expect(api.heard).toEqual([[{ type: 'TenantChanged', tenantId: tenant.id }, 'elsewhere']]);
    } finally {
      await api.stop();
    }
  });

  serverOnly('`registry import` reaches a running API at once: its cached registry lists', async () => {
    const tenant = await createTenant(t.services);
    const api = await startEventProcess(t.url);
    const LIST = `{ registryEntries(filter: { locale: "de" }) { edges { node { name } } } }`;
    type List = { registryEntries: { edges: { node: { name: string } }[] } };
    const file = path.join(os.tmpdir(), `careleaf-registry-${process.pid}-${tenant.slug}.csv`);
    await writeFile(file, ['kind,name.de,regions', 'hotline,Telefon Nord,DE'].join('\n'));
    try {
      await readAs(api.url, tenant.slug, LIST);
      expect(await readAs(api.url, tenant.slug, LIST)).toEqual({ cache: 'HIT', data: { registryEntries: { edges: [] } } });

      const cli = await runCli(['registry', 'import', tenant.slug, file]);
      expect({ status: cli.status, stderr: cli.stderr }).toEqual({ status: 0, stderr: '' });

      const listed = await until('the imported entry', async () => {
        const read = await readAs<List>(api.url, tenant.slug, LIST);
        return read.data.registryEntries.edges.length > 0 ? read : undefined;
      });
      expect(listed).toEqual({ cache: 'MISS', data: { registryEntries: { edges: [{ node: { name: 'Telefon Nord' } }] } } });
      expect(api.heard).toEqual([[{ type: 'RegistryChanged', tenantId: tenant.id }, 'elsewhere']]);
    } finally {
      await rm(file, { force: true });
      await api.stop();
    }
  });
});
