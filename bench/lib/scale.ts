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
  /** This process (autocannon) per request: the load generator competes for the same cores. */
  loadGeneratorCpuMsPerRequest: number;
  /** Share of the whole machine's CPU time that was busy during the run (every process, other users' too). */
  machineBusy: number;
  cacheHits: number;
}

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
  target: Target;
  apiPids: number[];
  nginxPid: number | null;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  seed: number;
}

export async function measureSetup(
  input: MeasureInput,
): Promise<Omit<ScaleFigures, 'cache' | 'operation' | 'setup' | 'connections'>> {
  const { url, target, connections, seconds } = input;
  await verifyTarget(url, target);
  if (input.warmupSeconds > 0) await drive(url, target, { connections, seconds: input.warmupSeconds, seed: input.seed + 1000 });
  const apiBefore = input.apiPids.map(cpuSeconds);
  const nginxBefore = input.nginxPid ? treeCpuSeconds(input.nginxPid) : 0;
  const selfBefore = process.cpuUsage();
  const machineBefore = machineTicks();
  const r = await drive(url, target, { connections, seconds, seed: input.seed });
  const machineAfter = machineTicks();
  const self = process.cpuUsage(selfBefore);
  const nginxCpu = input.nginxPid ? treeCpuSeconds(input.nginxPid) - nginxBefore : 0;
  const apiCpu = input.apiPids.map((pid, i) => cpuSeconds(pid) - apiBefore[i]!);
  const apiTotal = apiCpu.reduce((a, b) => a + b, 0);
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
    loadGeneratorCpuMsPerRequest: perRequest((self.user + self.system) / 1e6),
    machineBusy: (machineAfter.busy - machineBefore.busy) / Math.max(1, machineAfter.total - machineBefore.total),
    cacheHits: r.cacheHits,
  };
}
