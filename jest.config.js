// Test kinds by suffix, each its own Jest project:
//   *.spec.ts      unit, beside the code
//   *.int.spec.ts  database and API, in tests/ (real PostgreSQL)
//   *.e2e.ts       browser, in tests/
const fs = require('node:fs');
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// ESM-only packages (unified, remark, rehype, franc, syllable, …) are required
// from CommonJS: Node 24 does that natively (require(esm)), Jest's own module
// registry only with --experimental-vm-modules. So Jest compiles exactly the
// installed packages marked "type": "module" to CommonJS with swc; every other
// file in node_modules stays untouched. See docs/adr/0005-import-and-esm-only-libraries.md.
const swcEsmPackage = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

/** Names of the installed packages marked "type": "module", in every node_modules folder. */
function esmPackages(dir, found = new Set()) {
  const packageDirs = [];
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) packageDirs.push(...fs.readdirSync(path.join(dir, entry)).map((name) => `${entry}/${name}`));
    else packageDirs.push(entry);
  }
  for (const name of packageDirs) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, name, 'package.json'), 'utf8'));
      if (pkg.type === 'module') found.add(name);
    } catch {
      continue; // not a package folder
    }
    esmPackages(path.join(dir, name, 'node_modules'), found);
  }
  return found;
}

const workspaces = [
  '.',
  'apps/api',
  'apps/web',
  'migrations',
  ...fs.readdirSync(path.join(__dirname, 'packages')).map((p) => `packages/${p}`),
];
const esm = new Set();
for (const ws of workspaces) esmPackages(path.join(__dirname, ws, 'node_modules'), esm);
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Ignore a file when the innermost package it belongs to is not an ESM one.
const transformIgnorePatterns = [`/node_modules/(?!(?:${[...esm].map(escape).join('|')})/)(?:@[^/]+/)?[^/]+/(?!.*node_modules/)`];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '/node_modules/.+\\.m?js$': swcEsmPackage, '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns,
  moduleNameMapper: {
    '^@careleaf/migrations$': '<rootDir>/migrations/src/index.ts',
    '^@careleaf/schema$': '<rootDir>/packages/schema/src/index.ts',
    '^@careleaf/schema/blocks$': '<rootDir>/packages/schema/src/blocks/index.ts',
    '^@careleaf/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
    // Exposed only under the "import"/"module-sync" conditions, which Jest's CommonJS resolver does not use.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
  modulePathIgnorePatterns: ['<rootDir>/apps/web/.next/', '<rootDir>/.data/'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.next/'],
};

module.exports = {
  // Jest reads the timeout from here, not from a project: without it every test gets the 5 s default.
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,packages,bench}/**/*.spec.ts', '<rootDir>/tests/architecture/*.spec.ts'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.int\\.spec\\.ts$'],
    },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/**/*.int.spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/support/timeouts.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/**/*.e2e.ts'],
      // The shared database setup, plus one build of apps/web and one Chromium for all browser files.
      globalSetup: '<rootDir>/tests/support/browser-global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/browser-global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/support/timeouts.ts'],
    },
  ],
};
