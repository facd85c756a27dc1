import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventBus } from '../kernel/events';
import { encodeNotice } from '../kernel/events/events';
import { subscribeWebRevalidation } from './subscribers';
import { WebRevalidator } from './web-revalidation';

interface Received {
  authorization?: string;
  body: { host: string };
}

/** A stand-in for the web app's hook that answers with the statuses given, in turn (then 200). */
async function hook(statuses: number[] = []) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body: JSON.parse(body) as { host: string } });
      res.statusCode = statuses.shift() ?? 200;
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`;
  return { url, received, close: () => new Promise((r) => server.close(r)) };
}

const HOSTS: Record<string, string[]> = { t1: ['one.example', 'www.one.example'], t2: ['two.example'] };

function setup(url: string) {
  const revalidator = new WebRevalidator({
    urls: [url],
    secret: 'the shared secret',
    hostsOf: (id) => Promise.resolve(HOSTS[id] ?? []),
    logger: null,
    batchMs: 5,
    retryDelaysMs: [5, 5],
  });
  return { revalidator };
}

test('changes of one tenant made close together refresh every domain of that tenant once, with the shared secret', async () => {
  const web = await hook();
  const { revalidator } = setup(web.url);
  revalidator.refreshTenant('t1');
  revalidator.refreshTenant('t1');
  revalidator.refreshTenant('t1');
  await new Promise((r) => setTimeout(r, 20));
  await revalidator.flush();
  expect(web.received.map((r) => r.body.host).sort()).toEqual(['one.example', 'www.one.example']);
  expect(web.received.every((r) => r.authorization === 'Bearer the shared secret')).toBe(true);
  await web.close();
});

test('changes heard from another API process are left to that process', async () => {
  const web = await hook();
  const { revalidator } = setup(web.url);
  const events = new EventBus();
  subscribeWebRevalidation(events, revalidator);
  events.receive(encodeNotice('another process', { type: 'DocumentPublished', tenantId: 't1', documentId: 'd', locale: 'de' }));
  events.receive(encodeNotice('another process', { type: 'RegistryChanged', tenantId: 't2' }));
  await revalidator.flush();
  await new Promise((r) => setTimeout(r, 20));
  await revalidator.flush();
  expect(web.received).toEqual([]);
  await web.close();
});

test('a web app that fails for a moment is asked again; a refused secret is not', async () => {
  const flaky = await hook([503, 502]);
  const a = setup(flaky.url);
  a.revalidator.refreshTenant('t2');
  await a.revalidator.flush();
  expect(flaky.received).toHaveLength(3);
  await flaky.close();

  const refusing = await hook([401, 401, 401]);
  const b = setup(refusing.url);
  b.revalidator.refreshTenant('t2');
  await b.revalidator.flush();
  expect(refusing.received).toHaveLength(1);
  await refusing.close();
});

test('without a static list, every domain of the tenant is announced once; a failed announcement is logged, not thrown', async () => {
  const announced: string[] = [];
  const warnings: string[] = [];
  const revalidator = new WebRevalidator({
    urls: [],
    secret: '',
    notify: async (host) => {
      if (host === 'www.one.example') throw new Error('database away');
      announced.push(host);
    },
    hostsOf: (id) => Promise.resolve(HOSTS[id] ?? []),
    logger: { warn: (_o: unknown, msg: string) => warnings.push(msg) } as never,
    batchMs: 5,
  });
  revalidator.refreshTenant('t1');
  revalidator.refreshTenant('t2');
  await revalidator.flush();
  expect(announced.sort()).toEqual(['one.example', 'two.example']);
  expect(warnings).toEqual(['could not announce the refresh of a tenant’s pages to the web processes']);
});

test('with both, the static list and the announcement each get every host', async () => {
  const web = await hook();
  const announced: string[] = [];
  const revalidator = new WebRevalidator({
    urls: [web.url],
    secret: 'the shared secret',
    notify: async (host) => {
      announced.push(host);
    },
    hostsOf: (id) => Promise.resolve(HOSTS[id] ?? []),
    logger: null,
    batchMs: 5,
  });
  revalidator.refreshTenant('t2');
  await revalidator.flush();
  expect(announced).toEqual(['two.example']);
  expect(web.received.map((r) => r.body.host)).toEqual(['two.example']);
  await web.close();
});
