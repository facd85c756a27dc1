import http from 'node:http';
import net from 'node:net';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
let slug = '';

beforeAll(async () => {
  slug = (await createTenant(t.services)).slug;
});

/** A GraphQL POST over node:http, so a test can hold the body back and keep the request in flight. */
function startQuery(
  port: number,
  query: string,
): { finish(): void; done: Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> } {
  const body = JSON.stringify({ query });
  const req = http.request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-tenant': slug },
  });
  const done = new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  req.flushHeaders();
  return { finish: () => req.end(body.slice(10)), done };
}

function query(port: number, q: string) {
  const r = startQuery(port, q);
  r.finish();
  return r.done;
}

const portOf = (api: ApiProcess) => Number(new URL(api.url).port);
const exited = (api: ApiProcess) =>
  new Promise<number | null>((resolve) =>
    api.child.exitCode !== null ? resolve(api.child.exitCode) : api.child.once('exit', (code) => resolve(code)),
  );

test('on SIGTERM readiness turns false at once, requests in flight and during the drain all finish, and the process exits 0', async () => {
  const api = await startApiProcess(t.url, { READINESS_DRAIN_MS: '1500' });
  const port = portOf(api);
  try {
    expect((await query(port, '{ tenant { slug } }')).status).toBe(200);
    const held = startQuery(port, '{ tenant { slug } }');
    const burst = Array.from({ length: 20 }, (_, i) => query(port, `query Burst${i} { tenant { slug } }`));
    await new Promise((r) => setTimeout(r, 50));
    api.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'shutting down' });
    // Still served while the load balancer notices.
    const during = await query(port, '{ tenant { slug } }');
    held.finish();
    const answers = [await held.done, during, ...(await Promise.all(burst))];
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    for (const a of answers) expect(JSON.parse(a.body)).toEqual({ data: { tenant: { slug } } });
    expect(await exited(api)).toBe(0);
  } finally {
    await api.stop();
  }
});

/** A TCP relay in front of PostgreSQL that the test can cut (closing every connection) and restore on the same port. */
class DatabaseRelay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect({ host: '127.0.0.1', port: Number(new URL(t.url).port || 5432) });
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((r) => server.listen(this.port, '127.0.0.1', r));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server!;
    this.server = null;
    const closed = new Promise((r) => server.close(r));
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  url(): string {
    const u = new URL(t.url);
    u.port = String(this.port);
    return u.toString();
  }
}

test('while the database is unreachable readiness fails and requests answer 503 with Retry-After; it recovers without a restart', async () => {
  const relay = new DatabaseRelay();
  await relay.open();
  const api = await startApiProcess(relay.url());
  const port = portOf(api);
  try {
    expect((await query(port, '{ tenant { slug } }')).status).toBe(200);
    await relay.cut();

    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'database unreachable' });
    // The tenant is still in the router's short cache: the resolver meets the outage.
    const cached = await query(port, 'query AfterCut { tenant { slug name } }');
    expect(cached.status).toBe(503);
    expect(cached.headers['retry-after']).toBe('5');
    expect(JSON.parse(cached.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    // An unknown tenant has to be looked up: the outage surfaces while the request's context is built.
    const lookup = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': 'not-cached-yet' },
      body: JSON.stringify({ query: '{ tenant { slug } }' }),
    });
    expect(lookup.status).toBe(503);
    expect(lookup.headers.get('retry-after')).toBe('5');
    expect(((await lookup.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    // Plain HTTP routes too: an image request meets the outage in its media look-up.
    const image = await fetch(`${api.url}/media/${slug}/00000000-0000-4000-8000-000000000000/a.jpg`, { headers: { 'x-tenant': slug } });
    expect(image.status).toBe(503);
    expect(image.headers.get('retry-after')).toBe('5');
    expect(api.alive()).toBe(true);

    await relay.open();
    let recovered = 0;
    for (let i = 0; i < 50 && recovered !== 200; i++) {
      recovered = (await fetch(`${api.url}/readyz`)).status;
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(200);
    const after = await query(port, 'query Recovered { tenant { slug } }');
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toEqual({ data: { tenant: { slug } } });
  } finally {
    await api.stop();
    await relay.cut().catch(() => undefined);
  }
});
