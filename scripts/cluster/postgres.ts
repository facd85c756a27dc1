// The cluster's own PostgreSQL: a primary made with initdb and one streaming replica made with
// pg_basebackup -R, from the Debian packages' binaries. PostgreSQL refuses to run as root, so as
// root every PostgreSQL command runs as the `postgres` OS user, which owns the pg/ folder.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { ClusterLayout, ClusterSecrets } from './layout.ts';

const asRoot = () => process.getuid?.() === 0;

/** PG_BIN, else the newest /usr/lib/postgresql/<version>/bin with initdb. */
export function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL server binaries not found: install postgresql (Debian) or set PG_BIN');
  return path.join(base, newest, 'bin');
}

/** Runs a PostgreSQL program (as the postgres user when we are root); throws with its output on failure. */
function pgRun(program: string, args: string[], env: Record<string, string> = {}): string {
  const bin = path.join(pgBin(), program);
  const assignments = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', 'env', ...assignments, bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', env: { ...process.env, ...env }, cwd: '/' });
  if (r.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** pgRun without blocking the event loop: the fault tests keep sending requests meanwhile. */
function pgRunAsync(program: string, args: string[]): Promise<string> {
  const bin = path.join(pgBin(), program);
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return new Promise((resolve, reject) =>
    execFile(cmd, argv, { encoding: 'utf8', cwd: '/' }, (err, stdout, stderr) =>
      err ? reject(new Error(`${program} ${args.join(' ')} failed: ${err.message}\n${stdout}${stderr}`)) : resolve(stdout),
    ),
  );
}

function ownForPostgres(target: string): void {
  if (!asRoot()) return;
  const r = spawnSync('chown', ['-R', 'postgres:postgres', target]);
  if (r.status !== 0) throw new Error(`chown postgres ${target} failed`);
}

const running = (data: string) => {
  try {
    pgRun('pg_ctl', ['status', '-D', data]);
    return true;
  } catch {
    return false;
  }
};

function start(data: string, port: number, log: string): void {
  if (running(data)) return;
  // -p: the replica's postgresql.conf is the primary's copy.
  pgRun('pg_ctl', ['start', '-D', data, '-l', log, '-o', `-p ${port}`, '-w', '-t', '60']);
}

export function stopPostgres(l: ClusterLayout): void {
  for (const data of [l.replicaData, l.primaryData])
    if (fs.existsSync(path.join(data, 'PG_VERSION')) && running(data))
      pgRun('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60']);
}

const PRIMARY_CONF = (port: number) => `
# Careleaf local cluster (scripts/cluster): loopback only, TCP only, streams to one replica.
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = ''
wal_level = replica
max_wal_senders = 5
hot_standby = on
# On the replica (which copies this file): vacuum on the primary waits for its readers
# instead of cancelling their queries.
hot_standby_feedback = on
max_connections = 120
# A disposable local cluster: no fsync (much faster on shared disks); never for real data.
fsync = off
`;

const HBA = `# Careleaf local cluster: passwords over loopback only.
host all         postgres   127.0.0.1/32 scram-sha-256
host replication replicator 127.0.0.1/32 scram-sha-256
`;

/** The primary on its port: made with initdb the first time, the app database and the replication user in it. */
export async function ensurePrimary(l: ClusterLayout, s: ClusterSecrets): Promise<void> {
  const fresh = !fs.existsSync(path.join(l.primaryData, 'PG_VERSION'));
  if (fresh) {
    fs.rmSync(l.primaryData, { recursive: true, force: true });
    fs.mkdirSync(l.pgDir, { recursive: true, mode: 0o700 });
    const pwfile = path.join(l.pgDir, 'pwfile');
    fs.writeFileSync(pwfile, `${s.dbPassword}\n`, { mode: 0o600 });
    ownForPostgres(l.pgDir);
    pgRun('initdb', [
      '-D',
      l.primaryData,
      '-U',
      'postgres',
      `--pwfile=${pwfile}`,
      '-A',
      'scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    fs.rmSync(pwfile);
    fs.appendFileSync(path.join(l.primaryData, 'postgresql.conf'), PRIMARY_CONF(l.ports.primary));
    fs.writeFileSync(path.join(l.primaryData, 'pg_hba.conf'), HBA);
    ownForPostgres(l.pgDir);
  }
  start(l.primaryData, l.ports.primary, path.join(l.pgDir, 'primary.log'));
  if (!fresh) return;
  const client = new pg.Client({
    host: '127.0.0.1',
    port: l.ports.primary,
    user: 'postgres',
    password: s.dbPassword,
    database: 'postgres',
  });
  await client.connect();
  try {
    await client.query(`CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${s.replicationPassword.replace(/'/g, "''")}'`);
    await client.query('CREATE DATABASE careleaf');
  } finally {
    await client.end();
  }
}

/** The streaming replica on its port: a base backup of the primary (-R: standby settings written) the first time. */
export function ensureReplica(l: ClusterLayout, s: ClusterSecrets): void {
  if (!fs.existsSync(path.join(l.replicaData, 'PG_VERSION'))) {
    fs.rmSync(l.replicaData, { recursive: true, force: true });
    const pgpass = path.join(l.pgDir, 'pgpass');
    fs.writeFileSync(pgpass, `127.0.0.1:${l.ports.primary}:*:replicator:${s.replicationPassword}\n`, { mode: 0o600 });
    ownForPostgres(pgpass);
    pgRun(
      'pg_basebackup',
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(l.ports.primary),
        '-U',
        'replicator',
        '-D',
        l.replicaData,
        '-R',
        '-X',
        'stream',
        '--no-sync',
        '-c',
        'fast',
      ],
      { PGPASSFILE: pgpass },
    );
    ownForPostgres(l.pgDir);
  }
  start(l.replicaData, l.ports.replica, path.join(l.pgDir, 'replica.log'));
}

/** Stops the primary (fast: open sessions are ended), keeps it down for `downMs`, and starts it again: the restart fault test. */
export async function restartPrimary(l: ClusterLayout, downMs: number): Promise<void> {
  await pgRunAsync('pg_ctl', ['stop', '-D', l.primaryData, '-m', 'fast', '-w', '-t', '60']);
  await new Promise((r) => setTimeout(r, downMs));
  await pgRunAsync('pg_ctl', ['start', '-D', l.primaryData, '-l', path.join(l.pgDir, 'primary.log'), '-w', '-t', '60']);
}

/** Stops the primary at once (-m immediate: no checkpoint, as if its machine went away): the start of a failover drill. */
export async function killPrimary(l: ClusterLayout): Promise<void> {
  if (running(l.primaryData)) await pgRunAsync('pg_ctl', ['stop', '-D', l.primaryData, '-m', 'immediate', '-w', '-t', '60']);
}

/** Whether the replica was promoted (a failover drill): it no longer has standby.signal. */
export const replicaPromoted = (l: ClusterLayout) =>
  fs.existsSync(path.join(l.replicaData, 'PG_VERSION')) && !fs.existsSync(path.join(l.replicaData, 'standby.signal'));

/** Promotes the streaming replica to a primary that accepts writes (pg_ctl promote -w waits until it does). */
export async function promoteReplica(l: ClusterLayout): Promise<void> {
  await pgRunAsync('pg_ctl', ['promote', '-D', l.replicaData, '-w', '-t', '60']);
}
