// Where the local cluster keeps everything (one folder) and which loopback ports it uses.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface ClusterPorts {
  primary: number;
  replica: number;
  api: [number, number];
  web: [number, number];
  /** nginx: readers (the web processes) and the API (for the web processes and API clients). */
  site: number;
  apiProxy: number;
}

export interface ClusterSecrets {
  dbPassword: string;
  replicationPassword: string;
  csrf: string;
  clientIp: string;
  revalidate: string;
  metrics: string;
}

export interface ClusterLayout {
  root: string;
  dir: string;
  ports: ClusterPorts;
  pgDir: string;
  primaryData: string;
  replicaData: string;
  logs: string;
  run: string;
  nginxDir: string;
  secretsFile: string;
}

/** Ports from `base` up: primary base, replica base+1, API base+8/9, web base+18/19, nginx base+48 (site) and base+49 (API). */
export function portsFrom(base: number): ClusterPorts {
  return {
    primary: base,
    replica: base + 1,
    api: [base + 8, base + 9],
    web: [base + 18, base + 19],
    site: base + 48,
    apiProxy: base + 49,
  };
}

export function layout(
  repoRoot: string,
  dir = process.env.CLUSTER_DIR ?? path.join(repoRoot, '.cluster'),
  base = Number(process.env.CLUSTER_PORT_BASE ?? 55432),
): ClusterLayout {
  const abs = path.resolve(repoRoot, dir);
  const pgDir = path.join(abs, 'pg');
  return {
    root: repoRoot,
    dir: abs,
    ports: portsFrom(base),
    pgDir,
    primaryData: path.join(pgDir, 'primary'),
    replicaData: path.join(pgDir, 'replica'),
    logs: path.join(abs, 'logs'),
    run: path.join(abs, 'run'),
    nginxDir: path.join(abs, 'nginx'),
    secretsFile: path.join(abs, 'secrets.json'),
  };
}

/** Random secrets made once per folder (mode 600), so a restarted cluster keeps its sessions and passwords. */
export function secrets(l: ClusterLayout): ClusterSecrets {
  if (fs.existsSync(l.secretsFile)) return JSON.parse(fs.readFileSync(l.secretsFile, 'utf8')) as ClusterSecrets;
  const r = () => randomBytes(32).toString('base64url');
  const s: ClusterSecrets = { dbPassword: r(), replicationPassword: r(), csrf: r(), clientIp: r(), revalidate: r(), metrics: r() };
  fs.mkdirSync(l.dir, { recursive: true });
  fs.writeFileSync(l.secretsFile, JSON.stringify(s, null, 2), { mode: 0o600 });
  return s;
}

export const primaryUrl = (l: ClusterLayout, s: ClusterSecrets) =>
  `postgres://postgres:${s.dbPassword}@127.0.0.1:${l.ports.primary}/careleaf`;
export const replicaUrl = (l: ClusterLayout, s: ClusterSecrets) =>
  `postgres://postgres:${s.dbPassword}@127.0.0.1:${l.ports.replica}/careleaf`;

/** The pid in `run/<name>.pid` if that process is alive. */
export function livePid(l: ClusterLayout, name: string): number | null {
  const file = path.join(l.run, `${name}.pid`);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim().split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}
