import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config';
import { withVariables } from './config-doc';
import { envShape, variableDocs } from './config-vars';

test('docs/operators.md lists every variable exactly as the configuration schema describes it (npm run docs:operators)', () => {
  const doc = fs.readFileSync(path.join(repoRoot(), 'docs', 'operators.md'), 'utf8');
  expect(withVariables(doc)).toBe(doc);
  for (const name of Object.keys(envShape)) expect(doc).toContain(`| \`${name}\` |`);
});

test('every variable the schema checks has a documented default and meaning', () => {
  expect(Object.keys(variableDocs).sort()).toEqual(Object.keys(envShape).sort());
  for (const doc of Object.values(variableDocs)) expect(doc.meaning.length).toBeGreaterThan(10);
});
