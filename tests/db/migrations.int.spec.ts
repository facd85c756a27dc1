import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

async function publicTables(): Promise<string[]> {
  const rows: { tablename: string }[] = await t.dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.tablename);
}

async function publicFunctions(): Promise<string[]> {
  const rows: { proname: string }[] = await t.dataSource.query(
    `SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'app\\_%' ORDER BY 1`,
  );
  return rows.map((r) => r.proname);
}

async function undoAll(): Promise<number> {
  let undone = 0;
  while ((await t.dataSource.query(`SELECT 1 FROM typeorm_migrations`)).length > 0) {
    await t.dataSource.undoLastMigration({ transaction: 'each' });
    undone++;
  }
  return undone;
}

test('every migration rolls back cleanly, leaving no tables or functions behind', async () => {
  const undone = await undoAll();
  expect(undone).toBe(t.dataSource.migrations.length);
  expect(await publicTables()).toEqual([]);
  expect(await publicFunctions()).toEqual([]);
});

test('the migrations apply to an empty database, then roll back and apply again', async () => {
  await undoAll();
  const applied = await t.dataSource.runMigrations({ transaction: 'each' });
  expect(applied.map((m) => m.name)).toEqual(t.dataSource.migrations.map((m) => m.name));
  expect(await publicTables()).toEqual(
    expect.arrayContaining(['tenants', 'tenant_domains', 'tenant_locales', 'regions', 'users', 'memberships', 'audit_log']),
  );
  expect(await t.dataSource.showMigrations()).toBe(false);

  await undoAll();
  expect(await publicTables()).toEqual([]);
  await t.dataSource.runMigrations({ transaction: 'each' });
  expect(await t.dataSource.showMigrations()).toBe(false);
});
