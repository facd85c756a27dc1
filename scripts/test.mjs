#!/usr/bin/env node
// The whole suite, as CI runs it: types, contract, lint, then every Jest
// project against a real PostgreSQL (DATABASE_URL) or the embedded one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const args = process.argv.slice(2);
const quick = args.includes('--quick'); // skip lint and types, for a fast loop
const jestArgs = args.filter((a) => a !== '--quick');

function step(title, cmd, cmdArgs, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${title} failed after ${secs}s`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${title} (${secs}s)`);
}

if (!quick) {
  step('types (tsc -b)', bin('tsc'), ['-b']);
  step('test types', bin('tsc'), ['-p', 'tsconfig.test.json']);
  if (fs.existsSync(path.join(root, 'apps/web/tsconfig.json'))) step('web types', bin('tsc'), ['--noEmit', '-p', 'apps/web']);
  step('GraphQL contract is current', process.execPath, ['apps/api/dist/src/server/cli/main.js', 'schema', 'check']);
  step('lint', bin('eslint'), ['.', '--max-warnings', '0']);
  step('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
}

const embedded = !process.env.DATABASE_URL;
console.log(`\n▶ tests against ${embedded ? 'the embedded PostgreSQL (set DATABASE_URL to use a server)' : 'DATABASE_URL'}`);
const results = path.join(os.tmpdir(), `careleaf-jest-${process.pid}.json`);
// The embedded database is one session: one test file at a time. Files run in a worker that is
// replaced once it holds 1.5 GB, never in this process: each file loads the API afresh, and what a
// library leaves on Node's shared objects (process listeners, observers) keeps every earlier copy
// alive, which ran one process out of heap after some 150 files.
const workers = [embedded ? '--maxWorkers=1' : '--maxWorkers=2', '--workerIdleMemoryLimit=1536MB'];
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', ...workers, '--json', `--outputFile=${results}`, ...jestArgs],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test' },
  },
);
if (fs.existsSync(results)) {
  const summary = JSON.parse(fs.readFileSync(results, 'utf8'));
  fs.rmSync(results);
  console.log(`\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`);
}
process.exit(r.status ?? 1);
