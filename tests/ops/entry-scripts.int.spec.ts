import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, startServer } from '../../bench/lib/processes.ts';
import { buildApi } from '../support/api-process';
import { dbPrefix, testMode, withDatabase } from '../support/test-env';

/**
 * The entry scripts the container images run (deploy/entry), run here without
 * containers against the machine's PostgreSQL, on a database created empty.
 */
const root = path.resolve(__dirname, '..', '..');
// The images run against a PostgreSQL server; the embedded database cannot be created empty beside the tests'.
const serverOnly = testMode() === 'server' ? describe : describe.skip;
const server = process.env.DATABASE_URL ?? '';
const name = `${dbPrefix()}_entry_${process.pid}`;
const url = server ? withDatabase(server, name) : '';
// The repository's Node 24 comes first, as the image's `node` would.
const PATH = `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`;
const secret = 'entry-script test secret of 32+ characters';

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function script(file: string, env: Record<string, string>) {
  return spawnSync(path.join(root, 'deploy', 'entry', file), [], { cwd: '/', env: { PATH, ...env }, encoding: 'utf8', timeout: 120_000 });
}

serverOnly('the container entry scripts', () => {
  beforeAll(async () => {
    buildApi();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${name}`);
  });

  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  test('the migration script refuses to run without DATABASE_URL', () => {
    const run = script('migrate.sh', {});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL must name the PostgreSQL to migrate/);
  });

  test('the migration script migrates an empty database in production mode, and a second run changes nothing', async () => {
    const first = script('migrate.sh', { DATABASE_URL: url, NODE_ENV: 'production' });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^applied /m);
    const second = script('migrate.sh', { DATABASE_URL: url, NODE_ENV: 'production' });
    expect(second.status).toBe(0);
    expect(second.stdout.trim()).toBe('database is up to date');
  });

  test('the API script starts a production API on that database: ready, metrics behind the token, and a clean exit on SIGTERM', async () => {
    const port = await freePort();
    const metricsPort = await freePort();
    const api = await startServer(
      path.join(root, 'deploy', 'entry', 'api.sh'),
      [],
      {
        PATH,
        NODE_ENV: 'production',
        DATABASE_URL: url,
        API_PORT: String(port),
        METRICS_PORT: String(metricsPort),
        MIGRATE_ON_START: 'false',
        CSRF_SECRET: secret,
        CARELEAF_CLIENT_IP_SECRET: secret,
        METRICS_TOKEN: secret,
        // Production needs a mail server; nothing is sent here, so nothing has to listen.
        SMTP_HOST: '127.0.0.1',
        SMTP_TLS: 'none',
        MAIL_FROM: 'careleaf@example.org',
        LOG_LEVEL: 'warn',
      },
      port,
      '/readyz',
      '/',
    );
    try {
      const ready = await fetch(`${api.url}/readyz`);
      expect(ready.status).toBe(200);
      for (const base of [api.url, `http://127.0.0.1:${metricsPort}`]) {
        expect((await fetch(`${base}/metrics`)).status).toBe(401);
        const metrics = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${secret}` } });
        expect(metrics.status).toBe(200);
        const text = await metrics.text();
        expect(text).toMatch(/^careleaf_http_request_duration_seconds_count\{method="GET",route="\/readyz",status="200"\} \d+$/m);
        // The process's one server reports Node's own figures too.
        expect(text).toMatch(/^careleaf_process_cpu_seconds_total \d/m);
      }
      const exit = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
      api.child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      await api.stop();
    }
  });
});
