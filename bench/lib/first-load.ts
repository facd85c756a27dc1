// First-load JavaScript per route of the patient site, read from a production
// build (`next build`): what a browser downloads on a first visit, i.e. the
// framework's root files plus the chunks of the route's layouts, pages and
// client components (from each route's client reference manifest). Polyfills
// (only for old browsers) are left out.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  route: string;
  files: number;
  raw: number;
  gzip: number;
}

export const hasWebBuild = (dist: string) => fs.existsSync(path.join(dist, 'BUILD_ID'));

/** Every page route of the build in `dist` (apps/web/.next), sorted by route. */
export function firstLoadJs(dist: string): FirstLoad[] {
  const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8')) as T;
  const build = readJson<{ rootMainFiles: string[] }>('build-manifest.json');
  const routes = readJson<Record<string, string>>('app-path-routes-manifest.json');

  /** The chunks a route's client reference manifest names (layouts, page, client components). */
  const routeChunks = (entry: string): string[] => {
    const file = path.join(dist, 'server', 'app', `${entry}_client-reference-manifest.js`);
    if (!fs.existsSync(file)) return [];
    const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } };
    vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
    const manifest = sandbox.globalThis.__RSC_MANIFEST?.[entry];
    return Object.values(manifest?.entryJSFiles ?? {}).flat();
  };

  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (file: string) => {
    const cached = sizes.get(file);
    if (cached) return cached;
    const buf = fs.readFileSync(path.join(dist, file.replace(/^\/?_next\//, '')));
    const s = { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    sizes.set(file, s);
    return s;
  };

  const rows: FirstLoad[] = [];
  for (const [entry, route] of Object.entries(routes).sort(([, a], [, b]) => a.localeCompare(b))) {
    if (!entry.endsWith('/page')) continue; // route handlers send no JavaScript
    const files = [...new Set([...build.rootMainFiles, ...routeChunks(entry)].map((f) => f.replace(/^\/?_next\//, '')))];
    const total = files.reduce((acc, f) => ({ raw: acc.raw + size(f).raw, gzip: acc.gzip + size(f).gzip }), { raw: 0, gzip: 0 });
    rows.push({ route, files: files.length, ...total });
  }
  return rows;
}
