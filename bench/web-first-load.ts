// `npx node bench/web-first-load.ts [apps/web/.next]`: first-load JavaScript per
// route of the patient site, read from a production build (`next build`); see
// bench/lib/first-load.ts for what is counted.
import path from 'node:path';
import { firstLoadJs, hasWebBuild } from './lib/first-load.ts';

// Run from the repository root (as npm scripts are).
const dist = path.resolve(process.argv[2] ?? path.join('apps', 'web', '.next'));
if (!hasWebBuild(dist)) {
  console.error(`No production build in ${dist}: run \`npx next build\` in apps/web first.`);
  process.exit(1);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const rows = firstLoadJs(dist);
const width = Math.max(...rows.map((r) => r.route.length));
console.log(`${'route'.padEnd(width)}  files  first-load JS (raw)  (gzip)`);
for (const r of rows) {
  console.log(`${r.route.padEnd(width)}  ${String(r.files).padStart(5)}  ${kb(r.raw).padStart(19)}  ${kb(r.gzip).padStart(8)}`);
}
