import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { AuthResolver, MeResolver } from '../../apps/api/src/modules/identity/auth.resolver';
import { MemberResolver } from '../../apps/api/src/modules/identity/member.resolver';
import { PolicyAuthChecker, type Role } from '../../apps/api/src/kernel/policy';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signIn, tenantHeader, type SignedInClient } from '../support/session';
import { createInvitation, tokenFromMail } from '../factories/invitation.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

/**
 * Every root field of identity and tenant settings × every kind of caller:
 * each role in the tenant, an admin of another tenant, and nobody. Who may
 * call what is written here once (`who`), and each call checks both the
 * answer and whether the change really happened.
 */
const t = useTestDatabase();
const api = useTestApi(t);

type Actor = Role | 'foreign admin' | 'anonymous';
const ACTORS: Actor[] = ['admin', 'editor', 'translator', 'reviewer', 'viewer', 'foreign admin', 'anonymous'];
type Who = 'everyone' | 'signed-in' | 'admin';

let home: { id: string; slug: string };
let away: { id: string; slug: string };
const clients = new Map<Actor, SignedInClient>();
const emails = new Map<Actor, string>();

interface Case {
  field: string;
  who: Who;
  query: string;
  /** Variables for one call, with a fresh target where the call changes something. */
  vars?: (actor: Actor) => Promise<{ variables?: Record<string, unknown>; happened?: () => Promise<boolean> }>;
  /** The call ends or replaces the caller's session: give the caller a session of its own. */
  ownSession?: boolean;
}

const count = async (sql: string, params: unknown[]): Promise<number> => (await t.dataSource.query(sql, params))[0].n;

async function newMember(role: Role = 'viewer'): Promise<{ id: string; email: string }> {
  return createUser(t.services, { tenantSlug: home.slug, role, locales: role === 'translator' ? ['en'] : [] });
}

const CASES: Case[] = [
  { field: 'Query.me', who: 'everyone', query: `{ me { user { id } } }` },
  {
    field: 'Mutation.signIn',
    who: 'everyone',
    ownSession: true,
    query: `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
    vars: async () => {
      const user = await createUser(t.services);
      return {
        variables: { input: { email: user.email, password: TEST_PASSWORD } },
        happened: async () => (await count(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id])) === 1,
      };
    },
  },
  { field: 'Mutation.signOut', who: 'everyone', ownSession: true, query: `mutation { signOut { signedOut } }` },
  {
    field: 'Mutation.requestPasswordReset',
    who: 'everyone',
    query: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`,
    vars: async () => {
      const user = await createUser(t.services);
      return {
        variables: { input: { email: user.email } },
        happened: async () => (await count(`SELECT count(*)::int AS n FROM password_reset_tokens WHERE user_id = $1`, [user.id])) === 1,
      };
    },
  },
  {
    field: 'Mutation.resetPassword',
    who: 'everyone',
    query: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged } }`,
    vars: async () => {
      const user = await createUser(t.services);
      await t.services.passwordReset.request(user.email, { name: 'Test', host: null }, { ip: '203.0.113.9', userAgent: null });
      return {
        variables: { input: { token: tokenFromMail(t.mail, user.email), newPassword: 'a new and long passphrase' } },
        happened: async () =>
          (await count(`SELECT count(*)::int AS n FROM password_reset_tokens WHERE user_id = $1 AND used_at IS NOT NULL`, [user.id])) === 1,
      };
    },
  },
  {
    field: 'Mutation.acceptInvitation',
    who: 'everyone',
    query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { newUser } }`,
    vars: async () => {
      const { invitation, token } = await createInvitation(t.services, t.mail, { tenantId: home.id, role: 'viewer' });
      return {
        variables: { input: { token, displayName: 'Invited Person', password: TEST_PASSWORD } },
        happened: async () =>
          (await count(`SELECT count(*)::int AS n FROM invitations WHERE id = $1 AND accepted_at IS NOT NULL`, [invitation.id])) === 1,
      };
    },
  },
  {
    field: 'Query.invitationPreview',
    who: 'everyone',
    query: `query($token: String!) { invitationPreview(token: $token) { email } }`,
    vars: async () => ({ variables: { token: (await createInvitation(t.services, t.mail, { tenantId: home.id, role: 'viewer' })).token } }),
  },
  {
    field: 'Query.passwordResetLinkOpen',
    who: 'everyone',
    query: `query($token: String!) { passwordResetLinkOpen(token: $token) }`,
    vars: async () => ({ variables: { token: 'a'.repeat(43) } }),
  },
  { field: 'Query.sessions', who: 'signed-in', query: `{ sessions { id } }` },
  {
    field: 'Mutation.revokeSession',
    who: 'signed-in',
    query: `mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id } } }`,
    vars: async (actor) => {
      // Another session of the caller's own account (any session, for the anonymous caller).
      const email = emails.get(actor) ?? emails.get('viewer')!;
      const tenant = actor === 'foreign admin' ? away.slug : home.slug;
      await signIn(api, { email, tenant });
      const [row]: { id: string }[] = await t.dataSource.query(
        `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 AND s.revoked_at IS NULL ORDER BY s.created_at DESC LIMIT 1`,
        [email],
      );
      return {
        variables: { input: { sessionId: row!.id } },
        happened: async () =>
          (await count(`SELECT count(*)::int AS n FROM sessions WHERE id = $1 AND revoked_at IS NOT NULL`, [row!.id])) === 1,
      };
    },
  },
  { field: 'Mutation.revokeOtherSessions', who: 'signed-in', query: `mutation { revokeOtherSessions { revokedCount } }` },
  { field: 'Query.mySessions', who: 'signed-in', query: `{ mySessions { id device { description } signInPrefix } }` },
  {
    field: 'Mutation.signOutSession',
    who: 'signed-in',
    query: `mutation($id: ID!) { signOutSession(id: $id) { session { id } } }`,
    vars: async (actor) => {
      // Another session of the caller's own account (any session, for the anonymous caller).
      const email = emails.get(actor) ?? emails.get('viewer')!;
      const tenant = actor === 'foreign admin' ? away.slug : home.slug;
      await signIn(api, { email, tenant });
      const [row]: { id: string }[] = await t.dataSource.query(
        `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 AND s.revoked_at IS NULL ORDER BY s.created_at DESC LIMIT 1`,
        [email],
      );
      return {
        variables: { id: row!.id },
        happened: async () =>
          (await count(`SELECT count(*)::int AS n FROM sessions WHERE id = $1 AND revoked_at IS NOT NULL`, [row!.id])) === 1,
      };
    },
  },
  {
    field: 'Mutation.signOutEverywhere',
    who: 'signed-in',
    query: `mutation { signOutEverywhere(keepCurrent: true) { signedOutCount } }`,
  },
  { field: 'Query.members', who: 'admin', query: `{ members { totalCount } }` },
  { field: 'Query.invitations', who: 'admin', query: `{ invitations { id } }` },
  {
    field: 'Mutation.inviteMember',
    who: 'admin',
    query: `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`,
    vars: async () => {
      const email = `matrix-${Math.random().toString(36).slice(2)}@example.org`;
      return {
        variables: { input: { email, role: 'EDITOR' } },
        happened: async () => (await count(`SELECT count(*)::int AS n FROM invitations WHERE email = $1`, [email])) === 1,
      };
    },
  },
  {
    field: 'Mutation.revokeInvitation',
    who: 'admin',
    query: `mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { invitation { id } } }`,
    vars: async () => {
      const { invitation } = await createInvitation(t.services, t.mail, { tenantId: home.id });
      return {
        variables: { input: { invitationId: invitation.id } },
        happened: async () =>
          (await count(`SELECT count(*)::int AS n FROM invitations WHERE id = $1 AND revoked_at IS NOT NULL`, [invitation.id])) === 1,
      };
    },
  },
  {
    field: 'Mutation.changeMemberRole',
    who: 'admin',
    query: `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { role } } }`,
    vars: async () => {
      const member = await newMember('viewer');
      return {
        variables: { input: { userId: member.id, role: 'EDITOR' } },
        happened: async () =>
          (await count(`SELECT count(*)::int AS n FROM memberships WHERE user_id = $1 AND role = 'editor'`, [member.id])) === 1,
      };
    },
  },
  {
    field: 'Mutation.removeMember',
    who: 'admin',
    query: `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { member { role } } }`,
    vars: async () => {
      const member = await newMember('editor');
      return {
        variables: { input: { userId: member.id } },
        happened: async () => (await count(`SELECT count(*)::int AS n FROM memberships WHERE user_id = $1`, [member.id])) === 0,
      };
    },
  },
  {
    field: 'Mutation.unlockMember',
    who: 'admin',
    query: `mutation($input: UnlockMemberInput!) { unlockMember(input: $input) { clearedCounts } }`,
    vars: async () => {
      const member = await newMember('editor');
      return {
        variables: { input: { userId: member.id } },
        happened: async () =>
          (await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.unlock' AND subject_id = $1`, [member.id])) === 1,
      };
    },
  },
  {
    field: 'Mutation.resetMemberTwoFactor',
    who: 'admin',
    query: `mutation($input: ResetMemberTwoFactorInput!) { resetMemberTwoFactor(input: $input) { hadTwoFactor } }`,
    vars: async () => {
      const member = await newMember('editor');
      return {
        variables: { input: { userId: member.id } },
        happened: async () =>
          (await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'twoFactor.reset' AND subject_id = $1`, [member.id])) === 1,
      };
    },
  },
  {
    field: 'Mutation.updateTenantSettings',
    who: 'admin',
    query: `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { tenant { name } } }`,
    vars: async (actor) => {
      const name = `Renamed by ${actor}`;
      return {
        variables: { input: { name } },
        happened: async () => (await count(`SELECT count(*)::int AS n FROM tenants WHERE id = $1 AND name = $2`, [home.id, name])) === 1,
      };
    },
  },
];

/** The answer `actor` must get for a field open to `who`. */
function expected(who: Who, actor: Actor): string {
  if (who === 'everyone') return 'OK';
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  if (who === 'signed-in') return 'OK';
  return actor === 'admin' ? 'OK' : 'FORBIDDEN';
}

async function clientFor(actor: Actor): Promise<SignedInClient | null> {
  if (actor === 'anonymous') return null;
  const email = emails.get(actor)!;
  return signIn(api, { email, tenant: actor === 'foreign admin' ? away.slug : home.slug });
}

beforeAll(async () => {
  home = await createTenant(t.services);
  away = await createTenant(t.services);
  for (const actor of ACTORS) {
    if (actor === 'anonymous') continue;
    const user =
      actor === 'foreign admin'
        ? await createUser(t.services, { tenantSlug: away.slug, role: 'admin' })
        : await createUser(t.services, { tenantSlug: home.slug, role: actor, locales: actor === 'translator' ? ['en'] : [] });
    emails.set(actor, user.email);
    clients.set(actor, (await clientFor(actor))!);
  }
});

test('the matrix covers every root field of the identity resolvers, and tenant settings', async () => {
  const schema = await buildSchema({ resolvers: [AuthResolver, MeResolver, MemberResolver], authChecker: PolicyAuthChecker });
  const fields = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    'Mutation.updateTenantSettings',
  ];
  expect(CASES.map((c) => c.field).sort()).toEqual(fields.sort());
});

const table = CASES.flatMap((c) => ACTORS.map((actor) => [c.field, actor, expected(c.who, actor), c] as const));

test.each(table)('%s called by %s: %s', async (_field, actor, answer, c) => {
  const client = c.ownSession ? await clientFor(actor) : (clients.get(actor) ?? null);
  const { variables, happened } = (await c.vars?.(actor)) ?? {};
  const opts = { ...(variables ? { variables } : {}), tenant: home.slug };
  const res = client ? await client.gql(c.query, opts) : await api.gql(c.query, { headers: tenantHeader(home.slug), ...opts });
  expect(outcome(res)).toBe(answer);
  if (answer !== 'OK') expect(res.body.errors?.[0]?.message.length).toBeGreaterThan(15);
  if (happened) expect(await happened()).toBe(answer === 'OK');
});

describe("an admin cannot reach into another tenant through ids of that tenant's records", () => {
  test('changing the role of, or removing, a member of another tenant is NOT_FOUND and changes nothing', async () => {
    const admin = clients.get('admin')!;
    const stranger = await createUser(t.services, { tenantSlug: away.slug, role: 'viewer' });
    const change = await admin.gql(`mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { role } } }`, {
      variables: { input: { userId: stranger.id, role: 'ADMIN' } },
    });
    const remove = await admin.gql(`mutation($input: RemoveMemberInput!) { removeMember(input: $input) { member { role } } }`, {
      variables: { input: { userId: stranger.id } },
    });
    expect([outcome(change), outcome(remove)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(await count(`SELECT count(*)::int AS n FROM memberships WHERE user_id = $1 AND role = 'viewer'`, [stranger.id])).toBe(1);
  });

  test("withdrawing another tenant's invitation is NOT_FOUND and it stays open", async () => {
    const admin = clients.get('admin')!;
    const { invitation } = await createInvitation(t.services, t.mail, { tenantId: away.id });
    const res = await admin.gql(`mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { invitation { id } } }`, {
      variables: { input: { invitationId: invitation.id } },
    });
    expect(outcome(res)).toBe('NOT_FOUND');
    expect(await count(`SELECT count(*)::int AS n FROM invitations WHERE id = $1 AND revoked_at IS NULL`, [invitation.id])).toBe(1);
  });

  test("another tenant's members and invitations are not listed", async () => {
    const admin = clients.get('admin')!;
    const res = await admin.gql<{ members: { edges: { node: { user: { email: string } } }[] }; invitations: { email: string }[] }>(
      `{ members(first: 100) { edges { node { user { email } } } } invitations { email } }`,
    );
    const listed = [...res.body.data!.members.edges.map((e) => e.node.user.email), ...res.body.data!.invitations.map((i) => i.email)];
    const foreign: { email: string }[] = await t.dataSource.query(
      `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.tenant_id = $1 UNION SELECT email FROM invitations WHERE tenant_id = $1`,
      [away.id],
    );
    expect(foreign.length).toBeGreaterThan(0);
    expect(listed.filter((e) => foreign.some((f) => f.email === e))).toEqual([]);
  });
});
