import { auditTrail } from '../../apps/api/src/modules/audit/audit.queries';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signInAs, type SignedInClient } from '../support/session';
import { createTenant, testActor } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);

const MEMBERS = `query($first: Int, $after: String) {
  members(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { user { id email displayName } role locales since } }
  }
}`;
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { user { id email } role locales } } }`;
const REMOVE = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { member { user { id } role } } }`;

interface MembersPage {
  members: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { user: { id: string; email: string }; role: string; locales: string[] } }[];
  };
}

async function snapshot(tenantId: string): Promise<unknown> {
  return t.dataSource.query(
    `SELECT (SELECT jsonb_agg(jsonb_build_array(user_id, role, locales) ORDER BY user_id) FROM memberships WHERE tenant_id = $1) AS memberships,
            (SELECT count(*)::int FROM audit_log WHERE tenant_id = $1) AS audit`,
    [tenantId],
  );
}

async function newTenantWithAdmin(): Promise<{ tenant: { id: string; slug: string }; admin: SignedInClient }> {
  const tenant = await createTenant(t.services);
  return { tenant, admin: await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' }) };
}

test('an admin pages through the members in e-mail order; cursors continue where the page ended', async () => {
  const { tenant, admin } = await newTenantWithAdmin();
  for (const name of ['carla', 'anton', 'bea', 'dora']) {
    await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer', email: `${name}@example.org` });
  }
  const first = await admin.gql<MembersPage>(MEMBERS, { variables: { first: 2 } });
  expect(first.body.errors).toBeUndefined();
  expect(first.body.data?.members.totalCount).toBe(5);
  expect(first.body.data?.members.edges.map((e) => e.node.user.email)).toEqual(['anton@example.org', 'bea@example.org']);
  expect(first.body.data?.members.pageInfo.hasNextPage).toBe(true);
  const rest = await admin.gql<MembersPage>(MEMBERS, { variables: { first: 10, after: first.body.data!.members.pageInfo.endCursor } });
  expect(rest.body.data?.members.edges.map((e) => e.node.user.email)).toEqual(
    ['carla@example.org', 'dora@example.org', admin.user.email].sort(),
  );
  expect(rest.body.data?.members.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.body.data!.members.edges.at(-1)!.cursor });
  const bad = await admin.gql(MEMBERS, { variables: { first: 2, after: 'bm9wZQ' } });
  expect(bad.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_INVALID' });
  const tooMany = await admin.gql(MEMBERS, { variables: { first: 500 } });
  expect(tooMany.body.errors?.[0]?.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'first',
    reason: 'PAGE_SIZE_OUT_OF_RANGE',
    max: 100,
  });
});

test("an admin changes a member's role and translator locales; the change is audited with the admin as actor", async () => {
  const { tenant, admin } = await newTenantWithAdmin();
  const member = await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' });
  const res = await admin.gql<{ changeMemberRole: { member: { role: string; locales: string[] } } }>(CHANGE, {
    variables: { input: { userId: member.id, role: 'TRANSLATOR', locales: ['EN'] } },
  });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.changeMemberRole.member).toMatchObject({ role: 'TRANSLATOR', locales: ['en'] });
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'user', member.id));
  expect(trail.at(-1)).toMatchObject({
    action: 'membership.update',
    actorUserId: admin.user.id,
    actorLabel: admin.user.email,
    diff: { before: { role: 'viewer', locales: [] }, after: { role: 'translator', locales: ['en'] } },
  });
});

test('an admin removes a member; the account stays and the removal is audited', async () => {
  const { tenant, admin } = await newTenantWithAdmin();
  const member = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const res = await admin.gql<{ removeMember: { member: { user: { id: string }; role: string } } }>(REMOVE, {
    variables: { input: { userId: member.id } },
  });
  expect(res.body.data?.removeMember.member).toEqual({ user: { id: member.id }, role: 'EDITOR' });
  expect((await t.services.identity.memberships(tenant.slug)).map((m) => m.email)).toEqual([admin.user.email]);
  const [account]: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [member.id]);
  expect(account!.n).toBe(1);
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'user', member.id));
  expect(trail.at(-1)).toMatchObject({ action: 'membership.remove', actorUserId: admin.user.id });
});

test('the last admin can be neither demoted nor removed, through GraphQL or the CLI; with a second admin they can', async () => {
  const { tenant, admin } = await newTenantWithAdmin();
  const before = await snapshot(tenant.id);
  const demote = await admin.gql(CHANGE, { variables: { input: { userId: admin.user.id, role: 'EDITOR', locales: [] } } });
  expect(demote.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'userId', reason: 'LAST_ADMIN' });
  expect(demote.body.errors?.[0]?.message).toMatch(/last admin/);
  const remove = await admin.gql(REMOVE, { variables: { input: { userId: admin.user.id } } });
  expect(remove.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'userId', reason: 'LAST_ADMIN' });
  await expect(t.services.identity.removeMembership(tenant.slug, admin.user.email, testActor)).rejects.toMatchObject({ code: 'CONFLICT' });
  await expect(t.services.identity.setMembership(tenant.slug, admin.user.email, 'viewer', [], testActor)).rejects.toMatchObject({
    code: 'CONFLICT',
  });
  expect(await snapshot(tenant.id)).toEqual(before);

  const second = await createUser(t.services, { tenantSlug: tenant.slug, role: 'admin' });
  const stepDown = await admin.gql<{ changeMemberRole: { member: { role: string } } }>(CHANGE, {
    variables: { input: { userId: admin.user.id, role: 'EDITOR', locales: [] } },
  });
  expect(stepDown.body.data?.changeMemberRole.member.role).toBe('EDITOR');
  // Now the other one is the last admin.
  await expect(t.services.identity.removeMembership(tenant.slug, second.email, testActor)).rejects.toMatchObject({ code: 'CONFLICT' });
});

test("a member of another tenant is NOT_FOUND for this tenant's admin, and stays as they were", async () => {
  const { admin } = await newTenantWithAdmin();
  const elsewhere = await createTenant(t.services);
  const stranger = await createUser(t.services, { tenantSlug: elsewhere.slug, role: 'viewer' });
  const before = await snapshot(elsewhere.id);
  expect(outcome(await admin.gql(CHANGE, { variables: { input: { userId: stranger.id, role: 'ADMIN', locales: [] } } }))).toBe('NOT_FOUND');
  expect(outcome(await admin.gql(REMOVE, { variables: { input: { userId: stranger.id } } }))).toBe('NOT_FOUND');
  expect(await snapshot(elsewhere.id)).toEqual(before);
  const list = await admin.gql<MembersPage>(MEMBERS);
  expect(list.body.data?.members.edges.map((e) => e.node.user.id)).not.toContain(stranger.id);
});

test.each([
  ['a translator without locales', { role: 'TRANSLATOR', locales: [] }, 'locales', { reason: 'TRANSLATOR_NEEDS_LOCALE' }],
  ['a locale the tenant lacks', { role: 'TRANSLATOR', locales: ['fr'] }, 'locales', { reason: 'LOCALE_NOT_OF_TENANT', locale: 'fr' }],
  ['locales for a reviewer', { role: 'REVIEWER', locales: ['de'] }, 'locales', { reason: 'LOCALES_ONLY_FOR_TRANSLATORS' }],
  ['an id that is no uuid', { userId: 'someone', role: 'EDITOR', locales: [] }, 'userId', { reason: 'ID_INVALID' }],
])('changing a role with %s is BAD_USER_INPUT naming the field and the reason, and nothing changes', async (_label, input, field, why) => {
  const { tenant, admin } = await newTenantWithAdmin();
  const member = await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' });
  const before = await snapshot(tenant.id);
  const res = await admin.gql(CHANGE, { variables: { input: { userId: member.id, ...input } } });
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, ...why });
  expect(await snapshot(tenant.id)).toEqual(before);
});
