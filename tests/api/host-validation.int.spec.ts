import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
// Production semantics: only the Host decides the tenant (no x-tenant), and only configured ports.
const api = useTestApi(t, { NODE_ENV: 'production', ALLOWED_HOST_PORTS: '3000' });

beforeAll(async () => {
  await seedDemo(t.services);
});

const TENANT = `{ tenant { slug } }`;

test('the tenant is served on its own domain, with no port, a default port or a configured one', async () => {
  for (const host of ['gesundheit.localhost', 'Gesundheit.Localhost', 'gesundheit.localhost:443', 'gesundheit.localhost:3000']) {
    const res = await api.gql(TENANT, { host });
    expect({ host, status: res.status, slug: res.body.data?.tenant }).toEqual({ host, status: 200, slug: { slug: 'gesundheit' } });
  }
});

test.each([
  'gesundheit.localhost:@evil.example',
  'gesundheit.localhost@evil.example',
  'gesundheit.localhost:3000@evil.example',
  'evil.example',
  'gesundheit.localhost.evil.example',
  'gesundheit.localhost:8080',
])('a Host that is not a tenant domain with an allowed port is refused with NOT_FOUND and not echoed: %s', async (host) => {
  const res = await api.gql(TENANT, { host });
  expect(res.status).toBe(404);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(JSON.stringify(res.body)).not.toContain('evil');
});

test.each(['gesundheit.localhost:@evil.example', 'evil.example', 'gesundheit.localhost.evil.example'])(
  'an X-Forwarded-Host of %s is refused the same way as a Host',
  async (forwarded) => {
    const res = await api.gql(TENANT, {
      host: 'gesundheit.localhost',
      headers: { 'x-forwarded-host': forwarded, 'x-forwarded-proto': 'https' },
    });
    expect(res.status).toBe(404);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  },
);

test('a password reset is refused on a forged host and, on the real one, links to the canonical domain only', async () => {
  const email = 'admin@gesundheit.example';
  const ask = (host: string, headers: Record<string, string> = {}) =>
    api.gql(`mutation { requestPasswordReset(input: { email: "${email}" }) { message } }`, { host, headers });
  const forged = await ask('gesundheit.localhost:@evil.example');
  expect(forged.status).toBe(404);
  expect(t.mail.lastTo(email)).toBeUndefined();

  const real = await ask('GESUNDHEIT.localhost:443', { 'x-forwarded-proto': 'ftp' });
  expect(real.status).toBe(200);
  const link = /^\S+reset-password\S+$/m.exec(t.mail.lastTo(email)?.text ?? '')?.[0] ?? '';
  // Scheme and port come from the services' configured template (PUBLIC_WEB_URL), never from the request.
  expect(new URL(link).hostname).toBe('gesundheit.localhost');
  expect(new URL(link).protocol).toBe('http:');
});
