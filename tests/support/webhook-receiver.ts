import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, as it arrived. */
export interface ReceivedHook {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** How the receiver answers a request to `path` (the n-th to that path, 1-based). */
export type HookAnswer = (path: string, n: number) => number;

export interface TestReceiver {
  /** http://127.0.0.1:<port> */
  url: string;
  received: ReceivedHook[];
  to(path: string): ReceivedHook[];
  answer(fn: HookAnswer): void;
  /** Waits until `path` got at least `count` requests. */
  waitFor(path: string, count: number, timeoutMs?: number): Promise<ReceivedHook[]>;
  stop(): Promise<void>;
}

/** A real HTTP server on a loopback port (node:http) that records every request and answers as told (200 by default). */
export async function startReceiver(): Promise<TestReceiver> {
  let answer: HookAnswer = () => 200;
  const received: ReceivedHook[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const status = answer(path, received.filter((r) => r.path === path).length);
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(`answered ${status} ${'x'.repeat(5000)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const to = (path: string) => received.filter((r) => r.path === path);
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    to,
    answer: (fn) => (answer = fn),
    async waitFor(path, count, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (to(path).length < count) {
        if (Date.now() > until) throw new Error(`${path} got ${to(path).length} of ${count} requests within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return to(path);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
