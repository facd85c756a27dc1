import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkContract, CONTRACT_PATH, emitContract } from './contract';

test('the committed schema.graphql matches the code', async () => {
  const result = await checkContract();
  expect(result).toEqual({ upToDate: true, message: 'up to date' });
});

test('a stale schema.graphql is detected, with the line and the command that fixes it', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'careleaf-contract-'));
  const file = path.join(dir, 'schema.graphql');
  await emitContract(file);
  const fresh = await checkContract(file);
  expect(fresh.upToDate).toBe(true);

  const text = await fs.readFile(file, 'utf8');
  await fs.writeFile(file, text.replace('slug: String!', 'slug: String'));
  const stale = await checkContract(file);
  expect(stale.upToDate).toBe(false);
  expect(stale.message).toMatch(/stale \(first difference at line \d+\)\. Run "npm run schema:emit"/);
  await fs.rm(dir, { recursive: true });
});

test('a missing schema.graphql is reported as missing', async () => {
  const result = await checkContract(path.join(os.tmpdir(), 'careleaf-no-such-dir', 'schema.graphql'));
  expect(result.upToDate).toBe(false);
  expect(result.message).toMatch(/missing/);
  expect(CONTRACT_PATH).toMatch(/packages[\\/]schema[\\/]schema\.graphql$/);
});
