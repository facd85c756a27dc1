import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const api = useTestApi(t);

test('healthz answers while the process is up', async () => {
  const res = await fetch(`${api.baseUrl}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

test('readyz answers ready when the database is reachable and every migration is applied', async () => {
  const res = await fetch(`${api.baseUrl}/readyz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ready' });
});

test('readyz answers 503 while a migration is pending', async () => {
  await t.dataSource.undoLastMigration({ transaction: 'each' });
  try {
    const res = await fetch(`${api.baseUrl}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'migrations pending' });
  } finally {
    await t.dataSource.runMigrations({ transaction: 'each' });
  }
});
