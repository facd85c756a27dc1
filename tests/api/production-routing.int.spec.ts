import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const api = useTestApi(t, { NODE_ENV: 'production' });

beforeAll(async () => {
  await seedDemo(t.services);
});

test('in production the x-tenant header is ignored: only the Host decides', async () => {
  const res = await api.gql(`{ tenant { slug } }`, { host: 'unknown.example.org', headers: { 'x-tenant': 'gesundheit' } });
  expect(res.status).toBe(404);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('in production introspection is off', async () => {
  const res = await api.gql(`{ __schema { types { name } } }`, { host: 'gesundheit.localhost' });
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors?.[0]?.message).toMatch(/introspection/i);
});
