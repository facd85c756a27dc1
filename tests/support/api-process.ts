import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, startServer, type Running } from '../../bench/lib/processes.ts';

const root = path.resolve(__dirname, '..', '..');
const nodeBin = path.join(root, 'node_modules', '.bin', 'node');

/** The heap flags production runs the API with (scripts/start.mjs). */
export const PRODUCTION_HEAP_FLAGS = ['--max-semi-space-size=16', '--max-old-space-size=224'];

export interface ApiProcess extends Running {
  graphqlUrl: string;
  /** Resident memory of the process in MiB (VmRSS from /proc), or null where /proc is missing. */
  rssMiB(): number | null;
  alive(): boolean;
}

/** Builds apps/api/dist when it is stale (a no-op after `tsc -b`, as `npm test` runs it). */
export function buildApi(): void {
  const tsc = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-b', 'apps/api'], { cwd: root, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`building the API failed:\n${tsc.stdout}${tsc.stderr}`);
}

/**
 * The built API (apps/api/dist) as its own process with production's heap
 * flags, over `databaseUrl` (already migrated). Builds the API first when
 * the build is stale (a no-op after `tsc -b`, as `npm test` runs it).
 */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  buildApi();
  const port = await freePort();
  const running = await startServer(
    nodeBin,
    [...PRODUCTION_HEAP_FLAGS, path.join(root, 'apps', 'api', 'dist', 'src', 'server', 'main.js')],
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, API_PORT: String(port), MIGRATE_ON_START: 'false', ...env },
    port,
    '/readyz',
    root,
  );
  return {
    ...running,
    graphqlUrl: `${running.url}/graphql`,
    rssMiB() {
      const status = `/proc/${running.pid}/status`;
      if (!fs.existsSync(status)) return null;
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(status, 'utf8'))?.[1];
      return kb ? Number(kb) / 1024 : null;
    },
    alive: () => running.child.exitCode === null && running.child.signalCode === null,
  };
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` in flight; results in order. */
export async function inBatches<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}
