import { auditTrail } from '../../apps/api/src/modules/audit/audit.queries';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { createTenant, testActor } from '../factories/tenant.factory';

const t = useTestDatabase();
const api = useTestApi(t);

const UPDATE = `mutation($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    tenant { name domains defaultLocale defaultRegion reviewCycleMonths locales { tag fallbacks direction } regions { code name defaultLocale locales } }
  }
}`;

interface TenantShape {
  name: string;
  domains: string[];
  defaultLocale: string;
  reviewCycleMonths: number;
  locales: { tag: string; fallbacks: string[]; direction: string }[];
  regions: { code: string }[];
}

async function snapshot(tenantId: string): Promise<unknown> {
  return t.dataSource.query(
    `SELECT (SELECT to_jsonb(x) - 'updated_at' FROM tenants x WHERE id = $1) AS tenant,
            (SELECT jsonb_agg(host ORDER BY host) FROM tenant_domains WHERE tenant_id = $1) AS domains,
            (SELECT jsonb_agg(to_jsonb(x) ORDER BY tag) FROM tenant_locales x WHERE tenant_id = $1) AS locales,
            (SELECT jsonb_agg(to_jsonb(x) ORDER BY code) FROM regions x WHERE tenant_id = $1) AS regions,
            (SELECT count(*)::int FROM audit_log WHERE tenant_id = $1) AS audit`,
    [tenantId],
  );
}

async function setup(): Promise<{ tenant: { id: string; slug: string; domains: string[] }; admin: SignedInClient }> {
  const tenant = await createTenant(t.services);
  return { tenant, admin: await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' }) };
}

test('the review cycle is three years until the tenant sets its own', async () => {
  const { tenant } = await setup();
  const res = await api.gql<{ tenant: { reviewCycleMonths: number; domains: string[] } }>(`{ tenant { reviewCycleMonths domains } }`, {
    headers: tenantHeader(tenant.slug),
  });
  expect(res.body.data?.tenant).toEqual({ reviewCycleMonths: 36, domains: tenant.domains });
});

test('an admin changes name, locales with fallback chains, regions, domains and review cycle in one go, audited as them', async () => {
  const { tenant, admin } = await setup();
  const res = await admin.gql<{ updateTenantSettings: { tenant: TenantShape } }>(UPDATE, {
    variables: {
      input: {
        name: '  Krebsinformation Beispiel ',
        domains: ['krebs.example.org', `${tenant.slug}.test`],
        locales: [{ tag: 'de' }, { tag: 'de-at', fallbacks: ['de'] }, { tag: 'ar', fallbacks: ['de'] }],
        defaultLocale: 'de',
        regions: [{ code: 'de' }, { code: 'AT', defaultLocale: 'de-AT', locales: ['de-AT', 'de'] }],
        reviewCycleMonths: 24,
      },
    },
  });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.updateTenantSettings.tenant).toEqual({
    name: 'Krebsinformation Beispiel',
    domains: ['krebs.example.org', `${tenant.slug}.test`],
    defaultLocale: 'de',
    defaultRegion: 'DE',
    reviewCycleMonths: 24,
    locales: [
      { tag: 'de', fallbacks: [], direction: 'LTR' },
      { tag: 'de-AT', fallbacks: ['de'], direction: 'LTR' },
      { tag: 'ar', fallbacks: ['de'], direction: 'RTL' },
    ],
    regions: [
      { code: 'DE', name: 'Germany', defaultLocale: 'de', locales: ['de'] },
      { code: 'AT', name: 'Austria', defaultLocale: 'de-AT', locales: ['de-AT', 'de'] },
    ],
  });
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'tenant', tenant.id));
  expect(trail.at(-1)).toMatchObject({ action: 'tenant.update', actorUserId: admin.user.id, actorLabel: admin.user.email });
  expect(Object.keys(trail.at(-1)!.diff).sort()).toEqual(['domains', 'locales', 'name', 'regions', 'reviewCycleMonths']);
  // The CLI path reads the same settings.
  const view = await t.db.withTenant(tenant.id, (tx) => t.services.tenancy.view(tx));
  expect(view.reviewCycleMonths).toBe(24);
});

test('fields left out stay as they were', async () => {
  const { tenant, admin } = await setup();
  await t.services.tenancy.update(tenant.slug, { reviewCycleMonths: 12 }, testActor);
  const res = await admin.gql<{ updateTenantSettings: { tenant: TenantShape } }>(UPDATE, {
    variables: { input: { name: 'Only the name' } },
  });
  expect(res.body.data?.updateTenantSettings.tenant).toMatchObject({
    name: 'Only the name',
    domains: tenant.domains,
    reviewCycleMonths: 12,
    locales: [
      { tag: 'de', fallbacks: [], direction: 'LTR' },
      { tag: 'en', fallbacks: ['de'], direction: 'LTR' },
    ],
  });
});

test.each([
  ['an empty name', { name: '  ' }, 'name', { reason: 'LENGTH_OUT_OF_RANGE', min: 1, max: 200 }],
  [
    'a fallback outside the tenant',
    { locales: [{ tag: 'de' }, { tag: 'de-CH', fallbacks: ['fr'] }] },
    'locales[1].fallbacks[0]',
    { reason: 'LOCALE_NOT_OF_TENANT', locale: 'fr' },
  ],
  [
    'removing the default locale',
    { locales: [{ tag: 'en' }], defaultLocale: 'de' },
    'defaultLocale',
    { reason: 'LOCALE_NOT_OF_TENANT', locale: 'de' },
  ],
  ['an unknown country', { regions: [{ code: 'XX' }] }, 'regions[0].code', { reason: 'REGION_CODE_INVALID', region: 'XX' }],
  [
    'a domain with a scheme',
    { domains: ['https://krebs.example.org'] },
    'domains[0]',
    { reason: 'HOST_NAME_INVALID', host: 'https://krebs.example.org' },
  ],
  ['a review cycle of zero', { reviewCycleMonths: 0 }, 'reviewCycleMonths', { reason: 'NUMBER_OUT_OF_RANGE', min: 1, max: 120 }],
  ['a review cycle of twenty years', { reviewCycleMonths: 240 }, 'reviewCycleMonths', { reason: 'NUMBER_OUT_OF_RANGE', min: 1, max: 120 }],
  // Refused by the argument's own length check, which names no reason (yet).
  ['an over-long name', { name: 'x'.repeat(201) }, 'name', {}],
])('%s is BAD_USER_INPUT naming the field and the reason, and nothing is written', async (_label, input, field, why) => {
  const { tenant, admin } = await setup();
  const before = await snapshot(tenant.id);
  const res = await admin.gql(UPDATE, { variables: { input } });
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, ...why });
  expect(await snapshot(tenant.id)).toEqual(before);
});

test('a domain of another tenant is a CONFLICT and nothing is written in either tenant', async () => {
  const { tenant, admin } = await setup();
  const other = await createTenant(t.services);
  const before = [await snapshot(tenant.id), await snapshot(other.id)];
  const res = await admin.gql(UPDATE, { variables: { input: { domains: [other.domains[0]] } } });
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'domains', reason: 'DOMAIN_TAKEN' });
  expect([await snapshot(tenant.id), await snapshot(other.id)]).toEqual(before);
});
