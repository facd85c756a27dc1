// What every benchmark entry point needs before it measures: the bench database (created, migrated and
// loaded once per dataset) and Careleaf API processes started as `npm start` runs them.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadDataset, type DatasetSpec } from './datagen.ts';
import { freePort, startServer, type Running } from './processes.ts';

// Bumped when the generator writes different rows, so an older loaded dataset is loaded again (2: the search index).
// It goes at the end of the database's comment, which still starts as older runners expect, so they keep using it.
const DATASET_VERSION = '(dataset v2)';

export interface BenchDatabase {
  serverUrl: string;
  dbName: string;
  dbUrl: string;
}

export function benchDatabase(spec: DatasetSpec): BenchDatabase {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `careleaf_bench_${spec.name}`;
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  return { serverUrl, dbName, dbUrl: u.toString() };
}

function migrate(root: string, dbUrl: string): void {
  execFileSync(process.execPath, [path.join(root, 'apps/api/dist/src/server/cli/main.js'), 'db', 'migrate'], {
    env: { ...process.env, DATABASE_URL: dbUrl },
    stdio: 'inherit',
  });
}

/** Loads the dataset unless a current load is there; the seconds the load took, or null when it was reused. */
export async function ensureDataset(
  root: string,
  spec: DatasetSpec,
  db: BenchDatabase,
  opts: { reload: boolean; log: (msg: string) => void },
): Promise<number | null> {
  const { serverUrl, dbName, dbUrl } = db;
  const log = opts.log;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`, [dbName]))
    .rows[0] as { note: string | null } | undefined;
  if (exists?.note?.startsWith('careleaf bench loaded') && exists.note.endsWith(DATASET_VERSION) && !opts.reload) {
    await admin.end();
    log(`dataset ${spec.name} already loaded (${exists.note}); --reload to load again`);
    // Migrations newer than the load apply to it as to any database (none pending: nothing happens).
    migrate(root, dbUrl);
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
  migrate(root, dbUrl);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const started = Date.now();
  await loadDataset(client, spec, log, {
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
  log(`loaded ${spec.name} in ${seconds.toFixed(1)} s`);
  return seconds;
}

export async function postgresVersion(dbUrl: string): Promise<string> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const v = (await c.query('SHOW server_version')).rows[0].server_version as string;
  await c.end();
  return `PostgreSQL ${v}`;
}

/** The Careleaf API on a free port, production mode, as `npm start` runs it; `cacheMb` 0 turns the response cache off. */
export async function startApi(root: string, dbUrl: string, cacheMb: number): Promise<Running> {
  // A free port rather than a fixed one: another run's API on the same machine must not answer for this one.
  const apiPort = await freePort();
  return startServer(
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
      PUBLIC_CACHE_MB: String(cacheMb),
    },
    apiPort,
    '/readyz',
    root,
  );
}
