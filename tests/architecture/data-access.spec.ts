import fs from 'node:fs';
import path from 'node:path';

/*
 * The data-access rule (docs/adr/0020-data-access-queries-files.md): in a
 * module, every database access lives in a `*.queries.ts` file; and no
 * non-test code anywhere converts between shapes with a double cast. Checked
 * on the real tree, and on fixture text so a pattern that silently stopped
 * matching fails here too.
 */
const root = path.resolve(__dirname, '..', '..');

/** The API modules under the rule: every one (a test below fails when a module folder is missing here). */
export const MODULES_UNDER_RULE: readonly string[] = [
  'audit',
  'content',
  'feedback',
  'identity',
  'importer',
  'localization',
  'media',
  'notifications',
  'references',
  'registries',
  'search',
  'tenancy',
  'tenant-archive',
  'webhooks',
];

export interface Finding {
  file: string;
  line: number;
  what: string;
}

const DOUBLE_CAST = /\bas\s+unknown\s+as\b/;

/** What counts as touching the database: raw SQL, the query builder, repositories, the entity manager, the one-statement read. */
const DATABASE_ACCESS: { what: string; pattern: RegExp }[] = [
  { what: 'raw SQL (.query)', pattern: /\.query\s*\(/ },
  { what: 'query builder', pattern: /\bcreateQueryBuilder\b/ },
  { what: 'repository', pattern: /\bgetRepository\b/ },
  {
    what: 'entity manager call',
    pattern:
      /\b(?:em|manager|entityManager)\s*\.\s*(?:find\w*|save|insert|update|upsert|delete|remove|count\w*|exists\w*|increment|decrement|softDelete|restore|sum|average|minimum|maximum|preload|clear)\s*\(/,
  },
  { what: 'one-statement read (readOnce)', pattern: /\breadOnce\s*(?:<[^>]*>)?\s*\(/ },
];

const SOURCE = /\.(?:ts|tsx|mts|cts)$/;
const TEST = /(?:\.spec|\.test|\.e2e)\.(?:ts|tsx)$|\/__tests__\/|\/__snapshots__\//;
const GENERATED = /\/generated\/|\.generated\.(?:ts|tsx)$|\.d\.ts$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '.next', '.turbo', 'coverage', 'generated']);

/** Non-test, non-generated source files (paths relative to the repository, with forward slashes). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const p = path.join(abs, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(p);
        continue;
      }
      const rel = path.relative(root, p).split(path.sep).join('/');
      if (SOURCE.test(rel) && !TEST.test(rel) && !GENERATED.test(rel)) out.push(rel);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

function linesMatching(file: string, text: string, pattern: RegExp, what: string): Finding[] {
  return text.split('\n').flatMap((l, i) => (pattern.test(l) ? [{ file, line: i + 1, what }] : []));
}

/** Double casts in one non-test file. */
export function castFindings(file: string, text: string): Finding[] {
  return linesMatching(file, text, DOUBLE_CAST, 'as unknown as');
}

/** Database access outside `*.queries.ts` in a module under the rule; other files answer nothing. */
export function accessFindings(file: string, text: string, modules: readonly string[] = MODULES_UNDER_RULE): Finding[] {
  const m = /^apps\/api\/src\/modules\/([^/]+)\//.exec(file);
  if (!m || !modules.includes(m[1]!) || file.endsWith('.queries.ts') || TEST.test(file)) return [];
  return DATABASE_ACCESS.flatMap(({ what, pattern }) => linesMatching(file, text, pattern, what)).sort((x, y) => x.line - y.line);
}

const show = (f: Finding) => `${f.file}:${f.line} ${f.what}`;
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

const packageSources = () => fs.readdirSync(path.join(root, 'packages')).flatMap((p) => sourceFiles(path.join(root, 'packages', p, 'src')));

describe('the data-access rule', () => {
  it('holds in every module: its database access is in *.queries.ts files only', () => {
    const modulesDir = path.join(root, 'apps', 'api', 'src', 'modules');
    const modules = fs
      .readdirSync(modulesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect([...MODULES_UNDER_RULE].sort()).toEqual(modules.sort());
    const files = sourceFiles(modulesDir);
    // Guard against a walk that finds nothing (a moved folder would make this test pass vacuously).
    expect(files.filter((f) => f.endsWith('.queries.ts')).length).toBeGreaterThan(15);
    expect(files.flatMap((f) => accessFindings(f, read(f))).map(show)).toEqual([]);
  });

  it('finds no "as unknown as" in non-test, non-generated code of the apps and packages', () => {
    const files = [...sourceFiles(path.join(root, 'apps')), ...packageSources()];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => castFindings(f, read(f)));
    expect(found.map(show)).toEqual([]);
  });

  it('names each kind of database access outside a queries file, and leaves queries files, tests and other modules alone', () => {
    const text = [
      `const rows = await tx.em.query('SELECT 1', []);`,
      `const d = await tx.em.findOneByOrFail(DocumentRow, { id });`,
      `await em.insert(RevisionRow, row);`,
      `const q = tx.em.createQueryBuilder(DocumentRow, 'd');`,
      `const r = manager.getRepository(DocumentRow);`,
      `const c = await db.readOnce<Row>('name', 'SELECT 1', []);`,
      `const ok = items.find((i) => i.id === id); // an array, not the database`,
    ].join('\n');
    expect(accessFindings('apps/api/src/modules/content/document.resolver.ts', text).map(show)).toEqual([
      'apps/api/src/modules/content/document.resolver.ts:1 raw SQL (.query)',
      'apps/api/src/modules/content/document.resolver.ts:2 entity manager call',
      'apps/api/src/modules/content/document.resolver.ts:3 entity manager call',
      'apps/api/src/modules/content/document.resolver.ts:4 query builder',
      'apps/api/src/modules/content/document.resolver.ts:5 repository',
      'apps/api/src/modules/content/document.resolver.ts:6 one-statement read (readOnce)',
    ]);
    expect(accessFindings('apps/api/src/modules/content/document.queries.ts', text)).toEqual([]);
    expect(accessFindings('apps/api/src/modules/content/listing.spec.ts', text)).toEqual([]);
    expect(accessFindings('apps/api/src/modules/content/document.service.ts', text, ['search'])).toEqual([]);
    expect(accessFindings('apps/api/src/server/cli/main.ts', text)).toEqual([]);
  });

  it('names a double cast and not a single one', () => {
    const text = `const a = x as Foo;\nconst b = y as unknown as Bar;\n`;
    expect(castFindings('apps/web/src/x.ts', text).map(show)).toEqual(['apps/web/src/x.ts:2 as unknown as']);
  });
});
