import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../../apps/api/src/kernel/config';
import { openDatabase } from '../../apps/api/src/server/db/connect';
import { buildApi } from '../support/api-process';
import { useTestDatabase } from '../support/database';
import { testMode } from '../support/test-env';

const root = path.resolve(__dirname, '..', '..');
const nodeBin = path.join(root, 'node_modules', '.bin', 'node');
const t = useTestDatabase();

/** The built server started with exactly `env` (nothing inherited but PATH), until it exits. */
function runServer(env: Record<string, string>) {
  return spawnSync(nodeBin, [path.join(root, 'apps', 'api', 'dist', 'src', 'server', 'main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

test('the server refuses to start in production without DATABASE_URL, naming every problem, and exits non-zero', async () => {
  buildApi();
  const run = runServer({ NODE_ENV: 'production', CARELEAF_DATA_DIR: path.join(root, '.data-never-created') });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/The configuration is refused/);
  expect(run.stderr).toMatch(/DATABASE_URL is required in production/);
  expect(run.stderr).toMatch(/CSRF_SECRET is required in production/);
  expect(run.stderr).toMatch(/METRICS_TOKEN is required in production/);
  // One line per problem, not a stack trace.
  expect(run.stderr).not.toMatch(/at loadConfig/);
});

test('a malformed value stops the server with its message, outside production too', () => {
  const run = runServer({ NODE_ENV: 'development', DATABASE_URL: t.url, DB_POOL_MAX: 'many', TRUSTED_PROXIES: 'proxy.example.org' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/DB_POOL_MAX must be a whole number between 1 and 1000, got "many"/);
  expect(run.stderr).toMatch(/TRUSTED_PROXIES must be addresses or CIDRs/);
});

test('the server refuses to start in production with an incomplete S3 media setting, one line for each missing piece', () => {
  buildApi();
  const secret = 'production-config test secret, 32+ characters';
  const run = runServer({
    NODE_ENV: 'production',
    DATABASE_URL: t.url,
    CSRF_SECRET: secret,
    CARELEAF_CLIENT_IP_SECRET: secret,
    METRICS_TOKEN: secret,
    MEDIA_STORAGE: 's3',
    MEDIA_S3_SECRET_ACCESS_KEY: 'secret without its key',
  });
  expect(run.status).toBe(1);
  const problems = run.stderr.split('\n').filter((line) => line.startsWith('  - '));
  expect(problems).toEqual([
    expect.stringContaining('MEDIA_S3_BUCKET is required with MEDIA_STORAGE=s3'),
    expect.stringContaining('MEDIA_S3_REGION is required with MEDIA_STORAGE=s3 when MEDIA_S3_ENDPOINT is unset'),
    expect.stringContaining('MEDIA_S3_SECRET_ACCESS_KEY is set but MEDIA_S3_ACCESS_KEY_ID is not'),
  ]);
  // The secret itself is never echoed.
  expect(run.stderr).not.toContain('secret without its key');
});

// The timeouts travel as start-up settings of each connection, which the embedded database's socket
// ignores (one shared session); `npm start` on the embedded database sets none (server/db/connect.ts).
const serverOnly = testMode() === 'server' ? test : test.skip;

serverOnly('the server pool applies the configured size and timeouts to every session; tools get no statement timeout', async () => {
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: t.url,
    DB_POOL_MAX: '3',
    DB_STATEMENT_TIMEOUT_MS: '300',
    DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '4000',
  };
  const server = await openDatabase(loadConfig(env), 'server');
  try {
    const [settings] = await server.dataSource.query<{ statement_timeout: string; idle: string }[]>(
      `SELECT current_setting('statement_timeout') AS statement_timeout, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement_timeout: '300ms', idle: '4s' });
    await expect(server.dataSource.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    expect((server.dataSource.driver as unknown as { master: { options: { max: number } } }).master.options.max).toBe(3);
  } finally {
    await server.close();
  }
  const tool = await openDatabase(loadConfig(env, 'tool'), 'tool');
  try {
    const [row] = await tool.dataSource.query<{ s: string }[]>(`SELECT current_setting('statement_timeout') AS s`);
    expect(row!.s).toBe('0');
  } finally {
    await tool.close();
  }
});
