import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../apps/api/src/server/db/data-source';
import { Database } from '../../apps/api/src/kernel/db/database';
import { MemoryMailSender, type MailSender } from '../../apps/api/src/kernel/mail/mail';
import { createServices, type Services } from '../../apps/api/src/server/services';
import type { MediaStorage } from '../../apps/api/src/modules/media';
import { dbPrefix, templateName, testMode, withDatabase } from './test-env';
import { startPgBouncer, type PgBouncer } from './pgbouncer';

export interface TestDatabase {
  /** The file's database, directly (also when the services go through PgBouncer). */
  url: string;
  /** With `pgbouncer`: the same database through the file's PgBouncer, which the data source uses. */
  pooledUrl?: string;
  pgbouncer?: PgBouncer;
  /** Every SQL statement run through the data source since the file started (clear it freely). */
  queries: string[];
  dataSource: DataSource;
  db: Database;
  services: Services;
  /** Every e-mail the services sent (password resets, invitations). */
  mail: MemoryMailSender;
}

let fileCounter = 0;

/** A database of this test file's own, copied from the migrated template (or wiped, on the embedded database). */
async function cleanDatabaseUrl(): Promise<string> {
  if (testMode() === 'embedded') {
    const url = process.env.CARELEAF_TEST_EMBEDDED_URL!;
    await wipe(url);
    return url;
  }
  const server = process.env.DATABASE_URL!;
  const name = `${dbPrefix()}_w${process.env.JEST_WORKER_ID ?? '0'}_${process.pid}_${fileCounter++}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName()}`);
  } finally {
    await admin.end();
  }
  return withDatabase(server, name);
}

/** Empties every table but the migration log: the embedded database is shared by the files that run one after another. */
async function wipe(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
    );
    if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  if (testMode() === 'embedded') return;
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: process.env.DATABASE_URL! });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** The URL a database process prints first. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the database process ended (${code}) before it was ready`)));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!.trim());
    });
  });
}

/**
 * Call at the top of a test file: a clean, migrated database for the file,
 * ready in beforeAll and closed in afterAll. Read the handle's fields inside tests.
 */
export function useTestDatabase(
  opts: {
    /** The services' mail sender instead of the memory outbox, e.g. SMTP to a test server (called in beforeAll, after hooks registered earlier). */
    mail?: () => MailSender;
    /** Where the services keep media bytes (called in beforeAll); by default the configured test directory. */
    mediaStorage?: () => MediaStorage;
    /**
     * A second database of the file's own, e.g. another installation to import into. On the
     * embedded database, where files share one, it is a separate embedded database, migrated here.
     */
    second?: boolean;
    /**
     * The services' data source goes through a PgBouncer of the file's own in
     * transaction mode with this many server connections (server mode only), so
     * the transactions of different tenants share server connections. Default:
     * CARELEAF_TEST_PGBOUNCER_POOL when set (tests/db/isolation-pgbouncer.int.spec.ts).
     */
    pgbouncer?: { poolSize: number };
  } = {},
): TestDatabase {
  const handle = {} as TestDatabase;
  let own: ChildProcess | null = null;
  const envPool = Number(process.env.CARELEAF_TEST_PGBOUNCER_POOL);
  const pgbouncer = opts.pgbouncer ?? (envPool > 0 ? { poolSize: envPool } : undefined);
  beforeAll(async () => {
    if (opts.second && testMode() === 'embedded') {
      own = spawn(process.execPath, [path.join(__dirname, 'embedded-process.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
      handle.url = await firstLine(own);
      const setup = createDataSource({ url: handle.url, poolMax: 1, applicationName: 'careleaf-test-setup' });
      await setup.initialize();
      await setup.runMigrations({ transaction: 'each' });
      await setup.destroy();
    } else {
      handle.url = await cleanDatabaseUrl();
    }
    handle.queries = [];
    if (pgbouncer) {
      if (testMode() !== 'server') throw new Error('PgBouncer needs the PostgreSQL server (DATABASE_URL), not the embedded database.');
      handle.pgbouncer = await startPgBouncer(handle.url, pgbouncer.poolSize);
      handle.pooledUrl = handle.pgbouncer.through(handle.url);
    }
    handle.dataSource = createDataSource({
      url: handle.pooledUrl ?? handle.url,
      poolMax: testMode() === 'embedded' ? 1 : 4,
      applicationName: 'careleaf-test',
      onQuery: (sql) => handle.queries.push(sql),
    });
    await handle.dataSource.initialize();
    // As the API does behind a pooler (server/db/connect.ts): no named statements.
    handle.db = new Database(handle.dataSource, testMode() === 'server' && !pgbouncer);
    handle.mail = new MemoryMailSender();
    const mediaStorage = opts.mediaStorage?.();
    handle.services = createServices(handle.db, { mail: opts.mail?.() ?? handle.mail, ...(mediaStorage ? { mediaStorage } : {}) });
  });
  afterAll(async () => {
    await handle.dataSource?.destroy();
    await handle.pgbouncer?.stop();
    if (own) {
      const exited = new Promise((resolve) => own!.once('exit', resolve));
      own.stdin!.end();
      await exited;
    } else if (handle.url) await dropDatabase(handle.url);
  });
  return handle;
}
