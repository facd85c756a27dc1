// The scale-out benchmark (`npm run bench:scale`): the same public reads against one API process
// directly, one behind nginx and two behind nginx. nginx is the local cluster's: its configuration
// generator and start/stop (scripts/cluster/nginx.ts), pointed at the benchmark's API processes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { layout, livePid, type ClusterLayout, type ClusterPorts } from '../../scripts/cluster/layout.ts';
import { startNginx, stopNginx } from '../../scripts/cluster/nginx.ts';
import { send } from './http.ts';
import { drive } from './load.ts';
import { cpuSeconds, treeCpuSeconds } from './measure.ts';
import { freePort } from './processes.ts';
import { prng } from './prng.ts';
import type { Target } from './scenarios.ts';

export type Setup = 'direct-1' | 'nginx-1' | 'nginx-2';

export const SETUP_TITLES: Record<Setup, string> = {
  'direct-1': 'one API process, direct',
  'nginx-1': 'one API process behind nginx',
  'nginx-2': 'two API processes behind nginx',
};

export interface ScaleFigures {
  cache: 'off' | 'on';
  operation: string;
  setup: Setup;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** CPU of the API processes in use, summed, per request. */
  apiCpuMsPerRequest: number;
  /** Each API process's share of that CPU (how evenly nginx spread the work). */
  apiCpuShares: number[];
  /** nginx's master and worker, per request; null without nginx. */
  nginxCpuMsPerRequest: number | null;
  /** The PostgreSQL backends serving the benchmark database, per request (their pids from pg_stat_activity). */
  postgresCpuMsPerRequest: number;
  /** This process (autocannon) per request: the load generator competes for the same cores. */
  loadGeneratorCpuMsPerRequest: number;
  /** Share of the whole machine's CPU time that was busy during the run (every process, other users' too). */
  machineBusy: number;
  /** Share of the machine's CPU time used by processes outside this run (other users of the machine). */
  otherLoad: number;
  cacheHits: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux, as in measure.ts

/** 0 for a process that has gone. */
const alive = (f: () => number): number => {
  try {
    return f();
  } catch {
    return 0;
  }
};

/** Busy and total jiffies of all CPUs, from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** nginx in a folder of its own, with the cluster's configuration for one or more API upstreams. */
export class BenchNginx {
  private readonly root: string;
  private readonly dir: string;
  private l: ClusterLayout | null = null;
  url = '';

  constructor(root: string) {
    this.root = root;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-bench-nginx-'));
  }

  /** (Re)starts nginx with `apiPorts` as the API upstream; a fresh master, so its CPU counts from zero. */
  async start(apiPorts: number[]): Promise<void> {
    await this.stop();
    const base = layout(this.root, this.dir);
    // The cluster's layout has two API ports; its generator maps over the list, so one works as well.
    // The web upstream and the site server are required by the generator but get no traffic here.
    const unused = await freePort();
    const ports: ClusterPorts = {
      ...base.ports,
      api: apiPorts as ClusterPorts['api'],
      web: [unused, unused],
      site: await freePort(),
      apiProxy: await freePort(),
    };
    this.l = { ...base, ports };
    for (const d of [this.l.logs, this.l.run, this.l.nginxDir]) fs.mkdirSync(d, { recursive: true });
    startNginx(this.l);
    this.url = `http://127.0.0.1:${ports.apiProxy}`;
    for (let i = 0; i < 50 && !this.pid(); i++) await new Promise((r) => setTimeout(r, 100));
    if (!this.pid()) throw new Error(`nginx did not start (see ${this.l.logs})`);
  }

  pid(): number | null {
    return this.l ? livePid(this.l, 'nginx') : null;
  }

  async stop(): Promise<void> {
    if (!this.l) return;
    stopNginx(this.l);
    for (let i = 0; i < 100 && this.pid(); i++) await new Promise((r) => setTimeout(r, 100));
  }

  async remove(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One answer through `url` must be a real one (a GraphQL error is HTTP 200). */
export async function verifyTarget(url: string, target: Target): Promise<void> {
  const res = await send(url, target.request(prng(99)));
  const body = JSON.parse(res.body) as { errors?: unknown; data?: Record<string, unknown> } | null;
  if (res.status !== 200 || !body?.data || body.errors || Object.values(body.data).some((v) => v === null))
    throw new Error(`${url} answered wrongly (HTTP ${res.status}): ${res.body.slice(0, 300)}`);
}

export interface MeasureInput {
  url: string;
  /** The PostgreSQL backends of the API processes' pools, found after the warm-up. */
  postgresPids: () => Promise<number[]>;
  target: Target;
  apiPids: number[];
  nginxPid: number | null;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  seed: number;
}

export async function measureSetup(input: MeasureInput): Promise<Omit<ScaleFigures, 'cache' | 'operation' | 'setup' | 'connections'>> {
  const { url, target, connections, seconds } = input;
  await verifyTarget(url, target);
  if (input.warmupSeconds > 0) await drive(url, target, { connections, seconds: input.warmupSeconds, seed: input.seed + 1000 });
  const pgPids = await input.postgresPids();
  const pgBefore = pgPids.map((p) => alive(() => cpuSeconds(p)));
  const apiBefore = input.apiPids.map(cpuSeconds);
  const nginxBefore = input.nginxPid ? treeCpuSeconds(input.nginxPid) : 0;
  const selfBefore = process.cpuUsage();
  const machineBefore = machineTicks();
  const r = await drive(url, target, { connections, seconds, seed: input.seed });
  const machineAfter = machineTicks();
  const self = process.cpuUsage(selfBefore);
  const nginxCpu = input.nginxPid ? treeCpuSeconds(input.nginxPid) - nginxBefore : 0;
  // A backend that ended during the run takes its CPU with it (the pools keep theirs open under load).
  const pgCpu = pgPids.reduce((sum, p, i) => sum + Math.max(0, alive(() => cpuSeconds(p)) - pgBefore[i]!), 0);
  const apiCpu = input.apiPids.map((pid, i) => cpuSeconds(pid) - apiBefore[i]!);
  const apiTotal = apiCpu.reduce((a, b) => a + b, 0);
  const selfCpu = (self.user + self.system) / 1e6;
  const busyTicks = machineAfter.busy - machineBefore.busy;
  const totalTicks = Math.max(1, machineAfter.total - machineBefore.total);
  const perRequest = (cpuS: number) => (r.requests ? (cpuS * 1000) / r.requests : Number.NaN);
  return {
    rps: r.rps,
    p50: r.p50,
    p95: r.p95,
    p99: r.p99,
    errors: r.errors + r.non2xx + r.graphqlErrors,
    apiCpuMsPerRequest: perRequest(apiTotal),
    apiCpuShares: apiCpu.map((c) => (apiTotal ? Math.round((c / apiTotal) * 100) / 100 : 0)),
    nginxCpuMsPerRequest: input.nginxPid ? perRequest(nginxCpu) : null,
    postgresCpuMsPerRequest: perRequest(pgCpu),
    loadGeneratorCpuMsPerRequest: perRequest(selfCpu),
    machineBusy: busyTicks / totalTicks,
    otherLoad: Math.max(0, busyTicks - (apiTotal + nginxCpu + pgCpu + selfCpu) * TICKS_PER_SECOND) / totalTicks,
    cacheHits: r.cacheHits,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const tenth = (n: number) => Math.round(n * 10) / 10;

/** One row per (cache, operation, setup): the mean of the rounds (latencies to 0.1 ms, errors summed). */
export function meanOfRounds(rounds: ScaleFigures[][], operations: string[]): ScaleFigures[] {
  const all = rounds.flat();
  const out: ScaleFigures[] = [];
  for (const cache of ['off', 'on'] as const)
    for (const operation of operations)
      for (const setup of Object.keys(SETUP_TITLES) as Setup[]) {
        const fs = all.filter((f) => f.cache === cache && f.operation === operation && f.setup === setup);
        if (!fs.length) continue;
        const m = (pick: (f: ScaleFigures) => number) => mean(fs.map(pick));
        out.push({
          cache,
          operation,
          setup,
          connections: fs[0]!.connections,
          rps: Math.round(m((f) => f.rps)),
          p50: tenth(m((f) => f.p50)),
          p95: tenth(m((f) => f.p95)),
          p99: tenth(m((f) => f.p99)),
          errors: fs.reduce((a, f) => a + f.errors, 0),
          apiCpuMsPerRequest: m((f) => f.apiCpuMsPerRequest),
          apiCpuShares: fs[0]!.apiCpuShares.map((_, i) => Math.round(m((f) => f.apiCpuShares[i]!) * 100) / 100),
          nginxCpuMsPerRequest: fs[0]!.nginxCpuMsPerRequest === null ? null : m((f) => f.nginxCpuMsPerRequest!),
          postgresCpuMsPerRequest: m((f) => f.postgresCpuMsPerRequest),
          loadGeneratorCpuMsPerRequest: m((f) => f.loadGeneratorCpuMsPerRequest),
          machineBusy: m((f) => f.machineBusy),
          otherLoad: m((f) => f.otherLoad),
          cacheHits: m((f) => f.cacheHits),
        });
      }
  return out;
}
