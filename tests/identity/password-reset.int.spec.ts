import { RESET_REQUESTED } from '../../apps/api/src/modules/identity/password-reset.service';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signIn, tenantHeader } from '../support/session';
import { tokenFromMail } from '../factories/invitation.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { slug: string; id: string; name: string };

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged sessionsEnded email } }`;
const NEW_PASSWORD = 'a brand new passphrase for the test';

beforeAll(async () => {
  tenant = await createTenant(t.services);
});

async function requestReset(email: string, locale: string | null = 'en') {
  return api.gql<{ requestPasswordReset: { message: string } }>(REQUEST, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email, locale } },
  });
}

async function reset(token: string, newPassword = NEW_PASSWORD) {
  return api.gql<{ resetPassword: { passwordChanged: boolean; sessionsEnded: number; email: string } }>(RESET, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { token, newPassword } },
  });
}

async function passwordHash(userId: string): Promise<string> {
  const [row]: { password_hash: string }[] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [userId]);
  return row!.password_hash;
}

test('a reset request answers the same for known and unknown addresses, and mails only the known one', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const sentBefore = t.mail.outbox.length;
  const known = await requestReset(user.email);
  const unknown = await requestReset('no-account-here@example.org');
  expect(known.body).toEqual({ data: { requestPasswordReset: { message: RESET_REQUESTED } } });
  expect(unknown.body).toEqual(known.body);
  expect(t.mail.outbox.length).toBe(sentBefore + 1);
  const mail = t.mail.lastTo(user.email)!;
  expect(mail.subject).toBe(`Choose a new password for ${tenant.name}`);
  expect(mail.text).toContain(`http://${tenant.slug}.test:3000/en/editor/reset-password?token=`);
  expect(mail.html).toMatch(/<a href="[^"]+\/en\/editor\/reset-password\?token=[\w-]+"[^>]*>Choose a new password<\/a>/);
  expect(t.mail.lastTo('no-account-here@example.org')).toBeUndefined();
  const [stored]: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM password_reset_tokens`);
  expect(stored!.n).toBe(1);
});

test('resetting sets the new password, uses the link up, and signs the user out everywhere', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const browsers = [
    await signIn(api, { email: user.email, tenant: tenant.slug }),
    await signIn(api, { email: user.email, tenant: tenant.slug }),
  ];
  await requestReset(user.email);
  const token = tokenFromMail(t.mail, user.email);
  const OPEN = `query($token: String!) { passwordResetLinkOpen(token: $token) }`;
  const open = async () =>
    (await api.gql<{ passwordResetLinkOpen: boolean }>(OPEN, { headers: tenantHeader(tenant.slug), variables: { token } })).body.data
      ?.passwordResetLinkOpen;
  expect(await open()).toBe(true);
  const res = await reset(token);
  expect(res.body.data?.resetPassword).toEqual({ passwordChanged: true, sessionsEnded: 2, email: user.email });
  expect(await open()).toBe(false);
  for (const b of browsers) {
    const me = await b.gql<{ me: null }>(`{ me { user { id } } }`);
    expect(me.body.data?.me).toBeNull();
  }
  await expect(signIn(api, { email: user.email, tenant: tenant.slug })).rejects.toThrow(/UNAUTHENTICATED/);
  await expect(signIn(api, { email: user.email, tenant: tenant.slug, password: NEW_PASSWORD })).resolves.toMatchObject({
    user: { email: user.email },
  });

  const again = await reset(token, 'yet another passphrase to try');
  expect(again.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token', reason: 'RESET_LINK_INVALID' });
  expect(again.body.errors?.[0]?.message).toMatch(/already used/);
});

test('a link older than one hour does not work, and the password stays', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' });
  await requestReset(user.email);
  const token = tokenFromMail(t.mail, user.email);
  const [issued]: { minutes: number }[] = await t.dataSource.query(
    `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM password_reset_tokens WHERE user_id = $1`,
    [user.id],
  );
  expect(issued!.minutes).toBe(60);
  await t.dataSource.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
  const before = await passwordHash(user.id);
  const res = await reset(token);
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token', reason: 'RESET_LINK_INVALID' });
  expect(await passwordHash(user.id)).toBe(before);
});

test('asking again makes the earlier link stop working', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' });
  await requestReset(user.email);
  const first = tokenFromMail(t.mail, user.email);
  await requestReset(user.email);
  const second = tokenFromMail(t.mail, user.email);
  expect(second).not.toBe(first);
  expect(outcome(await reset(first))).toBe('BAD_USER_INPUT');
  expect(outcome(await reset(second))).toBe('OK');
});

test('a weak new password is BAD_USER_INPUT naming newPassword; the link still works afterwards and nothing changed', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'viewer' });
  const browser = await signIn(api, { email: user.email, tenant: tenant.slug });
  await requestReset(user.email);
  const token = tokenFromMail(t.mail, user.email);
  const before = await passwordHash(user.id);
  const res = await reset(token, 'short');
  expect(res.body.errors?.[0]?.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'newPassword',
    reason: 'PASSWORD_TOO_SHORT',
    minLength: 12,
  });
  expect(res.body.errors?.[0]?.message).toMatch(/at least 12 characters/);
  expect(await passwordHash(user.id)).toBe(before);
  expect((await browser.gql<{ me: unknown }>(`{ me { user { id } } }`)).body.data?.me).not.toBeNull();
  expect(outcome(await reset(token))).toBe('OK');
});

test('a made-up or malformed token is refused without touching any account', async () => {
  for (const token of ['x'.repeat(43), "' OR 1=1 --", '']) {
    const res = await reset(token);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token', reason: 'RESET_LINK_INVALID' });
  }
});

test('a malformed address is BAD_USER_INPUT; too many requests for one address are refused with a clear message', async () => {
  const bad = await requestReset('not an address');
  expect(bad.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email', reason: 'EMAIL_INVALID' });
  const email = 'flooded@example.org';
  for (let i = 0; i < 3; i++) expect(outcome(await requestReset(email))).toBe('OK');
  const refused = await requestReset(email);
  expect(outcome(refused)).toBe('TOO_MANY_REQUESTS');
  expect(refused.body.errors?.[0]?.message).toMatch(/^Too many reset requests\. Wait \d+ minutes?, then ask again\.$/);
});
