import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GENERATED_FILE, routeTableSource, scanRoutes } from './route-scan';
import { STATIC_PAGES } from './routes';

const webDir = path.join(__dirname, '..', '..');

test('the committed route table is the one the app folder gives (after adding a page: npm run routes -w apps/web)', () => {
  const committed = fs.readFileSync(path.join(webDir, GENERATED_FILE), 'utf8');
  expect(committed).toBe(routeTableSource(scanRoutes(path.join(webDir, 'src', 'app', '[locale]'))));
});

test('the proxy knows the editor pages, whatever route group they sit in, and not the 404 page or the document slug', () => {
  expect(STATIC_PAGES).toEqual(expect.arrayContaining(['editor', 'editor/sign-in', 'editor/documents/[id]/save', 'search']));
  expect(STATIC_PAGES).not.toContain('page-not-found');
  expect(STATIC_PAGES).not.toContain('[slug]');
  expect(STATIC_PAGES.some((p) => p.includes('(') || p.startsWith('[...'))).toBe(false);
});

describe('scanning an app folder', () => {
  let dir: string;
  const touch = (file: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), '');
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-routes-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('route groups are left out of the URL, folders without a page or handler are not routes', () => {
    touch('page.tsx');
    touch('editor/(signed-in)/layout.tsx');
    touch('editor/(signed-in)/page.tsx');
    touch('editor/(signed-in)/documents/[id]/page.tsx');
    touch('editor/(signed-in)/documents/[id]/save/route.ts');
    touch('editor/sign-in/page.tsx');
    touch('editor/empty/helper.ts');
    touch('_parts/page.tsx');
    expect(scanRoutes(dir)).toEqual(['', 'editor', 'editor/documents/[id]', 'editor/documents/[id]/save', 'editor/sign-in']);
  });

  test('the generated module lists the routes one per line, sorted', () => {
    touch('b/page.tsx');
    touch('a/route.ts');
    expect(routeTableSource(scanRoutes(dir))).toContain("export const APP_ROUTES: readonly string[] = [\n  'a',\n  'b',\n];\n");
  });
});
