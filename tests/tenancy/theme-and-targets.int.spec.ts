import { auditTrail } from '../../apps/api/src/modules/audit/audit.queries';
import { createDocument, heading, paragraph } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signIn, signInAs, tenantHeader } from '../support/session';

const t = useTestDatabase();
const api = useTestApi(t);

const THEME = {
  background: '#ffffff',
  surface: '#f3f2f1',
  text: '#0b0c0c',
  mutedText: '#484f53',
  link: '#1a5fa3',
  accent: '#1d4f91',
  accentText: '#ffffff',
  focus: '#ffdd00',
  focusText: '#0b0c0c',
  focusRing: '#0b0c0c',
  border: '#5c666b',
};

const UPDATE = `mutation($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    tenant { theme { link accent } readabilityTargets { score min max custom } }
  }
}`;

async function settingsRow(tenantId: string): Promise<unknown> {
  const rows: { settings: unknown }[] = await t.dataSource.query(`SELECT settings FROM tenants WHERE id = $1`, [tenantId]);
  return rows[0]?.settings;
}

test('a tenant has no theme of its own and the default readability targets until an admin sets them', async () => {
  const tenant = await createTenant(t.services, {}, { gate: true });
  const res = await api.gql<{
    tenant: { theme: unknown; readabilityTargets: { score: string; min: number | null; max: number | null }[] };
  }>(`{ tenant { theme { link } readabilityTargets { score min max custom } } }`, { headers: tenantHeader(tenant.slug) });
  expect(res.body.data?.tenant.theme).toBeNull();
  expect(res.body.data?.tenant.readabilityTargets).toContainEqual({ score: 'fleschKincaidGrade', min: null, max: 8, custom: false });
  expect(res.body.data?.tenant.readabilityTargets).toContainEqual({ score: 'amstad', min: 60, max: null, custom: false });
});

test('an admin saves a theme that meets AA contrast; the site reads it and the change is audited', async () => {
  const tenant = await createTenant(t.services, {}, { gate: true });
  const admin = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const res = await admin.gql<{ updateTenantSettings: { tenant: { theme: { link: string; accent: string } } } }>(UPDATE, {
    variables: { input: { theme: { ...THEME, link: '#005A70', accent: '#047' } } },
  });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.updateTenantSettings.tenant.theme).toEqual({ link: '#005a70', accent: '#004477' });
  const site = await api.gql<{ tenant: { theme: { link: string } } }>(`{ tenant { theme { link } } }`, {
    headers: tenantHeader(tenant.slug),
  });
  expect(site.body.data?.tenant.theme.link).toBe('#005a70');
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'tenant', tenant.id));
  expect(Object.keys(trail.at(-1)!.diff)).toEqual(['theme']);
});

test('a theme with a pair below 4.5:1 is refused naming the colour, the ratio and the pair, and nothing is stored', async () => {
  const tenant = await createTenant(t.services, {}, { gate: true });
  const admin = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const before = await settingsRow(tenant.id);
  const res = await admin.gql(UPDATE, { variables: { input: { theme: { ...THEME, link: '#8ab4e0' } } } });
  const error = res.body.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'theme.link' });
  expect(error?.message).toMatch(/"link" \(#8ab4e0\) on "background" \(#ffffff\) has a contrast of 2\.\d\d:1; it needs at least 4\.5:1/);
  expect((error?.extensions as { issues: { field: string }[] }).issues.map((i) => i.field)).toEqual(['theme.link', 'theme.link']);
  expect(await settingsRow(tenant.id)).toEqual(before);
});

test('a colour that is not #rrggbb is refused before any contrast is computed', async () => {
  const tenant = await createTenant(t.services, {}, { gate: true });
  const admin = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const res = await admin.gql(UPDATE, { variables: { input: { theme: { ...THEME, accent: 'blue' } } } });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'theme.accent' });
  expect(res.body.errors?.[0]?.message).toContain('must be written as #rrggbb, got "blue"');
});

test('an editor may not change the theme', async () => {
  const tenant = await createTenant(t.services, {}, { gate: true });
  const editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const res = await editor.gql(UPDATE, { variables: { input: { theme: THEME } } });
  expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await settingsRow(tenant.id)).toEqual({});
});

test('readability targets replace the defaults formula by formula, and the content checks judge by them', async () => {
  const tenant = await createTenant(t.services, { locales: [{ tag: 'en' }], regions: [{ code: 'GB' }] }, { gate: true });
  const admin = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const res = await admin.gql<{ updateTenantSettings: { tenant: { readabilityTargets: unknown[] } } }>(UPDATE, {
    variables: { input: { readabilityTargets: [{ score: 'fleschKincaidGrade', max: 20 }, { score: 'amstad' }] } },
  });
  expect(res.body.errors).toBeUndefined();
  const targets = res.body.data?.updateTenantSettings.tenant.readabilityTargets;
  expect(targets).toContainEqual({ score: 'fleschKincaidGrade', min: null, max: 20, custom: true });
  expect(targets).toContainEqual({ score: 'amstad', min: null, max: null, custom: true });
  expect(targets).toContainEqual({ score: 'gulpease', min: 60, max: null, custom: false });

  // Long sentences: above grade 8, below grade 20.
  const sentence =
    'Treatment of high blood pressure depends on other illnesses, on medicines that must be avoided and on what the patient prefers.';
  const { document } = await createDocument(t.services, tenant.id, {
    locale: 'en',
    slug: 'hard',
    title: 'Hard',
    blocks: [heading('h-1', 'Treatment', 2), paragraph('p-1', Array.from({ length: 12 }, () => sentence).join(' '))],
  });
  const reader = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const editor = await signIn(api, { email: reader.email, tenant: tenant.slug });
  const checks = await editor.gql<{
    contentChecks: { readability: { scores: { name: string; value: number; target: unknown; met: boolean | null }[] } };
  }>(`query($id: ID!) { contentChecks(documentId: $id, locale: "en") { readability } }`, { variables: { id: document.id } });
  expect(checks.body.errors).toBeUndefined();
  const grade = checks.body.data?.contentChecks.readability.scores.find((s) => s.name === 'fleschKincaidGrade');
  // The default (grade 8 at most) would fail this text; the tenant's own target of 20 passes it.
  expect(grade).toMatchObject({ value: expect.any(Number), target: { max: 20 }, met: true });
  expect(grade!.value).toBeGreaterThan(8);
});

test.each([
  [
    'an unknown formula',
    [{ score: 'smog', max: 9 }],
    'readabilityTargets[0].score',
    { reason: 'READABILITY_SCORE_UNKNOWN', score: 'smog' },
  ],
  [
    'a formula twice',
    [
      { score: 'amstad', min: 50 },
      { score: 'amstad', min: 60 },
    ],
    'readabilityTargets[1].score',
    { reason: 'LISTED_TWICE' },
  ],
  ['min above max', [{ score: 'gulpease', min: 80, max: 40 }], 'readabilityTargets[0].min', { reason: 'RANGE_INVERTED' }],
  [
    'an absurd value',
    [{ score: 'gulpease', max: 1e6 }],
    'readabilityTargets[0].max',
    { reason: 'NUMBER_OUT_OF_RANGE', min: -200, max: 200 },
  ],
])('%s in the readability targets is BAD_USER_INPUT naming the field and the reason', async (_label, readabilityTargets, field, why) => {
  const tenant = await createTenant(t.services, {}, { gate: true });
  const admin = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const res = await admin.gql(UPDATE, { variables: { input: { readabilityTargets } } });
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, ...why });
  expect(await settingsRow(tenant.id)).toEqual({});
});
