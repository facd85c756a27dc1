import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook } from './sender';
import { targetGuard } from './target-policy';

// A real receiver on loopback that hangs, redirects or answers a large body, by path.
let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    if (req.url === '/hang') return; // never answers
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/elsewhere' });
      return res.end();
    }
    res.writeHead(200);
    res.end('y'.repeat(100_000));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const post = (path: string, timeoutMs = 2000) =>
  postWebhook({
    url: new URL(`${base}${path}`),
    body: '{}',
    headers: {},
    timeoutMs,
    maxResponseBytes: 2048,
    lookup: targetGuard({ production: false, allowNetworks: [] }).lookup,
  });

test('a receiver that does not answer in time is given up on, as no answer', async () => {
  const r = await post('/hang', 300);
  expect(r).toMatchObject({ status: null, error: 'no answer within 300 ms', excerpt: null });
  expect(r.durationMs).toBeGreaterThanOrEqual(290);
});

test('a redirect is not followed, and only the first 2 KB of an answer are read', async () => {
  expect(await post('/redirect')).toMatchObject({ status: 302, error: null });
  const big = await post('/big');
  expect(big.status).toBe(200);
  expect(big.excerpt).toHaveLength(2048);
});
