import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../bench/lib/processes.ts';

/** Where Debian's package puts the binary (`apt-get install pgbouncer`); .ci/run installs it. */
const CANDIDATES = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'];

export function pgbouncerBinary(): string | null {
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

/**
 * Whether the PgBouncer tests can run. Without the binary they are skipped
 * locally (with a message), never in CI: there a missing PgBouncer fails them.
 */
export function pgbouncerAvailable(): boolean {
  if (pgbouncerBinary()) return true;
  if (process.env.CI) return true; // let the test fail loudly: CI must install it
  console.warn('PgBouncer is not installed (apt-get install pgbouncer): skipping the PgBouncer tests.');
  return false;
}

export interface PgBouncer {
  port: number;
  /** `directUrl` (the machine's PostgreSQL) with host and port of the pooler instead. */
  through(directUrl: string): string;
  /** The admin console (SHOW POOLS, SHOW SERVERS). */
  adminUrl: string;
  output(): string;
  stop(): Promise<void>;
}

const asRoot = () => process.getuid?.() === 0;

/**
 * A PgBouncer of the test's own in transaction mode on a free loopback port,
 * in front of the PostgreSQL of `serverUrl` (every database by name: the `*`
 * entry), with `poolSize` server connections per database and user. Its config
 * and userlist live in a temporary folder; trust authentication on both sides,
 * as the test server has. PgBouncer refuses to run as root: then it runs as the
 * `postgres` OS user, like the local cluster's PostgreSQL (scripts/cluster).
 */
export async function startPgBouncer(serverUrl: string, poolSize: number): Promise<PgBouncer> {
  const bin = pgbouncerBinary();
  if (!bin) throw new Error('pgbouncer is not installed: apt-get install pgbouncer (.ci/run does)');
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username || 'postgres');
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-pgbouncer-'));
  fs.writeFileSync(path.join(dir, 'userlist.txt'), `"${user}" ""\n`);
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      `admin_users = ${user}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'min_pool_size = 0',
      'reserve_pool_size = 0',
      'max_client_conn = 500',
      // What node-postgres may send that PgBouncer 1.18 does not track.
      'ignore_startup_parameters = extra_float_digits',
      'server_check_delay = 0',
      'log_connections = 0',
      'log_disconnections = 0',
      '',
    ].join('\n'),
  );
  if (asRoot()) {
    fs.chmodSync(dir, 0o755);
    spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  }
  const ini = path.join(dir, 'pgbouncer.ini');
  const [cmd, args] = asRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ini]] : [bin, [ini]];
  const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  child.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const deadline = Date.now() + 15_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited (${child.exitCode}): ${out}`);
    if (Date.now() > deadline) throw new Error(`pgbouncer did not listen within 15 s: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const through = (directUrl: string) => {
    const u = new URL(directUrl);
    u.hostname = '127.0.0.1';
    u.port = String(port);
    return u.toString();
  };
  return {
    port,
    through,
    adminUrl: `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/pgbouncer`,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        // SIGTERM: immediate shutdown (runuser passes it on to PgBouncer).
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
