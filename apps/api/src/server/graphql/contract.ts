import fs from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../kernel/config';
import { printContract } from './schema';

export const CONTRACT_PATH = path.join(repoRoot(), 'packages', 'schema', 'schema.graphql');

export async function emitContract(file = CONTRACT_PATH): Promise<void> {
  await fs.writeFile(file, await printContract());
}

export interface ContractCheck {
  upToDate: boolean;
  message: string;
}

/** Compares the committed contract with the code's schema; the message says how to fix a difference. */
export async function checkContract(file = CONTRACT_PATH): Promise<ContractCheck> {
  const expected = await printContract();
  const actual = await fs.readFile(file, 'utf8').catch(() => null);
  if (actual === expected) return { upToDate: true, message: 'up to date' };
  const first = firstDifference(actual ?? '', expected);
  return {
    upToDate: false,
    message: `${path.relative(repoRoot(), file)} is ${actual === null ? 'missing' : `stale (first difference at line ${first})`}. Run "npm run schema:emit" and commit the result.`,
  };
}

function firstDifference(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}
