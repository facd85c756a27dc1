import { Client } from 'pg';
import {
  hostOfNotice,
  listenForRevalidation,
  WEB_REVALIDATE_CHANNEL,
  type RevalidationListener,
} from '../../apps/web/src/lib/shared-state/revalidation-listener';
import { WEB_REVALIDATE_CHANNEL as API_CHANNEL } from '../../apps/api/src/server/web-revalidation';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { useTestDatabase } from '../support/database';
import { apiAt } from '../support/process-api';
import { publishNewVersionThrough } from '../support/publish-through';
import { testMode } from '../support/test-env';
import { createPublishedDocument } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';

/*
 * The fan-out to web processes without a list: the API announces each host
 * to refresh with pg_notify, and every web process's listener hears it. Two
 * listener instances stand for two web processes here (one real web process
 * is in tests/e2e/shared-web-state.e2e.ts).
 */
const t = useTestDatabase();
const serverOnly = testMode() === 'server' ? describe : describe.skip;

/** Polls until `check` holds, at most `ms`. */
async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('not within the time allowed');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('the API and the web app name the same channel', () => {
  expect(WEB_REVALIDATE_CHANNEL).toBe(API_CHANNEL);
});

test('a notice is one host as JSON; anything else is ignored', () => {
  expect(hostOfNotice('{"host":"example.org"}')).toBe('example.org');
  for (const bad of [undefined, '', 'nonsense', '{"host":""}', '{"host":42}', '[]', JSON.stringify({ host: 'a'.repeat(300) })])
    expect(hostOfNotice(bad)).toBeNull();
});

serverOnly('two web listeners and one API process on one database', () => {
  let api: ApiProcess;
  const heard: string[][] = [[], []];
  let listeners: RevalidationListener[] = [];

  beforeAll(async () => {
    api = await startApiProcess(t.url);
    listeners = heard.map((list) => listenForRevalidation({ url: t.url, onHost: (host) => void list.push(host) }));
    await Promise.all(listeners.map((l) => l.ready));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(listeners.map((l) => l.stop()));
    await api?.stop();
  });

  test('a publish through the API process reaches both listeners with the tenant’s host', async () => {
    const tenant = await createTenant(t.services);
    const { document } = await createPublishedDocument(t.services, tenant.id, { slug: 'listener-news' });
    await publishNewVersionThrough(apiAt(api.url), t.services, tenant, document.id, 'Neue Fassung');
    await eventually(() => heard.every((list) => list.includes(`${tenant.slug}.test`)));
  });

  test('a malformed notice is ignored and the listeners go on hearing', async () => {
    const client = new Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query(`SELECT pg_notify($1, 'not json')`, [WEB_REVALIDATE_CHANNEL]);
      await client.query(`SELECT pg_notify($1, $2)`, [WEB_REVALIDATE_CHANNEL, JSON.stringify({ host: 'after.example' })]);
    } finally {
      await client.end();
    }
    await eventually(() => heard.every((list) => list.includes('after.example')));
    expect(heard.flat()).not.toContain('not json');
  });

  test('a listener whose connection is cut reconnects and hears the next notice', async () => {
    const admin = new Client({ connectionString: t.url });
    await admin.connect();
    try {
      const cut = (await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'careleaf-web-listener' AND datname = current_database()`,
      )) as { rowCount: number };
      expect(cut.rowCount).toBe(2);
      // Notices sent while a listener is away are lost (pages then expire on their own): announce until both hear again.
      const until = Date.now() + 15_000;
      while (!heard.every((list) => list.includes('again.example')) && Date.now() < until) {
        await admin.query(`SELECT pg_notify($1, $2)`, [WEB_REVALIDATE_CHANNEL, JSON.stringify({ host: 'again.example' })]);
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await admin.end();
    }
    await eventually(() => heard.every((list) => list.includes('again.example')));
  });
});
