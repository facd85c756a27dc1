import fs from 'node:fs';
import path from 'node:path';

/**
 * The proxy decides 404s from a table of the pages under app/[locale]
 * (routes.ts). That table is generated from the folder, never written by
 * hand: `syncRouteTable` rewrites route-table.generated.ts when a page or
 * route handler was added, moved or removed. The web build runs it (from
 * next.config.ts), so does `npm run routes -w apps/web`, and a unit test
 * fails while the committed file is out of date.
 *
 * This file is for build time and tests only (it reads the file system);
 * nothing the server bundles imports it.
 */

export const GENERATED_FILE = path.join('src', 'lib', 'route-table.generated.ts');
const LOCALE_DIR = path.join('src', 'app', '[locale]');
const ROUTE_FILE = /^(page|route)\.(tsx?|jsx?)$/;
/** "(signed-in)": a route group, which organises folders without appearing in the URL. */
const ROUTE_GROUP = /^\(.+\)$/;
/** Folders Next.js never routes: "_private" and parallel-route slots ("@modal"). */
const NOT_ROUTED = /^[_@]/;

/** URL patterns under /{locale}/ ("editor/documents/[id]") with a page or route handler, sorted. */
export function scanRoutes(localeDir: string): string[] {
  const found = new Set<string>();
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (NOT_ROUTED.test(entry.name)) continue;
        walk(path.join(dir, entry.name), ROUTE_GROUP.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (ROUTE_FILE.test(entry.name)) {
        found.add(segments.join('/'));
      }
    }
  };
  walk(localeDir, []);
  return [...found].sort();
}

/** The generated module, formatted as the repository's formatter leaves it. */
export function routeTableSource(routes: readonly string[]): string {
  return [
    '// Generated from src/app/[locale] by src/lib/route-scan.ts (the web build, `npm run routes -w apps/web`). Do not edit.',
    '',
    '/** Every page and route handler under /{locale}/, as URL patterns (route groups left out). */',
    'export const APP_ROUTES: readonly string[] = [',
    ...routes.map((r) => `  '${r}',`),
    '];',
    '',
  ].join('\n');
}

/** Rewrites the generated table of `webDir` (apps/web) when the folder says otherwise; true when it changed. */
export function syncRouteTable(webDir: string): boolean {
  const file = path.join(webDir, GENERATED_FILE);
  const source = routeTableSource(scanRoutes(path.join(webDir, LOCALE_DIR)));
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === source) return false;
  fs.writeFileSync(file, source);
  return true;
}
