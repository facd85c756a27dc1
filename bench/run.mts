// `npm run bench -- --dataset small`: loads (once) a seeded dataset into a
// database of its own, starts the bare baseline server and the Careleaf API
// against it, drives both with autocannon, then (scenario d) the built web app
// in front of the API, and writes bench/results/<date>-<dataset>.{json,md,svg}.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { machine, peakRssMb, runScenarios } from './lib/bench.ts';
import { DATASETS, loadDataset } from './lib/datagen.ts';
import { freePort, startServer, type Running } from './lib/processes.ts';
import { markdown, svgChart, type Report, type ScenarioFigures, type WebFigures } from './lib/report.ts';
import { scenarios } from './lib/scenarios.ts';
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
// Bumped when the generator writes different rows, so an older loaded dataset is loaded again (2: the search index).
// It goes at the end of the database's comment, which still starts as older runners expect, so they keep using it.
const DATASET_VERSION = '(dataset v2)';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `careleaf_bench_${spec.name}`;
const dbUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

function migrate(): void {
  execFileSync(process.execPath, [path.join(root, 'apps/api/dist/src/server/cli/main.js'), 'db', 'migrate'], {
    env: { ...process.env, DATABASE_URL: dbUrl },
    stdio: 'inherit',
  });
}

async function ensureDataset(): Promise<number | null> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`, [dbName]))
    .rows[0] as { note: string | null } | undefined;
  if (exists?.note?.startsWith('careleaf bench loaded') && exists.note.endsWith(DATASET_VERSION) && !args.reload) {
    await admin.end();
    log(`dataset ${spec!.name} already loaded (${exists.note}); --reload to load again`);
    // Migrations newer than the load apply to it as to any database (none pending: nothing happens).
    migrate();
    return null;
  }
  // Never pull the database from under another run (another checkout on the same server, say).
  const users = (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [dbName])).rows[0] as {
    n: number;
  };
  if (users.n > 0) {
    await admin.end();
    throw new Error(`${dbName} has ${users.n} open connections (another benchmark run?): wait for it to end, then run again.`);
  }
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  log('migrating');
  migrate();
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const started = Date.now();
  await loadDataset(client, spec!, log, {
    // Stemming for the search index is the slowest part: one connection per core.
    searchConnections: os.cpus().length,
    connect: async () => {
      const c = new pg.Client({ connectionString: dbUrl });
      await c.connect();
      return c;
    },
  });
  const seconds = (Date.now() - started) / 1000;
  await client.end();
  await admin.query(`COMMENT ON DATABASE ${dbName} IS 'careleaf bench loaded in ${seconds.toFixed(0)} s ${DATASET_VERSION}'`);
  await admin.end();
  log(`loaded ${spec!.name} in ${seconds.toFixed(1)} s`);
  return seconds;
}

const only = args.only ? new Set(args.only.split(',')) : null;
const withWeb = !args['no-web'] && (!only || only.has('d'));
// Before any server starts: a build takes minutes and both cores.
if (withWeb) ensureWebBuild(root, log);

const loadSeconds = await ensureDataset();
const pgVersion = await (async () => {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const v = (await c.query('SHOW server_version')).rows[0].server_version as string;
  await c.end();
  return `PostgreSQL ${v}`;
})();

const baseline = await startServer(
  process.execPath,
  [path.join(root, 'bench/baseline-server.ts')],
  { DATABASE_URL: dbUrl, PORT: '0' },
  0,
  '/healthz',
  root,
);
// A free port rather than a fixed one: another run's API on the same machine must not answer for this one.
const apiPort = await freePort();
const careleaf = await startServer(
  process.execPath,
  // As `npm start` runs it (docs/performance.md: memory).
  ['--max-semi-space-size=16', '--max-old-space-size=224', path.join(root, 'apps/api/dist/src/server/main.js')],
  {
    DATABASE_URL: dbUrl,
    API_PORT: String(apiPort),
    NODE_ENV: 'production',
    CSRF_SECRET: randomBytes(32).toString('hex'),
    CARELEAF_CLIENT_IP_SECRET: randomBytes(32).toString('hex'),
    METRICS_TOKEN: randomBytes(32).toString('hex'),
    // Production refuses to start without a mail server; the benchmark sends no mail, so nothing listens there.
    SMTP_HOST: '127.0.0.1',
    SMTP_TLS: 'none',
    MAIL_FROM: 'bench@careleaf.invalid',
    LOG_LEVEL: 'warn',
    MIGRATE_ON_START: 'false',
    SEED_DEMO: 'false',
    PUBLIC_CACHE_MB: args['no-cache'] ? '0' : '64',
  },
  apiPort,
  '/readyz',
  root,
);
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
