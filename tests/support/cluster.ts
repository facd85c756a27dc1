// The local cluster (scripts/cluster) from a test: start it in a folder of its own on ports of
// its own, read its processes' metrics, and drive reads through nginx.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { layout, startCluster, stopCluster, type ClusterLayout, type ClusterUrls } from '../../scripts/cluster/cluster.ts';
import type { GraphQLResponse, TestApi } from './api';

const root = path.resolve(__dirname, '..', '..');

export interface TestCluster {
  l: ClusterLayout;
  urls: ClusterUrls;
}

/**
 * The test cluster's folder and ports (CLUSTER_TEST_PORT_BASE moves them); a fixed folder so a leftover run is found.
 * Each test file passes its own `offset` (a multiple of 100): Jest may run the files at the same time.
 */
export function testLayout(offset = 0): ClusterLayout {
  const base = Number(process.env.CLUSTER_TEST_PORT_BASE ?? 21432) + offset;
  return layout(root, path.join(os.tmpdir(), `careleaf-cluster-test-${base}`), base);
}

/** Stops and removes what an earlier run left (its processes are found by their pid files), then starts afresh. */
export async function startTestCluster(log: (line: string) => void, offset = 0): Promise<TestCluster> {
  const l = testLayout(offset);
  await removeTestCluster(l);
  const urls = await startCluster(l, { log });
  return { l, urls };
}

export async function removeTestCluster(l: ClusterLayout): Promise<void> {
  if (!fs.existsSync(l.dir)) return;
  await stopCluster(l);
  fs.rmSync(l.dir, { recursive: true, force: true });
}

/** GET with a Host header of our choosing (fetch sets its own): status and body. */
export function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
  });
}

/** A TestApi over one process's (or nginx's) /graphql, for the session helpers. */
export function remoteApi(graphqlUrl: string): TestApi {
  return {
    baseUrl: graphqlUrl.replace(/\/graphql$/, ''),
    server: undefined as never,
    async gql<T>(query: string, opts: { host?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
      const res = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
        body: JSON.stringify({ query, variables: opts.variables ?? {} }),
      });
      return {
        status: res.status,
        body: (await res.json()) as GraphQLResponse<T>['body'],
        headers: res.headers,
        setCookies: res.headers.getSetCookie(),
      };
    },
    post: (p: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${graphqlUrl.replace(/\/graphql$/, '')}${p}`, { method: 'POST', body, headers }),
  };
}

/** One sample of a process's Prometheus metrics: the value of `name{labels}` (0 when absent). */
export async function metric(apiUrl: string, token: string, name: string, labels: string): Promise<number> {
  const text = await (await fetch(`${apiUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Polls `probe` every 50 ms until it is true or `ms` have passed; resolves to the time it took, or null. */
export async function within(ms: number, probe: () => Promise<boolean>): Promise<number | null> {
  const started = Date.now();
  for (;;) {
    if (await probe().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > ms) return null;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `concurrency` loops calling `read` until `ms` have passed: how many reads ran and how many failed. */
export async function readLoad(ms: number, concurrency: number, read: () => Promise<boolean>): Promise<{ total: number; failed: number }> {
  const until = Date.now() + ms;
  let total = 0;
  let failed = 0;
  const worker = async () => {
    while (Date.now() < until) {
      total++;
      if (!(await read().catch(() => false))) failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { total, failed };
}
