import { ACTIONS, ROLES, roleMay, type Role } from '../../apps/api/src/kernel/policy';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';

/** `me { can }`: what the web app asks to hide controls, answered from the same policy table the API enforces. */
const t = useTestDatabase();
const api = useTestApi(t);

const CAN = `query($actions: [String!]!, $locale: String) { me { can(actions: $actions, locale: $locale) { action allowed } } }`;
type Answer = { me: { can: { action: string; allowed: boolean }[] } | null };

let tenantA: { slug: string };
let tenantB: { slug: string };
const members = new Map<Role, SignedInClient>();

beforeAll(async () => {
  tenantA = await createTenant(t.services);
  tenantB = await createTenant(t.services);
  for (const role of ROLES) members.set(role, await signInAs(t, api, { tenantSlug: tenantA.slug, role, locales: ['en'] }));
});

async function ask(client: SignedInClient, actions: string[], opts: { locale?: string; tenant?: string } = {}) {
  return client.gql<Answer>(CAN, { variables: { actions, ...(opts.locale ? { locale: opts.locale } : {}) }, tenant: opts.tenant });
}

test.each([...ROLES])('a %s is told, for every action of the policy table, exactly what the table allows their role', async (role) => {
  const res = await ask(members.get(role)!, ACTIONS);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.me!.can).toEqual(ACTIONS.map((action) => ({ action, allowed: roleMay(role, action) })));
});

test('a translator may edit and submit in their own locale, not in another; without a locale, somewhere', async () => {
  const translator = members.get('translator')!;
  const asked = ['translation.edit', 'translation.submit'];
  const allowed = async (locale?: string) => (await ask(translator, asked, { locale })).body.data!.me!.can.map((p) => p.allowed);
  expect(await allowed('en')).toEqual([true, true]);
  expect(await allowed('de')).toEqual([false, false]);
  expect(await allowed()).toEqual([true, true]);
});

test('an admin of tenant B asking on tenant A may do nothing there', async () => {
  const foreignAdmin = await signInAs(t, api, { tenantSlug: tenantB.slug, role: 'admin' });
  const res = await ask(foreignAdmin, ACTIONS, { tenant: tenantA.slug });
  expect(res.body.data!.me!.can.filter((p) => p.allowed)).toEqual([]);
});

test('an anonymous caller has no `me` to ask', async () => {
  const res = await api.gql<Answer>(CAN, { headers: tenantHeader(tenantA.slug), variables: { actions: ['document.read'] } });
  expect(res.body.data?.me).toBeNull();
});

test('an action the table does not know is BAD_USER_INPUT on the field actions', async () => {
  const res = await ask(members.get('admin')!, ['document.read', 'document.fly']);
  expect(outcome(res)).toBe('BAD_USER_INPUT');
  expect(res.body.errors![0]!.extensions).toMatchObject({ field: 'actions', reason: 'UNKNOWN_ACTION' });
  expect(res.body.errors![0]!.message).toContain('document.fly');
});

test('asking about more actions than the table has twice over is BAD_USER_INPUT', async () => {
  const res = await ask(
    members.get('admin')!,
    Array.from({ length: ACTIONS.length * 2 + 1 }, () => 'document.read'),
  );
  expect(outcome(res)).toBe('BAD_USER_INPUT');
  expect(res.body.errors![0]!.extensions).toMatchObject({ field: 'actions', reason: 'TOO_MANY_ACTIONS' });
});

test('an overlong locale is BAD_USER_INPUT on the field locale', async () => {
  const res = await ask(members.get('translator')!, ['translation.edit'], { locale: 'x'.repeat(36) });
  expect(outcome(res)).toBe('BAD_USER_INPUT');
  expect(res.body.errors![0]!.extensions).toMatchObject({ field: 'locale', reason: 'LOCALE_TOO_LONG' });
});
