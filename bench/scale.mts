// `npm run bench:scale -- --dataset small`: the public reads of scenarios (a) and (b) with the response
// cache off and on, each against one API process directly, one behind nginx and two behind nginx
// (the local cluster's nginx configuration), in one run. Writes bench/results/<date>-scale-<dataset>.{json,md}.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DATASETS } from './lib/datagen.ts';
import type { Running } from './lib/processes.ts';
import { BenchNginx, meanOfRounds, measureSetup, SETUP_TITLES, type ScaleFigures, type Setup } from './lib/scale.ts';
import { scaleMarkdown, type ScaleReport } from './lib/scale-report.ts';
import { scenarios } from './lib/scenarios.ts';
import { benchDatabase, ensureDataset, postgresVersion, startApi } from './lib/setup.ts';
import { nginxBin } from '../scripts/cluster/nginx.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'small' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    only: { type: 'string', default: 'a,b' },
    cache: { type: 'string', default: 'off,on' },
    rounds: { type: 'string', default: '2' },
    reload: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`npm run bench:scale -- [--dataset tiny|small|large] [--seconds 15] [--warmup 5] [--connections 32] [--only a,b] [--cache off,on] [--rounds 2] [--reload]
Each operation (scenario ids of npm run bench) with each cache setting against one API process directly,
one behind nginx and two behind nginx; each round runs the setups in the opposite order of the one before, and the
report gives the mean of the rounds. Uses DATABASE_URL like npm run bench; needs nginx (NGINX_BIN).`);
  process.exit(0);
}
const spec = DATASETS[args.dataset!];
if (!spec) throw new Error(`Unknown dataset "${args.dataset}". Use one of: ${Object.keys(DATASETS).join(', ')}`);
const log = (msg: string) => console.log(`[bench:scale] ${msg}`);
const opts = { seconds: Number(args.seconds), warmupSeconds: Number(args.warmup), connections: Number(args.connections) };
const operations = scenarios(spec).filter((s) => args.only!.split(',').includes(s.id));
const cacheModes = args.cache!.split(',') as Array<'off' | 'on'>;

const db = benchDatabase(spec);
await ensureDataset(root, spec, db, { reload: args.reload!, log });
const pgVersion = await postgresVersion(db.dbUrl);
const loadAverageBefore = os.loadavg();
const nginx = new BenchNginx(root);
const runs: ScaleFigures[] = [];
const rounds: ScaleFigures[][] = [];
let apis: Running[] = [];
const admin = new pg.Client({ connectionString: db.serverUrl });
await admin.connect();
// The backends of the API processes' pools (and nothing else: the benchmark itself holds no connection to the database).
const postgresPids = async () =>
  (await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [db.dbName])).rows.map(
    (r: { pid: number }) => r.pid,
  );
try {
  for (const cache of cacheModes) {
    // Both processes run through each cache setting: the second one idles while a setup uses only the first.
    apis = await Promise.all([startApi(root, db.dbUrl, cache === 'on' ? 64 : 0), startApi(root, db.dbUrl, cache === 'on' ? 64 : 0)]);
    const ports = apis.map((a) => Number(new URL(a.url).port));
    const setups: Array<{ setup: Setup; used: Running[] }> = [
      { setup: 'direct-1', used: apis.slice(0, 1) },
      { setup: 'nginx-1', used: apis.slice(0, 1) },
      { setup: 'nginx-2', used: apis },
    ];
    for (let round = 0; round < Number(args.rounds); round++) {
      // Alternate the order, so a machine whose other load drifts does not favour one setup.
      const order = round % 2 === 0 ? setups : [...setups].reverse();
      const figures: ScaleFigures[] = [];
      for (const { setup, used } of order) {
        if (setup === 'direct-1') await nginx.stop();
        else await nginx.start(ports.slice(0, used.length));
        const url = setup === 'direct-1' ? used[0]!.url : nginx.url;
        for (const [i, s] of operations.entries()) {
          log(`cache ${cache}, round ${round + 1}, ${s.id}, ${SETUP_TITLES[setup]}`);
          const f = await measureSetup({
            url,
            target: s.careleaf,
            apiPids: used.map((a) => a.pid),
            nginxPid: setup === 'direct-1' ? null : nginx.pid(),
            postgresPids,
            connections: s.connections ?? opts.connections,
            seconds: opts.seconds,
            warmupSeconds: opts.warmupSeconds,
            seed: 20 + i + 100 * round,
          });
          figures.push({ cache, operation: `(${s.id}) ${s.title}`, setup, connections: s.connections ?? opts.connections, ...f });
          log(
            `  ${f.rps} req/s, p95 ${f.p95} ms, CPU ms/req: API ${f.apiCpuMsPerRequest.toFixed(3)}, nginx ${f.nginxCpuMsPerRequest?.toFixed(3) ?? '–'}, PostgreSQL ${f.postgresCpuMsPerRequest.toFixed(3)}; others ${Math.round(f.otherLoad * 100)} % of the machine`,
          );
        }
      }
      rounds.push(figures);
    }
    await nginx.stop();
    await Promise.all(apis.map((a) => a.stop()));
    apis = [];
  }
  runs.push(
    ...meanOfRounds(
      rounds,
      operations.map((s) => `(${s.id}) ${s.title}`),
    ),
  );
  // nginx -v writes to stderr.
  const nginxVersion = spawnSync(nginxBin(), ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '') || 'nginx';
  const date = new Date().toISOString().slice(0, 10);
  const report: ScaleReport = {
    date,
    command: `npm run bench:scale -- ${process.argv.slice(2).join(' ')}`.trim(),
    dataset: {
      name: spec.name,
      tenants: spec.tenants,
      documents: spec.tenants * spec.documentsPerTenant,
      translations: spec.tenants * spec.documentsPerTenant * spec.locales.length,
    },
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      postgres: pgVersion,
      nginx: nginxVersion,
      loadAverageBefore,
    },
    durationSeconds: opts.seconds,
    warmupSeconds: opts.warmupSeconds,
    connections: opts.connections,
    rounds: Number(args.rounds),
    runs,
    roundRuns: rounds,
    notes: [
      `${os.cpus().length} cores for everything: autocannon, nginx, the API processes and PostgreSQL share them (and so does anything else running). A second API process can only add throughput while a core has idle time; when the machine is busy, two processes share the same cores as one and the figure that shows what a second process costs is CPU per request, not requests/s.`,
      'API CPU ms/req: user + system CPU (from /proc) of the API processes the setup uses, summed, over the measured run, divided by the requests served. API CPU split: each process’s share of it. nginx CPU: master and worker. Load generator: autocannon in the benchmark’s own process.',
      'PostgreSQL CPU: the backends connected to the benchmark database (the API processes’ pools). Others: the share of the machine’s CPU time used by processes outside this run (busy time minus the API processes, nginx, PostgreSQL backends and the load generator); it shows how much of the two cores other work took.',
      'Machine busy: the share of all CPU time (both cores, every process on the machine, PostgreSQL and other users included) that was not idle during the run.',
      'Cache off: PUBLIC_CACHE_MB=0 (every read goes to the database). Cache on: 64 MB per process, each process with its own cache, warmed by the warm-up.',
      'The API processes read from the one PostgreSQL server on the same host (no replica); nginx is started from the local cluster’s configuration generator (scripts/cluster/nginx.ts: keepalive 16 per upstream, access log on, one worker).',
    ],
  };
  const base = path.join(root, 'bench/results', `${date}-scale-${spec.name}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, scaleMarkdown(report));
  console.log(`\n${scaleMarkdown(report)}`);
  log(`wrote ${path.relative(root, base)}.{json,md}`);
} finally {
  await admin.end();
  await nginx.remove();
  await Promise.all(apis.map((a) => a.stop()));
}
