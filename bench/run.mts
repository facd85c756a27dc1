// `npm run bench -- --dataset small`: loads (once) a seeded dataset into a
// database of its own, starts the bare baseline server and the Careleaf API
// against it, drives both with autocannon, then (scenario d) the built web app
// in front of the API, and writes bench/results/<date>-<dataset>.{json,md,svg}.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machine, peakRssMb, runScenarios } from './lib/bench.ts';
import { DATASETS } from './lib/datagen.ts';
import { freePort, startServer, type Running } from './lib/processes.ts';
import { markdown, svgChart, type Report, type ScenarioFigures, type WebFigures } from './lib/report.ts';
import { scenarios } from './lib/scenarios.ts';
import { benchDatabase, ensureDataset, postgresVersion, startApi } from './lib/setup.ts';
import { ensureWebBuild, nextBin, webDir } from './lib/web-build.ts';
import { runArticlePages } from './lib/web-scenario.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'small' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    only: { type: 'string' },
    reload: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    'no-web': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`npm run bench -- [--dataset tiny|small|large] [--seconds 20] [--warmup 5] [--connections 32] [--only a,a1,a2,b,c,d] [--no-cache] [--no-web] [--reload]
Uses DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create careleaf_bench_<dataset>.
Scenario d (the article page from the web app, 8 connections) builds apps/web first when its build is missing or stale; --no-web skips it.`);
  process.exit(0);
}
const spec = DATASETS[args.dataset!];
if (!spec) throw new Error(`Unknown dataset "${args.dataset}". Use one of: ${Object.keys(DATASETS).join(', ')}`);
const log = (msg: string) => console.log(`[bench] ${msg}`);

const db = benchDatabase(spec);

const only = args.only ? new Set(args.only.split(',')) : null;
const withWeb = !args['no-web'] && (!only || only.has('d'));
// Before any server starts: a build takes minutes and both cores.
if (withWeb) ensureWebBuild(root, log);

const loadSeconds = await ensureDataset(root, spec, db, { reload: args.reload!, log });
const pgVersion = await postgresVersion(db.dbUrl);

const baseline = await startServer(
  process.execPath,
  [path.join(root, 'bench/baseline-server.ts')],
  { DATABASE_URL: db.dbUrl, PORT: '0' },
  0,
  '/healthz',
  root,
);
const careleaf = await startApi(root, db.dbUrl, args['no-cache'] ? 0 : 64);
let web: Running | null = null;
try {
  const list = scenarios(spec).filter((s) => !only || only.has(s.id));
  const results: ScenarioFigures[] = await runScenarios(
    { baseline: { url: baseline.url, pid: baseline.pid }, careleaf: { url: careleaf.url, pid: careleaf.pid } },
    list,
    { seconds: Number(args.seconds), warmupSeconds: Number(args.warmup), connections: Number(args.connections), log },
  );
  let webFigures: WebFigures | null = null;
  if (withWeb) {
    const port = await freePort();
    // No -H: with a hostname set, Next treats its own rewrites as external and proxies them back to itself.
    web = await startServer(
      process.execPath,
      [nextBin(root), 'start', '-p', String(port)],
      { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CARELEAF_API_URL: `${careleaf.url}/graphql` },
      port,
      '/',
      webDir(root),
    );
    const d = await runArticlePages(spec, {
      webUrl: web.url,
      webPid: web.pid,
      apiPid: careleaf.pid,
      dist: path.join(webDir(root), '.next'),
      seconds: Number(args.seconds),
      warmupSeconds: Number(args.warmup),
      connections: 8,
      log,
    });
    results.push(d.scenario);
    webFigures = d.web;
  }
  const date = new Date().toISOString().slice(0, 10);
  const variant = args['no-cache'] ? 'response cache off' : 'response cache on';
  const report: Report = {
    date,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    dataset: {
      name: spec.name,
      tenants: spec.tenants,
      documents: spec.tenants * spec.documentsPerTenant,
      translations: spec.tenants * spec.documentsPerTenant * spec.locales.length,
      loadSeconds,
    },
    machine: machine(pgVersion),
    durationSeconds: Number(args.seconds),
    warmupSeconds: Number(args.warmup),
    variant,
    scenarios: results,
    web: webFigures,
    careleafPeakRssMb: peakRssMb(careleaf.pid),
    notes: [
      'CPU ms/req is the server process’s own CPU time (user + system, from /proc) over the measured run divided by the requests served; the load generator runs on the same machine.',
      'The baseline answers each read with one SQL statement as the owner role, with no tenant routing, access checks, RLS or GraphQL; for (c) the same full-text query as the API (GIN index, ts_rank_cd, ts_headline for the page, total count).',
      'Latency percentiles are nearest-rank over every 2xx answer of the run (autocannon’s per-request times; (d): our own client). Cache hits: answers the API’s public response cache served (X-Cache: HIT).',
      '(c) searches one random German noun of the generator’s vocabulary per request; every one of them occurs in nearly every German translation. With the response cache on, repeated words are answered from it; `--no-cache` measures the search itself.',
      '(d): time to first byte (status line and headers received) at 8 connections for a fixed set of article pages whose data the web app has cached; CPU is the web server’s (its process tree). No bare equivalent, so no ratio.',
    ],
  };
  const base = path.join(root, 'bench/results', `${date}-${spec.name}${args['no-cache'] ? '-nocache' : ''}`);
  fs.mkdirSync(path.dirname(base), { recursive: true });
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, markdown(report));
  fs.writeFileSync(`${base}.svg`, svgChart(report));
  console.log(`\n${markdown(report)}`);
  log(`wrote ${path.relative(root, base)}.{json,md,svg}`);
} finally {
  await web?.stop();
  await careleaf.stop();
  await baseline.stop();
}
