import { useTestApi, type GraphQLResponse } from '../support/api';
import { useTestDatabase } from '../support/database';
import { tenantHeader } from '../support/session';
import { createInvitation, tokenFromMail } from '../factories/invitation.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { slug: string; id: string; name: string };

const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { newUser } }`;
const STRONG = 'Lantern-orchid drifts 47 miles';

beforeAll(async () => {
  tenant = await createTenant(t.services, { name: 'Wache Gesundheit Nordstadt' });
});

const problem = (res: GraphQLResponse) => res.body.errors?.[0]?.extensions;

async function passwordHash(userId: string): Promise<string> {
  const [row]: { password_hash: string }[] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [userId]);
  return row!.password_hash;
}

async function resetLink(email: string): Promise<string> {
  await api.gql(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email } },
  });
  return tokenFromMail(t.mail, email);
}

test.each([
  ['a common password', 'qwerty123456', 'PASSWORD_COMMON'],
  ['a common German password', 'Passwort123456', 'PASSWORD_WEAK'],
  ['a common password with the usual capital, digit and sign', 'Password1234!', 'PASSWORD_WEAK'],
  ["the tenant's name", 'Wache Gesundheit Nordstadt', 'PASSWORD_WEAK'],
  ["the tenant's name with a year", 'WacheGesundheit2025', 'PASSWORD_WEAK'],
  ['too short', 'Password1!', 'PASSWORD_TOO_SHORT'],
])('a password reset to %s is refused on newPassword, and the old password stays', async (_label, weak, reason) => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug });
  const before = await passwordHash(user.id);
  const token = await resetLink(user.email);
  const res = await api.gql(RESET, { headers: tenantHeader(tenant.slug), variables: { input: { token, newPassword: weak } } });
  expect(problem(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason });
  expect(await passwordHash(user.id)).toBe(before);
  // The link is not used up: the same link then takes a strong password.
  const strong = await api.gql(RESET, { headers: tenantHeader(tenant.slug), variables: { input: { token, newPassword: STRONG } } });
  expect(strong.body.errors).toBeUndefined();
});

test("accepting an invitation with a weak password (the invitee's own address, the tenant's name) is refused and creates nobody", async () => {
  const { invitation, token } = await createInvitation(t.services, t.mail, { tenantId: tenant.id, email: 'anna.schmidt@example.org' });
  const users = async () => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM users`)) as { n: number }[])[0]!.n;
  const before = await users();
  for (const weak of ['anna.schmidt@example.org', 'annaschmidt1990', 'Wache Gesundheit Nordstadt!', 'passwort123']) {
    const res = await api.gql(ACCEPT, {
      headers: tenantHeader(tenant.slug),
      variables: { input: { token, displayName: 'Anna Schmidt', password: weak } },
    });
    expect(problem(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(['PASSWORD_WEAK', 'PASSWORD_COMMON', 'PASSWORD_TOO_SHORT']).toContain(problem(res)?.reason);
  }
  expect(await users()).toBe(before);
  const ok = await api.gql(ACCEPT, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { token, displayName: 'Anna Schmidt', password: STRONG } },
  });
  expect(ok.body.errors).toBeUndefined();
  expect(invitation.email).toBe('anna.schmidt@example.org');
});

test("an operator's password (CLI: user create / user password) is held to the same rule", async () => {
  await expect(
    t.services.identity.createUser({ email: 'weak@example.org', displayName: 'Weak', password: 'Password1234!' }),
  ).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'password',
  });
  const user = await createUser(t.services);
  await expect(t.services.identity.setPassword(user.email, 'qwertzuiop123')).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'password',
  });
  await expect(t.services.identity.setPassword(user.email, TEST_PASSWORD)).resolves.toBeNull();
  // Generated passwords always pass.
  await expect(t.services.identity.setPassword(user.email)).resolves.toMatch(/^[A-Za-z0-9_-]{20}$/);
});
