import { auditTrail } from '../../apps/api/src/modules/audit/audit.queries';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signIn, signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { tokenFromMail } from '../factories/invitation.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { slug: string; id: string; name: string };
let admin: SignedInClient;

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { invitation { id email role locales invitedBy expiresAt } }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { user { id email displayName } membership { role locales } newUser }
}`;
const PENDING = `{ invitations { id email role } }`;

beforeAll(async () => {
  tenant = await createTenant(t.services);
  admin = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
});

async function invite(email: string, role = 'EDITOR', locales: string[] = [], locale: string | null = 'en') {
  return admin.gql<{
    inviteMember: { invitation: { id: string; email: string; role: string; locales: string[]; invitedBy: string; expiresAt: string } };
  }>(INVITE, { variables: { input: { email, role, locales, locale } } });
}

async function accept(input: Record<string, unknown>) {
  return api.gql<{ acceptInvitation: { user: { id: string; email: string; displayName: string }; membership: unknown; newUser: boolean } }>(
    ACCEPT,
    { headers: tenantHeader(tenant.slug), variables: { input } },
  );
}

async function counts(): Promise<Record<string, number>> {
  const [row] = await t.dataSource
    .query(`SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM memberships) AS memberships,
    (SELECT count(*)::int FROM invitations) AS invitations, (SELECT count(*)::int FROM audit_log) AS audit,
    (SELECT count(*)::int FROM invitations WHERE accepted_at IS NOT NULL) AS accepted`);
  return row;
}

test('an admin invites a new translator: the mail carries a one-time link to the tenant, and the invitation is listed and audited', async () => {
  const email = 'new.translator@example.org';
  const res = await invite(email, 'TRANSLATOR', ['en']);
  expect(res.body.errors).toBeUndefined();
  const invitation = res.body.data!.inviteMember.invitation;
  expect(invitation).toMatchObject({ email, role: 'TRANSLATOR', locales: ['en'], invitedBy: admin.user.email });
  expect(Date.parse(invitation.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
  const mail = t.mail.lastTo(email)!;
  expect(mail.subject).toBe(`You are invited to ${tenant.name} on Careleaf`);
  expect(mail.text).toContain(`${admin.user.email} invited you to work on ${tenant.name} as translator (en).`);
  expect(mail.text).toContain(`http://${tenant.slug}.test:3000/en/editor/accept-invitation?token=`);
  // The HTML part: a real heading, a link whose text says where it leads, the language on the root.
  expect(mail.html).toContain(`<html lang="en" dir="ltr">`);
  expect(mail.html).toContain(`<h1 style="font-size: 1.5em;">Your invitation to ${tenant.name}</h1>`);
  expect(mail.html).toMatch(
    new RegExp(
      `<a href="http://${tenant.slug}\\.test:3000/en/editor/accept-invitation\\?token=[\\w-]+"[^>]*>Accept the invitation to ${tenant.name}</a>`,
    ),
  );
  expect(mail.html).not.toMatch(/<img/);
  const pending = await admin.gql<{ invitations: { id: string }[] }>(PENDING);
  expect(pending.body.data?.invitations.map((i) => i.id)).toContain(invitation.id);
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'invitation', invitation.id));
  expect(trail.map((e) => [e.action, e.actorUserId])).toEqual([['invitation.create', admin.user.id]]);
  // The token itself is not stored.
  const token = tokenFromMail(t.mail, email);
  const stored: { hex: string }[] = await t.dataSource.query(`SELECT encode(token_hash, 'hex') AS hex FROM invitations`);
  expect(stored.map((r) => r.hex)).not.toContain(Buffer.from(token, 'base64url').toString('hex'));
});

test('without a language the invitation is written in the tenant’s default language and its link opens in it', async () => {
  const email = 'neue.redakteurin@example.org';
  await invite(email, 'REVIEWER', [], null);
  const mail = t.mail.lastTo(email)!;
  expect(mail.subject).toBe(`Einladung zu ${tenant.name} auf Careleaf`);
  expect(mail.text).toContain(`${admin.user.email} hat Sie eingeladen, an ${tenant.name} mitzuarbeiten (Rolle: medizinische Prüfung).`);
  expect(mail.text).toContain(`http://${tenant.slug}.test:3000/de/editor/accept-invitation?token=`);
  expect(mail.html).toContain('<html lang="de" dir="ltr">');
});

test('the holder of an invitation link sees the invited address and whether it has an account; a used or wrong link shows nothing', async () => {
  const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { email hasAccount } }`;
  const preview = (token: string) =>
    api.gql<{ invitationPreview: { email: string; hasAccount: boolean } | null }>(PREVIEW, {
      headers: tenantHeader(tenant.slug),
      variables: { token },
    });
  const fresh = 'preview.fresh@example.org';
  await invite(fresh);
  const freshToken = tokenFromMail(t.mail, fresh);
  expect((await preview(freshToken)).body.data?.invitationPreview).toEqual({ email: fresh, hasAccount: false });
  const existing = await createUser(t.services, { tenantSlug: (await createTenant(t.services)).slug, role: 'editor' });
  await invite(existing.email);
  expect((await preview(tokenFromMail(t.mail, existing.email))).body.data?.invitationPreview).toEqual({
    email: existing.email,
    hasAccount: true,
  });
  const accepted = await accept({ token: freshToken, displayName: 'Preview Person', password: TEST_PASSWORD });
  expect(accepted.body.errors).toBeUndefined();
  expect((await preview(freshToken)).body.data?.invitationPreview).toBeNull();
  expect((await preview('not-a-token')).body.data?.invitationPreview).toBeNull();
});

test('accepting creates the account and the membership; the link works once; the new member can sign in', async () => {
  const email = 'new.editor@example.org';
  await invite(email, 'EDITOR');
  const token = tokenFromMail(t.mail, email);
  const res = await accept({ token, displayName: 'Mara Neumann', password: TEST_PASSWORD });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.acceptInvitation).toMatchObject({
    user: { email, displayName: 'Mara Neumann' },
    membership: { role: 'EDITOR', locales: [] },
    newUser: true,
  });
  const userId = res.body.data!.acceptInvitation.user.id;
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'user', userId));
  expect(trail.map((e) => [e.action, e.actorUserId])).toEqual([['membership.create', userId]]);

  const before = await counts();
  const again = await accept({ token, displayName: 'Someone Else', password: 'another long password' });
  expect(again.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token', reason: 'INVITATION_LINK_INVALID' });
  expect(await counts()).toEqual(before);

  const member = await signIn(api, { email, tenant: tenant.slug });
  const me = await member.gql<{ me: { membership: { role: string } } }>(`{ me { membership { role } } }`);
  expect(me.body.data?.me.membership.role).toBe('EDITOR');
});

test('someone who already has an account accepts with their existing password, which stays unchanged', async () => {
  const other = await createTenant(t.services);
  const existing = await createUser(t.services, { tenantSlug: other.slug, role: 'reviewer' });
  await invite(existing.email.toUpperCase(), 'REVIEWER');
  const token = tokenFromMail(t.mail, existing.email);

  const before = await counts();
  const wrong = await accept({ token, password: 'not their password' });
  expect(wrong.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password', reason: 'INVITATION_ACCOUNT_EXISTS' });
  expect(wrong.body.errors?.[0]?.message).toMatch(/already has a Careleaf account/);
  expect(await counts()).toEqual(before);

  const res = await accept({ token, password: TEST_PASSWORD, displayName: 'Ignored' });
  expect(res.body.data?.acceptInvitation).toMatchObject({ user: { id: existing.id }, membership: { role: 'REVIEWER' }, newUser: false });
  const memberships = await t.services.identity.memberships(tenant.slug);
  expect(memberships.find((m) => m.email === existing.email)?.role).toBe('reviewer');
  // Still a reviewer in the other tenant too, with the same password.
  await expect(signIn(api, { email: existing.email, tenant: other.slug })).resolves.toBeDefined();
});

test('a new account needs a display name and a strong password; nothing is written otherwise and the link still works', async () => {
  const email = 'careful.person@example.org';
  await invite(email, 'VIEWER');
  const token = tokenFromMail(t.mail, email);
  const before = await counts();
  const noName = await accept({ token, password: TEST_PASSWORD });
  expect(noName.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName', reason: 'DISPLAY_NAME_MISSING' });
  const weak = await accept({ token, displayName: 'Careful Person', password: 'short' });
  expect(weak.body.errors?.[0]?.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'password',
    reason: 'PASSWORD_TOO_SHORT',
    minLength: 12,
  });
  expect(await counts()).toEqual(before);
  expect(outcome(await accept({ token, displayName: 'Careful Person', password: TEST_PASSWORD }))).toBe('OK');
});

test('an expired, withdrawn or replaced invitation link does not work', async () => {
  const expiredEmail = 'late@example.org';
  await invite(expiredEmail);
  await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = $1`, [expiredEmail]);
  const expired = await accept({ token: tokenFromMail(t.mail, expiredEmail), displayName: 'Late', password: TEST_PASSWORD });
  expect(expired.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token', reason: 'INVITATION_LINK_INVALID' });

  const withdrawnEmail = 'withdrawn@example.org';
  const invited = await invite(withdrawnEmail);
  const revoke = await admin.gql<{ revokeInvitation: { invitation: { email: string } } }>(
    `mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { invitation { email } } }`,
    { variables: { input: { invitationId: invited.body.data!.inviteMember.invitation.id } } },
  );
  expect(revoke.body.data?.revokeInvitation.invitation.email).toBe(withdrawnEmail);
  const withdrawnId = invited.body.data!.inviteMember.invitation.id;
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'invitation', withdrawnId));
  expect(trail.map((e) => [e.action, e.actorUserId])).toEqual([
    ['invitation.create', admin.user.id],
    ['invitation.revoke', admin.user.id],
  ]);
  const withdrawn = await accept({ token: tokenFromMail(t.mail, withdrawnEmail), displayName: 'W', password: TEST_PASSWORD });
  expect(outcome(withdrawn)).toBe('BAD_USER_INPUT');

  const twiceEmail = 'twice@example.org';
  await invite(twiceEmail, 'VIEWER');
  const first = tokenFromMail(t.mail, twiceEmail);
  await invite(twiceEmail, 'EDITOR');
  expect(outcome(await accept({ token: first, displayName: 'Twice', password: TEST_PASSWORD }))).toBe('BAD_USER_INPUT');
  const second = await accept({ token: tokenFromMail(t.mail, twiceEmail), displayName: 'Twice', password: TEST_PASSWORD });
  expect(second.body.data?.acceptInvitation.membership).toEqual({ role: 'EDITOR', locales: [] });
  const pending = await admin.gql<{ invitations: { email: string }[] }>(PENDING);
  expect(pending.body.data?.invitations.map((i) => i.email)).not.toEqual(
    expect.arrayContaining([expiredEmail, withdrawnEmail, twiceEmail]),
  );
});

test('an invitation link of one tenant does not work on another tenant', async () => {
  const other = await createTenant(t.services);
  const email = 'wrong.site@example.org';
  await invite(email);
  const res = await api.gql(ACCEPT, {
    headers: tenantHeader(other.slug),
    variables: { input: { token: tokenFromMail(t.mail, email), displayName: 'Wrong Site', password: TEST_PASSWORD } },
  });
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token', reason: 'INVITATION_LINK_INVALID' });
});

test('inviting someone who is already a member is a CONFLICT', async () => {
  const member = await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' });
  const res = await invite(member.email);
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'email', reason: 'ALREADY_MEMBER' });
});

test.each([
  ['a malformed address', { email: 'not-an-address', role: 'EDITOR', locales: [] }, 'email', { reason: 'EMAIL_INVALID' }],
  [
    'a translator without locales',
    { email: 'x@example.org', role: 'TRANSLATOR', locales: [] },
    'locales',
    { reason: 'TRANSLATOR_NEEDS_LOCALE' },
  ],
  [
    'a locale the tenant lacks',
    { email: 'x@example.org', role: 'TRANSLATOR', locales: ['fr'] },
    'locales',
    { reason: 'LOCALE_NOT_OF_TENANT', locale: 'fr' },
  ],
  [
    'an invalid language tag',
    { email: 'x@example.org', role: 'TRANSLATOR', locales: ['english!'] },
    'locales[0]',
    { reason: 'LOCALE_TAG_INVALID', tag: 'english!' },
  ],
  [
    'locales for an editor',
    { email: 'x@example.org', role: 'EDITOR', locales: ['de'] },
    'locales',
    { reason: 'LOCALES_ONLY_FOR_TRANSLATORS' },
  ],
  ['an over-long address', { email: `${'a'.repeat(250)}@example.org`, role: 'EDITOR', locales: [] }, 'email', {}],
])(
  'inviting with %s is BAD_USER_INPUT naming the field and the reason, and nothing is written or mailed',
  async (_label, input, field, why) => {
    const before = await counts();
    const mails = t.mail.outbox.length;
    const res = await admin.gql(INVITE, { variables: { input } });
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, ...why });
    expect(res.body.errors?.[0]?.message.length).toBeGreaterThan(20);
    expect(await counts()).toEqual(before);
    expect(t.mail.outbox.length).toBe(mails);
  },
);

test('an unknown role is refused by the schema before anything runs', async () => {
  const res = await admin.gql(INVITE, { variables: { input: { email: 'x@example.org', role: 'OWNER', locales: [] } } });
  expect(outcome(res)).toBe('BAD_USER_INPUT');
  expect(res.body.errors?.[0]?.message).toMatch(/OWNER/);
});
