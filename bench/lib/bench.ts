import os from 'node:os';
import { send } from './http.ts';
import { drive } from './load.ts';
import { prng } from './prng.ts';
import { cpuSeconds, peakRssMb } from './measure.ts';
import type { Figures, Report, ScenarioFigures } from './report.ts';
import type { Scenario } from './scenarios.ts';

export interface BenchTargets {
  baseline: { url: string; pid: number };
  careleaf: { url: string; pid: number };
}

export interface BenchOptions {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  log?: (msg: string) => void;
}

async function measure(
  url: string,
  pid: number,
  scenario: Scenario,
  which: 'baseline' | 'careleaf',
  opts: BenchOptions,
  seed: number,
): Promise<Figures> {
  const connections = scenario.connections ?? opts.connections;
  const target = scenario[which];
  if (opts.warmupSeconds > 0) await drive(url, target, { connections, seconds: opts.warmupSeconds, seed: seed + 1000 });
  const before = cpuSeconds(pid);
  const r = await drive(url, target, { connections, seconds: opts.seconds, seed });
  const cpu = cpuSeconds(pid) - before;
  return {
    rps: r.rps,
    p50: r.p50,
    p95: r.p95,
    p99: r.p99,
    errors: r.errors + r.non2xx + r.graphqlErrors,
    cpuMsPerRequest: r.requests ? (cpu * 1000) / r.requests : Number.NaN,
    ...(which === 'careleaf' ? { cacheHits: r.cacheHits } : {}),
  };
}

/** One request per target before measuring: a fast wrong answer (a GraphQL error is HTTP 200, an empty search is cheap) must not count. */
async function verify(url: string, scenario: Scenario, which: 'baseline' | 'careleaf'): Promise<void> {
  const res = await send(url, scenario[which].request(prng(99)));
  const text = res.body;
  const body = JSON.parse(text) as { errors?: unknown; data?: Record<string, unknown> } | null;
  const empty = which === 'careleaf' ? !body?.data || Object.values(body.data).some((v) => v === null) || body.errors : body === null;
  const wrong = res.status === 200 && !empty ? (scenario.wrongAnswer?.(which, body) ?? null) : `HTTP ${res.status}`;
  if (wrong) throw new Error(`${which} answered scenario ${scenario.id} wrongly (${wrong}): ${text.slice(0, 300)}`);
}

const mean = (a: number, b: number) => (a + b) / 2;

/** Baseline, Careleaf, baseline for each scenario, so a drifting machine shows in the baseline pair. */
export async function runScenarios(targets: BenchTargets, list: Scenario[], opts: BenchOptions): Promise<ScenarioFigures[]> {
  const out: ScenarioFigures[] = [];
  for (const [i, s] of list.entries()) {
    opts.log?.(`scenario ${s.id}: ${s.title}`);
    await verify(targets.careleaf.url, s, 'careleaf');
    await verify(targets.baseline.url, s, 'baseline');
    const b1 = await measure(targets.baseline.url, targets.baseline.pid, s, 'baseline', opts, 10 + i);
    const c = await measure(targets.careleaf.url, targets.careleaf.pid, s, 'careleaf', opts, 20 + i);
    const b2 = await measure(targets.baseline.url, targets.baseline.pid, s, 'baseline', opts, 30 + i);
    const baseline: Figures = {
      rps: Math.round(mean(b1.rps, b2.rps)),
      p50: Math.round(mean(b1.p50, b2.p50) * 10) / 10,
      p95: Math.round(mean(b1.p95, b2.p95) * 10) / 10,
      p99: Math.round(mean(b1.p99, b2.p99) * 10) / 10,
      errors: b1.errors + b2.errors,
      cpuMsPerRequest: mean(b1.cpuMsPerRequest, b2.cpuMsPerRequest),
    };
    out.push({
      id: s.id,
      title: s.title,
      connections: s.connections ?? opts.connections,
      careleaf: c,
      baseline,
      cpuRatio: c.cpuMsPerRequest / baseline.cpuMsPerRequest,
    });
    opts.log?.(
      `  Careleaf ${c.rps} req/s, ${c.cpuMsPerRequest.toFixed(3)} ms CPU/req; baseline ${baseline.rps} req/s, ${baseline.cpuMsPerRequest.toFixed(3)} ms CPU/req`,
    );
  }
  return out;
}

export function machine(postgres: string): Report['machine'] {
  return { cpus: os.cpus().length, node: process.version, postgres };
}

export { peakRssMb };
