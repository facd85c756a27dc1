import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildApi } from '../support/api-process';

/**
 * `careleaf db backup` / `db restore` of the embedded database, run as the
 * operator runs them (the built CLI) against PGlite data directories of their
 * own. PGlite opens its files through a dynamic import, which Jest's module
 * sandbox does not offer, so the rows are also written and read in a child
 * process. A few hundred rows keep it quick.
 */
const root = path.resolve(__dirname, '..', '..');
const node = path.join(root, 'node_modules', '.bin', 'node');
const cli = path.join(root, 'apps', 'api', 'dist', 'src', 'server', 'cli', 'main.js');
const ROWS = 300;
// Each step starts a process that opens PGlite (seconds each on a loaded machine).
const SLOW = 180_000;
let tmp: string;

// Runs SQL on a PGlite data directory (with the extension the notes table uses) and prints the last statement's rows.
const PGLITE_SCRIPT = `
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
const [dir, sql] = process.argv.slice(1);
const db = await PGlite.create(dir, { extensions: { pg_trgm } });
const results = await db.exec(sql);
console.log(JSON.stringify(results.at(-1)?.rows ?? []));
await db.close();`;

function sql<T>(dataDir: string, text: string): T[] {
  fs.mkdirSync(dataDir, { recursive: true });
  const run = spawnSync(node, ['--input-type=module', '-e', PGLITE_SCRIPT, dataDir, text], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`PGlite script failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as T[];
}

function careleaf(dataDir: string, args: string[], env: Record<string, string> = {}): { status: number | null; out: string } {
  const run = spawnSync(node, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH!, NODE_ENV: 'test', CARELEAF_DATA_DIR: dataDir, EMBEDDED_DB_PORT: '1', ...env },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

interface Note {
  id: string;
  body: string;
  trgm: boolean;
}
// The rows, and whether the extension came along.
const NOTES = `SELECT id::text, body, EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS trgm FROM notes ORDER BY id`;

beforeAll(() => {
  buildApi();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-backup-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test(
  'db backup of the embedded database restores with db restore into a fresh data directory with the same rows',
  () => {
    const source = path.join(tmp, 'source');
    const written = sql<Note>(
      path.join(source, 'pglite'),
      `CREATE EXTENSION pg_trgm;
     CREATE TABLE notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), body text NOT NULL);
     INSERT INTO notes (body) SELECT 'note ' || n || ' über Ärzte' FROM generate_series(1, ${ROWS}) n;
     ${NOTES}`,
    );
    expect(written).toHaveLength(ROWS);

    const archive = path.join(tmp, 'careleaf.tar.gz');
    const backup = careleaf(source, ['db', 'backup', '--out', archive]);
    expect(backup).toMatchObject({ status: 0, out: expect.stringContaining('backed up') });
    const stat = fs.statSync(archive);
    expect(stat.size).toBeLessThan(32 * 1024 * 1024);
    // It holds password hashes: readable by its owner only.
    expect(stat.mode & 0o077).toBe(0);

    const fresh = path.join(tmp, 'fresh');
    expect(careleaf(fresh, ['db', 'restore', archive])).toMatchObject({ status: 0, out: expect.stringContaining('restored') });
    expect(written.every((n) => n.trgm)).toBe(true);
    expect(sql<Note>(path.join(fresh, 'pglite'), NOTES)).toEqual(written);
  },
  SLOW,
);

test(
  'db restore over an existing database keeps the old one beside it; a damaged archive changes nothing',
  () => {
    const dir = path.join(tmp, 'existing');
    const dataDir = path.join(dir, 'pglite');
    sql(dataDir, `CREATE TABLE marker (n int); INSERT INTO marker VALUES (1);`);
    const archive = path.join(tmp, 'existing.tar.gz');
    expect(careleaf(dir, ['db', 'backup', '--out', archive]).status).toBe(0);
    sql(dataDir, `INSERT INTO marker VALUES (2)`);

    const damaged = path.join(tmp, 'damaged.tar.gz');
    fs.writeFileSync(damaged, 'not a tarball');
    expect(careleaf(dir, ['db', 'restore', damaged])).toMatchObject({ status: 1, out: expect.stringContaining('is not a backup') });
    expect(sql(dataDir, `SELECT n FROM marker ORDER BY n`)).toEqual([{ n: 1 }, { n: 2 }]);

    expect(careleaf(dir, ['db', 'restore', archive]).status).toBe(0);
    expect(sql(dataDir, `SELECT n FROM marker ORDER BY n`)).toEqual([{ n: 1 }]);
    const kept = fs.readdirSync(dir).filter((f) => f.startsWith('pglite.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(sql(path.join(dir, kept[0]!), `SELECT n FROM marker ORDER BY n`)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(fs.readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
  },
  SLOW,
);

test(
  'db backup refuses while the API serves the embedded database, and for a server database points to pg_dump',
  async () => {
    const dir = path.join(tmp, 'refusals');
    const out = path.join(tmp, 'refused.tar.gz');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((server.address() as net.AddressInfo).port);
      const serving = careleaf(dir, ['db', 'backup', '--out', out], { EMBEDDED_DB_PORT: port });
      expect(serving).toMatchObject({ status: 1, out: expect.stringContaining('Stop it first') });
      expect(careleaf(dir, ['db', 'restore', out], { EMBEDDED_DB_PORT: port }).status).toBe(1);
    } finally {
      server.close();
    }
    const onServer = careleaf(dir, ['db', 'backup', '--out', out], { DATABASE_URL: 'postgres://careleaf@db.invalid/careleaf' });
    expect(onServer).toMatchObject({ status: 1, out: expect.stringContaining('pg_dump -Fc') });
    expect(careleaf(dir, ['db', 'restore', out], { DATABASE_URL: 'postgres://careleaf@db.invalid/careleaf' }).out).toContain('pg_restore');
    expect(fs.existsSync(out)).toBe(false);
  },
  SLOW,
);
