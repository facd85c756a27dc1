// `npm run cluster`: a local production-like topology in one folder (docs/scaling.md):
// PostgreSQL primary + streaming replica, two API and two web processes, nginx in front.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startBuilds } from './builds.ts';
import { layout, livePid, primaryUrl, replicaUrl, secrets, type ClusterLayout } from './layout.ts';
import { startNginx, stopNginx } from './nginx.ts';
import { ensurePrimary, ensureReplica, killPrimary, promoteReplica, replicaPromoted, stopPostgres } from './postgres.ts';
import type { ProcessSpec } from './supervisor.ts';

export { layout, livePid, type ClusterLayout } from './layout.ts';

const node = (root: string) => path.join(root, 'node_modules', '.bin', 'node');

export interface ClusterUrls {
  site: string;
  api: string;
  apis: string[];
  webs: string[];
  primary: string;
  replica: string;
  metricsToken: string;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

function step<T>(log: (line: string) => void, title: string, fn: () => T): T {
  const started = Date.now();
  const done = () => log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  const result = fn();
  if (result instanceof Promise)
    return result.then((r: unknown) => {
      done();
      return r;
    }) as T;
  done();
  return result;
}

function run(l: ClusterLayout, cmd: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(cmd, args, { cwd: l.root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

function specs(l: ClusterLayout): ProcessSpec[] {
  const s = secrets(l);
  const { ports } = l;
  const base = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NEXT_TELEMETRY_DISABLED: '1',
    CARELEAF_CLIENT_IP_SECRET: s.clientIp,
    CARELEAF_REVALIDATE_SECRET: s.revalidate,
    PUBLIC_WEB_URL: `http://{host}:${ports.site}`,
    ALLOWED_HOST_PORTS: String(ports.site),
  };
  const api = (i: number): ProcessSpec => ({
    name: `api-${i + 1}`,
    cmd: path.join(l.root, 'deploy', 'entry', 'api.sh'),
    args: [],
    cwd: l.root,
    // Built output as in production, but not NODE_ENV=production: that needs HTTPS and a mail server,
    // which a loopback cluster has not (as with `npm start`, mail goes to the API's log).
    env: {
      ...base,
      DATABASE_URL: primaryUrl(l, s),
      DATABASE_REPLICA_URLS: replicaUrl(l, s),
      API_PORT: String(ports.api[i]),
      MIGRATE_ON_START: 'false',
      CSRF_SECRET: s.csrf,
      METRICS_TOKEN: s.metrics,
      WEB_REVALIDATE_URL: ports.web.map((p) => `http://127.0.0.1:${p}/api/revalidate`).join(','),
      READINESS_DRAIN_MS: '1000',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      CARELEAF_MEDIA_DIR: path.join(l.dir, 'media'),
    },
  });
  const web = (i: number): ProcessSpec => ({
    name: `web-${i + 1}`,
    cmd: path.join(l.root, 'deploy', 'entry', 'web.sh'),
    args: [],
    cwd: l.root,
    // Through nginx: a web process reads from whichever API process is up.
    env: { ...base, NODE_ENV: 'production', PORT: String(ports.web[i]), CARELEAF_API_URL: `http://127.0.0.1:${ports.apiProxy}/graphql` },
  });
  return [api(0), api(1), web(0), web(1)];
}

export function urls(l: ClusterLayout): ClusterUrls {
  const s = secrets(l);
  return {
    site: `http://127.0.0.1:${l.ports.site}`,
    api: `http://127.0.0.1:${l.ports.apiProxy}/graphql`,
    apis: l.ports.api.map((p) => `http://127.0.0.1:${p}`),
    webs: l.ports.web.map((p) => `http://127.0.0.1:${p}`),
    primary: primaryUrl(l, s),
    replica: replicaUrl(l, s),
    metricsToken: s.metrics,
  };
}

async function waitReady(url: string, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000}s (see its log in logs/)`);
}

export interface StartOptions {
  log?: (line: string) => void;
  /** Skip building (tests build once themselves). */
  build?: boolean;
}

const writeSpecs = (l: ClusterLayout, processes: ProcessSpec[]) =>
  fs.writeFileSync(path.join(l.run, 'processes.json'), JSON.stringify(processes, null, 2), { mode: 0o600 });

/** Waits until the supervisor `pid` has written its pid file (its signal handlers are set by then). */
async function supervisorUp(l: ClusterLayout, pid: number): Promise<void> {
  const until = Date.now() + 20_000;
  while (livePid(l, 'supervisor') !== pid) {
    if (Date.now() > until) throw new Error('the process supervisor did not start (see logs/supervisor.log)');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/*
 * On a fresh clone `next build` takes about two minutes: everything else runs beside it. The
 * builds start first; PostgreSQL (initdb, base backup) is set up meanwhile; migrations and the
 * seed follow the API build; the API processes start then, and the web processes join (SIGHUP
 * to the supervisor) when the web build is done.
 */
export async function startCluster(l: ClusterLayout, opts: StartOptions = {}): Promise<ClusterUrls> {
  const log = opts.log ?? ((line: string) => console.log(line));
  if (livePid(l, 'supervisor')) throw new Error(`the cluster in ${l.dir} is running already (npm run cluster:stop)`);
  if (replicaPromoted(l))
    throw new Error(`the replica in ${l.dir} was promoted (a failover drill): npm run cluster:clean, then start again`);
  const ours = new Set([...(livePid(l, 'nginx') ? [l.ports.site, l.ports.apiProxy] : [])]);
  const busy = [];
  for (const p of [...l.ports.api, ...l.ports.web, l.ports.site, l.ports.apiProxy]) if (!ours.has(p) && !(await portFree(p))) busy.push(p);
  if (busy.length) throw new Error(`ports in use: ${busy.join(', ')} (set CLUSTER_PORT_BASE to move the cluster)`);
  for (const d of [l.dir, l.logs, l.run, l.nginxDir]) fs.mkdirSync(d, { recursive: true });
  const builds = opts.build !== false ? startBuilds(l.root, log) : null;
  let started = false;
  try {
    const s = secrets(l);
    await step(log, `primary PostgreSQL on 127.0.0.1:${l.ports.primary}`, () => ensurePrimary(l, s));
    step(log, `streaming replica on 127.0.0.1:${l.ports.replica}`, () => ensureReplica(l, s));
    await builds?.api;
    const env = { DATABASE_URL: primaryUrl(l, s), NODE_ENV: 'production' };
    step(log, 'migrations applied to the primary', () => run(l, path.join(l.root, 'deploy', 'entry', 'migrate.sh'), [], env));
    step(log, 'demo content seeded', () => {
      const out = run(l, node(l.root), ['apps/api/dist/src/server/cli/main.js', 'db', 'seed'], env);
      fs.appendFileSync(path.join(l.logs, 'seed.log'), out);
    });
    const processes = specs(l);
    const apis = processes.filter((p) => p.name.startsWith('api-'));
    writeSpecs(l, apis);
    const supervisor = spawn(
      node(l.root),
      ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', path.join(l.root, 'scripts', 'cluster', 'supervisor.ts'), l.run, l.logs],
      { cwd: l.root, detached: true, stdio: 'ignore' },
    );
    supervisor.unref();
    started = true;
    startNginx(l);
    await builds?.web;
    await supervisorUp(l, supervisor.pid!);
    writeSpecs(l, processes);
    process.kill(supervisor.pid!, 'SIGHUP');
  } catch (e) {
    builds?.cancel();
    // A failed web build after the API processes started: nothing is left running half-way.
    if (started) await stopCluster(l);
    throw e;
  }
  const u = urls(l);
  await Promise.all([
    ...u.apis.map((a, i) => waitReady(`${a}/readyz`, `api-${i + 1}`, 90_000)),
    ...u.webs.map((w, i) => waitReady(`${w}/`, `web-${i + 1}`, 90_000)),
  ]);
  log('✔ two API and two web processes behind nginx');
  return u;
}

/**
 * The failover drill of docs/scaling.md: the primary is stopped for good (if it still runs: it must
 * not take writes again), the replica is promoted, and the API processes are pointed at it and
 * restarted one at a time (each is ready before the next goes), without replicas to read from.
 */
export async function failover(l: ClusterLayout, log: (line: string) => void = () => undefined): Promise<void> {
  const s = secrets(l);
  await step(log, 'old primary stopped', () => killPrimary(l));
  await step(log, 'replica promoted', () => promoteReplica(l));
  const processes = (JSON.parse(fs.readFileSync(path.join(l.run, 'processes.json'), 'utf8')) as ProcessSpec[]).map((p) => {
    if (!p.name.startsWith('api-')) return p;
    const { DATABASE_REPLICA_URLS: _replicas, ...env } = p.env;
    return { ...p, env: { ...env, DATABASE_URL: replicaUrl(l, s) } };
  });
  writeSpecs(l, processes);
  const u = urls(l);
  for (const [i, api] of u.apis.entries()) {
    const name = `api-${i + 1}`;
    const old = livePid(l, name);
    if (old) process.kill(old, 'SIGTERM');
    const until = Date.now() + 60_000;
    while (!livePid(l, name) || livePid(l, name) === old) {
      if (Date.now() > until) throw new Error(`${name} was not restarted (see logs/supervisor.log)`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await waitReady(`${api}/readyz`, name, 60_000);
    log(`✔ ${name} restarted on the promoted server`);
  }
}

/** Stops nginx, the processes and PostgreSQL; the folder stays (start again with `npm run cluster`). */
export async function stopCluster(l: ClusterLayout): Promise<void> {
  stopNginx(l);
  const sup = livePid(l, 'supervisor');
  if (sup) {
    process.kill(sup, 'SIGTERM');
    const until = Date.now() + 45_000;
    while (livePid(l, 'supervisor') && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  }
  // Leftovers of a supervisor that died: processes it started.
  for (const name of ['api-1', 'api-2', 'web-1', 'web-2']) {
    const pid = livePid(l, name);
    if (pid) process.kill(pid, 'SIGKILL');
  }
  if (fs.existsSync(l.pgDir)) stopPostgres(l);
}

export async function cleanCluster(l: ClusterLayout): Promise<void> {
  await stopCluster(l);
  fs.rmSync(l.dir, { recursive: true, force: true });
}

export const defaultLayout = (root: string) => layout(root);
