// Test kinds by suffix, each its own Jest project:
//   *.spec.ts      unit, beside the code
//   *.int.spec.ts  database and API, in tests/ (real PostgreSQL)
//   *.e2e.ts       browser, in tests/
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

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@careleaf/migrations$': '<rootDir>/migrations/src/index.ts',
    '^@careleaf/schema$': '<rootDir>/packages/schema/src/index.ts',
    '^@careleaf/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/apps/web/.next/', '<rootDir>/.data/'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.next/'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,packages,bench}/**/*.spec.ts'],
      // The ICU message parser (catalog checks) ships only as ES modules.
      transformIgnorePatterns: ['/node_modules/(?!@formatjs/)'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.int\\.spec\\.ts$'],
    },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/**/*.int.spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
      testTimeout: 30000,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/**/*.e2e.ts'],
      // The shared database setup, plus one build of apps/web and one Chromium for all browser files.
      globalSetup: '<rootDir>/tests/support/browser-global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/browser-global-teardown.ts',
      testTimeout: 60000,
    },
  ],
};
