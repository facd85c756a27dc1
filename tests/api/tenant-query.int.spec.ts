import { DEMO_TENANTS, seedDemo } from '../../apps/api/src/server/seed/demo';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const api = useTestApi(t);

const TENANT_QUERY = `{ tenant { slug name defaultLocale defaultRegion locales { tag direction fallbacks } regions { code name defaultLocale locales } } }`;

beforeAll(async () => {
  await seedDemo(t.services);
});

test.each(DEMO_TENANTS.map((d) => [d.spec.domains[0]!, d.spec.slug] as const))(
  'the tenant query on host %s answers for %s',
  async (host, slug) => {
    const res = await api.gql<{ tenant: { slug: string } }>(TENANT_QUERY, { host });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.tenant.slug).toBe(slug);
  },
);

test('the German institute reads its locales, fallback chains, directions and region', async () => {
  const res = await api.gql(TENANT_QUERY, { host: 'gesundheit.localhost:4000' });
  expect(res.body.data).toEqual({
    tenant: {
      slug: 'gesundheit',
      name: 'Gesundheitswissen Demo-Institut',
      defaultLocale: 'de',
      defaultRegion: 'DE',
      locales: [
        { tag: 'de', direction: 'LTR', fallbacks: [] },
        { tag: 'en', direction: 'LTR', fallbacks: ['de'] },
        { tag: 'ar', direction: 'RTL', fallbacks: ['en', 'de'] },
      ],
      regions: [{ code: 'DE', name: 'Deutschland', defaultLocale: 'de', locales: ['de', 'en', 'ar'] }],
    },
  });
});

test('the Austrian partner falls back from de-AT to de', async () => {
  const res = await api.gql<{ tenant: { locales: { tag: string; fallbacks: string[] }[]; defaultRegion: string } }>(TENANT_QUERY, {
    host: 'gesundheit-at.localhost',
  });
  expect(res.body.data?.tenant.locales[0]).toEqual({ tag: 'de-AT', direction: 'LTR', fallbacks: ['de'] });
  expect(res.body.data?.tenant.defaultRegion).toBe('AT');
});

test('an unknown host gets NOT_FOUND with HTTP 404 and no tenant data', async () => {
  const res = await api.gql(TENANT_QUERY, { host: 'unknown.example.org' });
  expect(res.status).toBe(404);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  // The client's Host is not echoed back (it could be shown to someone as if it were ours).
  expect(res.body.errors?.[0]?.message).toBe('No Careleaf site is configured for this host. Check the address.');
});

test('in development the x-tenant header picks a tenant by slug; an unknown slug is NOT_FOUND', async () => {
  const ok = await api.gql<{ tenant: { slug: string } }>(TENANT_QUERY, { host: 'localhost', headers: { 'x-tenant': 'gesundheit-at' } });
  expect(ok.body.data?.tenant.slug).toBe('gesundheit-at');
  const missing = await api.gql(TENANT_QUERY, { host: 'localhost', headers: { 'x-tenant': 'nobody' } });
  expect(missing.status).toBe(404);
  expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('seeding again changes nothing', async () => {
  const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
  const report = await seedDemo(t.services);
  expect(report).toEqual([]);
  expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
});
