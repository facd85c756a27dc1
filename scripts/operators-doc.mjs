// Writes the variables section of docs/operators.md from the API's configuration schema
// (apps/api/src/kernel/config-vars.ts, built to dist first: `npm run docs:operators`).
// A unit test (config-doc.spec.ts) fails when the committed doc differs.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { withVariables } = require(path.join(root, 'apps/api/dist/src/kernel/config-doc.js'));
const file = path.join(root, 'docs/operators.md');
const before = fs.readFileSync(file, 'utf8');
const after = withVariables(before);
if (after !== before) fs.writeFileSync(file, after);
console.log(after === before ? 'docs/operators.md is up to date' : 'docs/operators.md: variables section rewritten');
