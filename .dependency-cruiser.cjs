/**
 * The dependency rule of the API (docs/ARCHITECTURE.md, "Layers"), checked in
 * `npm test` by tests/architecture/dependency-rule.spec.ts and by hand with
 * `npm run deps`. Type-only imports count: a type cycle is still a cycle.
 *
 *   server/  (composition root: HTTP, GraphQL schema, jobs, CLI, seed)
 *     ↓
 *   modules/<domain>/  (each imported by others through its index.ts only)
 *     ↓
 *   kernel/  (db, errors, context, config, events, policy, i18n of errors)
 *
 * Unit specs beside the code may reach into the files they test; they are
 * not part of any layer.
 */
const API = '^apps/api/src/';
const notSpec = '\\.spec\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'A cycle, even through types, means two files cannot be understood or changed apart. ' +
        'One exception: the block kinds and the union of all blocks (packages/schema/src/blocks) ' +
        'refer to each other through types only, because containers hold blocks: a recursive type, not a tangle.',
      severity: 'error',
      from: { pathNot: [notSpec, '^packages/schema/src/blocks/'] },
      to: { circular: true },
    },
    {
      name: 'kernel-imports-no-module',
      comment: 'The kernel is below every module: it must not know them (or the server).',
      severity: 'error',
      from: { path: `${API}kernel/`, pathNot: notSpec },
      to: { path: `${API}(modules|server)/` },
    },
    {
      name: 'nothing-imports-server',
      comment: 'server/ is the composition root: it imports everything and nothing imports it.',
      severity: 'error',
      from: { path: `${API}(kernel|modules)/`, pathNot: notSpec },
      to: { path: `${API}server/` },
    },
    {
      name: 'module-public-face',
      comment: 'Another module is reached through its index.ts only, never through the files behind it.',
      severity: 'error',
      from: { path: `${API}modules/([^/]+)/`, pathNot: notSpec },
      to: {
        path: `${API}modules/[^/]+/`,
        pathNot: [`${API}modules/$1/`, `${API}modules/[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'server-uses-public-faces',
      comment: 'The composition root builds modules from their public faces too.',
      severity: 'error',
      from: { path: `${API}server/`, pathNot: notSpec },
      to: { path: `${API}modules/[^/]+/.+`, pathNot: `${API}modules/[^/]+/index\\.ts$` },
    },
    {
      name: 'packages-import-no-app',
      comment: 'Shared packages (the contract, checks) are below both apps.',
      severity: 'error',
      from: { path: '^packages/', pathNot: notSpec },
      to: { path: '^apps/' },
    },
    {
      name: 'web-imports-no-api',
      comment: 'The web app talks to the API over HTTP and shares only packages/.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/api/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.next)/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
