import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { audit, EXPORT_BATCH } from '../../apps/api/src/modules/audit';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';

/** The built CLI as a child process (npm run build beforehand), on this file's database. */
const t = useTestDatabase();
const root = path.resolve(__dirname, '../..');
const HOSTILE = '=HYPERLINK("http://x")';

function cli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(
    path.join(root, 'node_modules', '.bin', 'node'),
    [path.join(root, 'apps/api/dist/src/server/cli/main.js'), ...args],
    {
      env: { ...process.env, DATABASE_URL: t.url, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

let tenantA: { id: string; slug: string };
let tenantB: { id: string; slug: string };

beforeAll(async () => {
  tenantA = await createTenant(t.services);
  tenantB = await createTenant(t.services);
  // An old entry the --since date leaves out.
  await t.dataSource.query(
    `INSERT INTO audit_log (tenant_id, actor_label, action, subject_type, subject_id, created_at)
     VALUES ($1, 'cli:ops', 'old.entry', 'document', 'old', now() - interval '2 years')`,
    [tenantA.id],
  );
  await t.db.withTenant(tenantA.id, (tx) =>
    audit(
      tx.em,
      tx.tenantId,
      { userId: null, label: HOSTILE },
      {
        action: 'glossary.update',
        subjectType: 'glossary',
        subjectId: '@SUM(1+1)',
        diff: { after: { term: '-1, "quoted"\nsecond line' } },
      },
    ),
  );
  await t.db.withTenant(tenantB.id, (tx) =>
    audit(tx.em, tx.tenantId, { userId: null, label: 'cli:b' }, { action: 'b.only', subjectType: 'x', subjectId: 'b' }),
  );
});

const SINCE = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

test('the CSV export reads back with a CSV parser; cells that start like a formula get a leading apostrophe', async () => {
  const { stdout } = await cli(['audit', 'export', '--tenant', tenantA.slug, '--since', SINCE(), '--format', 'csv']);
  const rows = parse(stdout, { columns: true }) as Record<string, string>[];
  const hostile = rows.find((r) => r.action === 'glossary.update')!;
  expect(hostile.actor_label).toBe(`'${HOSTILE}`);
  expect(hostile.object_id).toBe(`'@SUM(1+1)`);
  expect(JSON.parse(hostile.diff!)).toEqual({ after: { term: '-1, "quoted"\nsecond line' } });
  expect(Object.keys(hostile)).toEqual(['id', 'created_at', 'actor_user_id', 'actor_label', 'action', 'object_type', 'object_id', 'diff']);
  // No cell of any row starts a formula.
  for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  expect(rows.map((r) => r.action)).not.toContain('old.entry');
  expect(rows.map((r) => r.action)).not.toContain('b.only');
});

test('the JSON lines export gives one entry per line with its actor and object, only of the tenant asked for', async () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'audit-export-')), 'audit.jsonl');
  const { stderr } = await cli(['audit', 'export', '--tenant', tenantA.slug, '--since', '2000-01-01', '--format', 'jsonl', '--out', out]);
  const entries = readFileSync(out, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(entries.map((e) => e.action)).toContain('old.entry');
  expect(entries.find((e) => e.action === 'glossary.update')).toMatchObject({
    actorLabel: HOSTILE,
    objectType: 'glossary',
    objectId: '@SUM(1+1)',
  });
  expect(entries.map((e) => e.action)).not.toContain('b.only');
  expect(stderr).toContain(`${entries.length} entries written`);
});

test('an export longer than one batch comes out whole, oldest first, each entry once', async () => {
  const tenant = await createTenant(t.services);
  const total = EXPORT_BATCH * 2 + 7;
  await t.dataSource.query(
    `INSERT INTO audit_log (tenant_id, actor_label, action, subject_type, subject_id)
     SELECT $1, 'cli:bulk', 'bulk.write', 'document', n::text FROM generate_series(1, $2) AS n`,
    [tenant.id, total],
  );
  const { stdout } = await cli(['audit', 'export', '--tenant', tenant.slug, '--since', SINCE()]);
  const entries = stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; objectId: string; action: string })
    .filter((e) => e.action === 'bulk.write');
  expect(entries).toHaveLength(total);
  expect(entries.map((e) => Number(e.objectId))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  expect(new Set(entries.map((e) => e.id)).size).toBe(total);
});

test('an unknown format or a date that is not ISO is refused with exit code 2 and says what to write', async () => {
  await expect(cli(['audit', 'export', '--tenant', tenantA.slug, '--since', SINCE(), '--format', 'xlsx'])).rejects.toMatchObject({
    code: 2,
    stderr: expect.stringContaining('Use jsonl or csv') as string,
  });
  await expect(cli(['audit', 'export', '--tenant', tenantA.slug, '--since', '31.01.2026'])).rejects.toMatchObject({
    code: 2,
    stderr: expect.stringContaining('is not an ISO date') as string,
  });
});
