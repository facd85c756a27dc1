import { createTenant, testActor } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signIn } from '../support/session';

const t = useTestDatabase();
const api = useTestApi(t);

const ME = `{ me { memberships { role tenant { slug host defaultLocale locales } } } }`;

interface MeShape {
  me: { memberships: { role: string; tenant: { slug: string; host: string; defaultLocale: string; locales: string[] } }[] };
}

test('a member of two tenants gets both, each with the host, default locale and locales a link into its editor needs', async () => {
  const first = await createTenant(t.services);
  const second = await createTenant(t.services, {
    locales: [{ tag: 'de-AT', fallbacks: ['de'] }, { tag: 'de' }],
    defaultLocale: 'de-AT',
    regions: [{ code: 'AT' }],
  });
  const user = await createUser(t.services, { tenantSlug: first.slug, role: 'editor' });
  await t.services.identity.setMembership(second.slug, user.email, 'admin', [], testActor);

  const client = await signIn(api, { email: user.email, tenant: first.slug });
  const res = await client.gql<MeShape>(ME);
  expect(res.body.errors).toBeUndefined();
  const bySlug = new Map(res.body.data!.me.memberships.map((m) => [m.tenant.slug, m]));
  expect(bySlug.get(first.slug)).toEqual({
    role: 'EDITOR',
    tenant: { slug: first.slug, host: first.domains[0], defaultLocale: 'de', locales: ['de', 'en'] },
  });
  expect(bySlug.get(second.slug)).toEqual({
    role: 'ADMIN',
    tenant: { slug: second.slug, host: second.domains[0], defaultLocale: 'de-AT', locales: ['de-AT', 'de'] },
  });
});

test('a member of one tenant sees only that one', async () => {
  const tenant = await createTenant(t.services);
  await createTenant(t.services);
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' });
  const client = await signIn(api, { email: user.email, tenant: tenant.slug });
  const res = await client.gql<MeShape>(ME);
  expect(res.body.data!.me.memberships.map((m) => m.tenant.slug)).toEqual([tenant.slug]);
});
