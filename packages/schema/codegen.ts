// Typed GraphQL documents for the web app, generated from the committed
// contract. Run `npm run codegen` after changing schema.graphql or a
// `graphql(...)` document in apps/web; a unit test fails when the output is stale.
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(__dirname, '..', '..');

export const committedWebDir = path.join(root, 'packages', 'schema', 'src', 'generated', 'web');
// The freshness test generates into a temporary folder and compares.
const webGeneratedDir = process.env.CODEGEN_WEB_OUT_DIR || committedWebDir;

const config: CodegenConfig = {
  schema: path.join(root, 'packages', 'schema', 'schema.graphql'),
  documents: [path.join(root, 'apps', 'web', 'src', '**', '*.{ts,tsx}'), `!${path.join(root, 'apps', 'web', 'src', '**', '*.spec.ts')}`],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [`${webGeneratedDir}${path.sep}`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings: the web app posts them with fetch and needs no GraphQL runtime.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
