// The builds `npm run cluster` needs, run beside the database setup instead of before it: the shared
// packages first (the web app bundles content-checks from its dist/), then the API (tsc -b,
// incremental) and the web app (next build, skipped while current) in parallel. The web build leaves
// out its TypeScript check (a third of its time on a fresh clone): `npm run typecheck` and CI check types.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { nextBin, nodeBin, webBuildIsCurrent, webDir } from '../../bench/lib/web-build.ts';

export interface Builds {
  /** The API's dist/ is current (migrations and the seed run from it). */
  api: Promise<void>;
  /** The web app's .next/ is current. */
  web: Promise<void>;
  /** Stops builds still running (a failed start). */
  cancel(): void;
}

const OUTPUT_LIMIT = 256 * 1024;

/** Runs a program asynchronously; rejects with its (bounded) output on failure. */
function run(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string> }, children: Set<ChildProcess>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${signal ?? code}):\n${output}`));
    });
  });
}

export function startBuilds(root: string, log: (line: string) => void): Builds {
  const children = new Set<ChildProcess>();
  const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
  const timed = async (title: string, work: () => Promise<void>) => {
    const started = Date.now();
    await work();
    log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  };
  const packages = run(tsc, ['-b', 'packages/content-checks'], { cwd: root }, children);
  const api = timed('API built (tsc -b)', async () => {
    await packages;
    await run(tsc, ['-b', 'apps/api'], { cwd: root }, children);
  });
  const web = timed('web app built', async () => {
    await packages;
    if (webBuildIsCurrent(root)) return log('  reusing the current build of apps/web');
    log('  building apps/web (next build) while the database is set up…');
    await run(
      nodeBin(root),
      [nextBin(root), 'build'],
      { cwd: webDir(root), env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CARELEAF_BUILD_SKIP_TYPECHECK: '1' } },
      children,
    );
  });
  // Awaited later (or never, when a step before fails): a rejection must not end the process unhandled.
  api.catch(() => undefined);
  web.catch(() => undefined);
  return {
    api,
    web,
    cancel: () => children.forEach((c) => c.kill('SIGTERM')),
  };
}
