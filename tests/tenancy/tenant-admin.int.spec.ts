import { auditTrail } from '../../apps/api/src/modules/audit/audit.queries';
import { AppError } from '../../apps/api/src/kernel/errors';
import { useTestDatabase } from '../support/database';
import { createTenant, testActor } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { createDocument } from '../factories/document.factory';

const t = useTestDatabase();

async function snapshot(): Promise<unknown> {
  return t.dataSource.query(`
    SELECT (SELECT jsonb_agg(to_jsonb(x) ORDER BY x.slug) FROM tenants x) AS tenants,
           (SELECT jsonb_agg(to_jsonb(x) ORDER BY x.host) FROM tenant_domains x) AS domains,
           (SELECT jsonb_agg(to_jsonb(x) ORDER BY x.tenant_id, x.tag) FROM tenant_locales x) AS locales,
           (SELECT jsonb_agg(to_jsonb(x) ORDER BY x.tenant_id, x.code) FROM regions x) AS regions,
           (SELECT jsonb_agg(to_jsonb(x) ORDER BY x.tenant_id, x.user_id) FROM memberships x) AS memberships,
           (SELECT count(*) FROM audit_log) AS audit`);
}

async function expectRejectedUnchanged(run: () => Promise<unknown>, expected: Partial<AppError>): Promise<void> {
  const before = await snapshot();
  await expect(run()).rejects.toMatchObject(expected);
  expect(await snapshot()).toEqual(before);
}

test('creating a tenant stores its locales with fallback chains and direction, and audits it', async () => {
  const tenant = await createTenant(t.services, {
    locales: [{ tag: 'de-at', fallbacks: ['de', 'en'] }, { tag: 'de', fallbacks: ['en'] }, { tag: 'en' }, { tag: 'ar', fallbacks: ['en'] }],
    regions: [{ code: 'at' }],
  });
  expect(tenant.locales).toEqual([
    { tag: 'de-AT', direction: 'ltr', fallbacks: ['de', 'en'] },
    { tag: 'de', direction: 'ltr', fallbacks: ['en'] },
    { tag: 'en', direction: 'ltr', fallbacks: [] },
    { tag: 'ar', direction: 'rtl', fallbacks: ['en'] },
  ]);
  expect(tenant.regions).toEqual([{ code: 'AT', name: 'Austria', defaultLocale: 'de-AT', locales: ['de-AT'], domains: [] }]);
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'tenant', tenant.id));
  expect(trail.map((e) => [e.action, e.actorLabel])).toEqual([['tenant.create', 'test']]);
});

test('updating a tenant replaces its lists, keeps the rest, and records what changed', async () => {
  const tenant = await createTenant(t.services);
  const updated = await t.services.tenancy.update(
    tenant.slug,
    { name: 'Renamed organisation', locales: [{ tag: 'de' }, { tag: 'fr', fallbacks: ['de'] }] },
    testActor,
  );
  expect(updated.name).toBe('Renamed organisation');
  expect(updated.locales.map((l) => l.tag)).toEqual(['de', 'fr']);
  expect(updated.domains).toEqual(tenant.domains);
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'tenant', tenant.id));
  expect(trail.at(-1)?.action).toBe('tenant.update');
  expect(Object.keys(trail.at(-1)?.diff ?? {}).sort()).toEqual(['locales', 'name']);
});

test('a tenant with documents can still be updated; removing a locale its documents use is a CONFLICT', async () => {
  const tenant = await createTenant(t.services);
  await createDocument(t.services, tenant.id, { locale: 'en' });
  const updated = await t.services.tenancy.update(
    tenant.slug,
    {
      name: 'With content',
      locales: [{ tag: 'en', fallbacks: ['fr'] }, { tag: 'fr' }, { tag: 'de' }],
      regions: [{ code: 'DE' }, { code: 'AT' }],
    },
    testActor,
  );
  expect(updated.locales).toEqual([
    { tag: 'en', direction: 'ltr', fallbacks: ['fr'] },
    { tag: 'fr', direction: 'ltr', fallbacks: [] },
    { tag: 'de', direction: 'ltr', fallbacks: [] },
  ]);
  expect(updated.regions.map((r) => r.code)).toEqual(['DE', 'AT']);
  await expectRejectedUnchanged(
    () => t.services.tenancy.update(tenant.slug, { locales: [{ tag: 'de' }], defaultLocale: 'de', regions: [{ code: 'DE' }] }, testActor),
    {
      code: 'CONFLICT',
      field: 'locales',
    },
  );
});

test('a slug that is taken is a CONFLICT and nothing is written', async () => {
  const tenant = await createTenant(t.services);
  await expectRejectedUnchanged(() => createTenant(t.services, { slug: tenant.slug, domains: ['other.test'] }), {
    code: 'CONFLICT',
    field: 'slug',
  });
});

test('a domain that routes to another tenant is a CONFLICT and nothing is written', async () => {
  const tenant = await createTenant(t.services);
  await expectRejectedUnchanged(() => createTenant(t.services, { domains: [tenant.domains[0]!] }), { code: 'CONFLICT', field: 'domains' });
});

test('a fallback to a locale the tenant lacks is BAD_USER_INPUT naming the field, and nothing changes', async () => {
  const tenant = await createTenant(t.services);
  await expectRejectedUnchanged(
    () => t.services.tenancy.update(tenant.slug, { locales: [{ tag: 'de' }, { tag: 'de-CH', fallbacks: ['fr'] }] }, testActor),
    { code: 'BAD_USER_INPUT', field: 'locales[1].fallbacks[0]' },
  );
});

test('removing a locale that is still the default is BAD_USER_INPUT, and nothing changes', async () => {
  const tenant = await createTenant(t.services);
  await expectRejectedUnchanged(
    () => t.services.tenancy.update(tenant.slug, { locales: [{ tag: 'en' }], defaultLocale: 'de' }, testActor),
    {
      code: 'BAD_USER_INPUT',
      field: 'defaultLocale',
    },
  );
});

test('a translator is limited to locales of the tenant; other roles take none', async () => {
  const tenant = await createTenant(t.services);
  const user = await createUser(t.services);
  const m = await t.services.identity.setMembership(tenant.slug, user.email, 'translator', ['en'], testActor);
  expect(m).toEqual({ tenant: tenant.slug, email: user.email, role: 'translator', locales: ['en'] });
  await expectRejectedUnchanged(() => t.services.identity.setMembership(tenant.slug, user.email, 'translator', ['fr'], testActor), {
    code: 'BAD_USER_INPUT',
    field: 'locales',
  });
  await expectRejectedUnchanged(() => t.services.identity.setMembership(tenant.slug, user.email, 'editor', ['en'], testActor), {
    code: 'BAD_USER_INPUT',
    field: 'locales',
  });
  await expectRejectedUnchanged(() => t.services.identity.setMembership(tenant.slug, user.email, 'owner', [], testActor), {
    code: 'BAD_USER_INPUT',
    field: 'role',
  });
});

test('changing and removing a membership is audited in that tenant only', async () => {
  const tenant = await createTenant(t.services);
  const other = await createTenant(t.services);
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' });
  await t.services.identity.setMembership(tenant.slug, user.email, 'reviewer', [], testActor);
  await t.services.identity.removeMembership(tenant.slug, user.email, testActor);
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'user', user.id));
  expect(trail.map((e) => e.action)).toEqual(['membership.create', 'membership.update', 'membership.remove']);
  expect(trail[1]?.diff).toEqual({ before: { role: 'viewer', locales: [] }, after: { role: 'reviewer', locales: [] } });
  expect(await t.db.withTenant(other.id, ({ em }) => auditTrail(em, 'user', user.id))).toEqual([]);
  expect(await t.services.identity.memberships(tenant.slug)).toEqual([]);
});

test('a user e-mail is unique regardless of case', async () => {
  const user = await createUser(t.services);
  await expect(t.services.identity.createUser({ email: user.email.toUpperCase(), displayName: 'Again' })).rejects.toMatchObject({
    code: 'CONFLICT',
    field: 'email',
  });
});

test('passwords are stored as argon2id hashes, never in clear', async () => {
  const created = await t.services.identity.createUser({ email: 'hash@example.org', displayName: 'Hash' });
  expect(created.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
  const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [created.id]);
  expect(password_hash).toMatch(/^\$argon2id\$/);
  expect(password_hash).not.toContain(created.generatedPassword);
});
