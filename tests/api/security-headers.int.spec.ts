import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const production = useTestApi(t, { NODE_ENV: 'production' });
const development = useTestApi(t, { NODE_ENV: 'development' });

beforeAll(async () => {
  await seedDemo(t.services);
});

function expectLockedDown(headers: Headers) {
  expect(headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
}

test('a GraphQL answer carries a CSP that allows nothing, nosniff, no-referrer and, in production, HSTS', async () => {
  const res = await production.gql(`{ tenant { slug } }`, { host: 'gesundheit.localhost' });
  expect(res.status).toBe(200);
  expectLockedDown(res.headers);
  expect(res.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
});

test('errors carry the same headers: an unknown host, a malformed body, the health check', async () => {
  const unknown = await production.gql(`{ tenant { slug } }`, { host: 'evil.example' });
  expect(unknown.status).toBe(404);
  expectLockedDown(unknown.headers);
  const malformed = await production.post('/graphql', '{not json');
  expect(malformed.status).toBe(400);
  expectLockedDown(malformed.headers);
  const health = await fetch(`${production.baseUrl}/healthz`);
  expectLockedDown(health.headers);
});

test('outside production there is no HSTS, so plain-http development on localhost is not pinned to HTTPS', async () => {
  const res = await development.gql(`{ tenant { slug } }`, { host: 'gesundheit.localhost' });
  expectLockedDown(res.headers);
  expect(res.headers.get('strict-transport-security')).toBeNull();
});
