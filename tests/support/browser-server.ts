import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { ensureWebBuild as buildWeb, webBuildIsCurrent as isCurrent } from '../../bench/lib/web-build.ts';
import type { TestApi } from './api';

const root = path.resolve(__dirname, '..', '..');
export const webDir = path.join(root, 'apps', 'web');
const nodeBin = path.join(root, 'node_modules', '.bin', 'node');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Whether apps/web/.next holds a production build at least as new as the web sources and the typed documents. */
export const webBuildIsCurrent = () => isCurrent(root);

/** Builds the web app once (`next build`) unless a current build exists. Set CARELEAF_E2E_REBUILD=true to force it. */
export function ensureWebBuild(log: (line: string) => void = console.log): void {
  buildWeb(root, (line) => log(`browser tests: ${line}`), process.env.CARELEAF_E2E_REBUILD === 'true');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface WebServer {
  port: number;
  /** `http://<host>:<port><path>`; tenant hosts such as gesundheit.localhost resolve to loopback in Chromium. */
  url(host: string, path?: string): string;
  stop(): Promise<void>;
}

/** `next start` on a free port, talking to `apiGraphqlUrl` (`env` overrides the test defaults). Resolves when it answers. */
export async function startWebServer(apiGraphqlUrl: string, env: Record<string, string> = {}): Promise<WebServer> {
  const port = await freePort();
  // No -H: with a hostname set, Next treats its own rewrites as external and proxies them back to itself.
  const child: ChildProcess = spawn(nodeBin, [nextBin, 'start', '-p', String(port)], {
    cwd: webDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CARELEAF_API_URL: apiGraphqlUrl,
      CARELEAF_TENANT_TTL_MS: '0',
      // Plain http on this port: absolute URLs name it, and cookies go without Secure.
      PUBLIC_WEB_URL: `http://{host}:${port}`,
      ...env,
    },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > until) throw new Error(`next start did not answer on port ${port} within 30s:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    port,
    url: (host, p = '/') => `http://${host}:${port}${p}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Call after useTestApi(): the built web app in front of this file's API, started in beforeAll and stopped in afterAll. */
export function useWebServer(api: TestApi, env: Record<string, string> = {}): WebServer {
  const handle = {} as WebServer;
  let server: WebServer | undefined;
  beforeAll(async () => {
    server = await startWebServer(`${api.baseUrl}/graphql`, env);
    Object.assign(handle, server);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return handle;
}

/**
 * A GET without following redirects, sent to 127.0.0.1 with the URL's host in
 * the Host header (Node cannot resolve tenant hosts such as gesundheit.localhost).
 */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; location?: string; body: string }> {
  return httpRequest('GET', url, headers);
}

/** Like httpGet, for any method; a string body is sent as a form unless headers say otherwise. */
export function httpRequest(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; location?: string; body: string }> {
  const u = new URL(url);
  const sent = body === undefined ? headers : { 'content-type': 'application/x-www-form-urlencoded', ...headers };
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: u.port, path: `${u.pathname}${u.search}`, method, headers: { ...sent, host: u.host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
