import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const committed = path.join(__dirname, 'src', 'generated', 'web');

test('the generated typed GraphQL documents for web are current (run `npm run codegen` if not)', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-codegen-'));
  try {
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'codegen.ts'],
      {
        cwd: __dirname,
        env: { ...process.env, CODEGEN_WEB_OUT_DIR: out },
        encoding: 'utf8',
      },
    );
    expect(r.stderr + (r.status === 0 ? '' : r.stdout)).toBe('');
    const fresh = fs.readdirSync(out).sort();
    expect(fresh.length).toBeGreaterThan(0);
    expect(fs.readdirSync(committed).sort()).toEqual(fresh);
    const stale = fresh.filter((f) => fs.readFileSync(path.join(out, f), 'utf8') !== fs.readFileSync(path.join(committed, f), 'utf8'));
    expect(stale).toEqual([]);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
