import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * The dependency rule (.dependency-cruiser.cjs): kernel ← modules ← server,
 * modules reached through their index.ts, no cycles. Checked on the real tree,
 * and on a small tree of forbidden imports so a rule that silently stopped
 * matching (a renamed folder, a broken pattern) fails here too.
 */
const root = path.resolve(__dirname, '..', '..');
const depcruise = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const config = path.join(root, '.dependency-cruiser.cjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string, dirs: string[]): Violation[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [depcruise, ...dirs, '--config', config, '--output-type', 'json'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    // Exits non-zero when it finds violations; the report is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

describe('the dependency rule', () => {
  it('holds on the code as it is: no layer imports upwards, no module reaches behind another one, no cycles', () => {
    const violations = cruise(root, ['apps', 'packages']);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  it('reports each kind of forbidden import by its rule, and lets unit specs reach the files they test', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-deps-'));
    try {
      const api = 'apps/api/src';
      writeTree(dir, {
        'tsconfig.test.json': JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es2022', strict: true } }),
        [`${api}/kernel/context.ts`]: `import { DocumentService } from '../modules/content/document.service';\nexport const c = DocumentService;\n`,
        [`${api}/modules/content/document.service.ts`]: `export class DocumentService {}\n`,
        [`${api}/modules/content/index.ts`]: `export { DocumentService } from './document.service';\n`,
        [`${api}/modules/content/scheduler.ts`]: `import type { Services } from '../../server/services';\nexport type S = Services;\n`,
        [`${api}/modules/search/search.service.ts`]: `import { DocumentService } from '../content/document.service';\nimport * as content from '../content';\nexport const s = [DocumentService, content];\n`,
        [`${api}/modules/search/search.service.spec.ts`]: `import { DocumentService } from '../content/document.service';\nexport const t = DocumentService;\n`,
        [`${api}/modules/audit/a.ts`]: `import type { B } from './b';\nexport type A = { b: B };\n`,
        [`${api}/modules/audit/b.ts`]: `import type { A } from './a';\nexport type B = { a?: A };\n`,
        [`${api}/server/services.ts`]: `import { DocumentService } from '../modules/content/document.service';\nexport type Services = { d: DocumentService };\n`,
        'apps/web/src/page.ts': `import { c } from '../../api/src/kernel/context';\nexport const p = c;\n`,
      });
      const found = cruise(dir, ['apps'])
        .map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)
        .sort();
      expect(found).toEqual(
        [
          `kernel-imports-no-module: ${api}/kernel/context.ts → ${api}/modules/content/document.service.ts`,
          `module-public-face: ${api}/modules/search/search.service.ts → ${api}/modules/content/document.service.ts`,
          `no-cycles: ${api}/modules/audit/a.ts → ${api}/modules/audit/b.ts`, // reported once per cycle
          `nothing-imports-server: ${api}/modules/content/scheduler.ts → ${api}/server/services.ts`,
          `server-uses-public-faces: ${api}/server/services.ts → ${api}/modules/content/document.service.ts`,
          `web-imports-no-api: apps/web/src/page.ts → ${api}/kernel/context.ts`,
        ].sort(),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
