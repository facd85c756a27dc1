// The production build of the web app, shared by the browser tests and the
// benchmark (scenario d): built once with `next build` when missing or older
// than the web sources, the typed GraphQL documents or the content checks.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const webDir = (root: string) => path.join(root, 'apps', 'web');
export const nextBin = (root: string) => path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
/** The Node the repository pins (the root devDependency `node`). */
export const nodeBin = (root: string) => path.join(root, 'node_modules', '.bin', 'node');

/** Newest modification time under `dir` (files only), skipping build output. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether apps/web/.next holds a production build at least as new as the web sources and the typed documents. */
export function webBuildIsCurrent(root: string): boolean {
  const buildId = path.join(webDir(root), '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  // The web app bundles the content checks too (the checks panel runs them while the editor types).
  const sources = Math.max(
    newestMtime(webDir(root)),
    newestMtime(path.join(root, 'packages', 'schema', 'src')),
    newestMtime(path.join(root, 'packages', 'content-checks', 'src')),
  );
  return built >= sources;
}

/** Builds the web app (`next build`) unless a current build exists; `force` builds in any case. */
export function ensureWebBuild(root: string, log: (line: string) => void, force = false): void {
  if (!force && webBuildIsCurrent(root)) {
    log('reusing the current build of apps/web');
    return;
  }
  log('building apps/web (next build)…');
  const started = Date.now();
  const r = spawnSync(nodeBin(root), [nextBin(root), 'build'], {
    cwd: webDir(root),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  log(`built apps/web in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}
