import { WRONG_CREDENTIALS } from '../../apps/api/src/modules/identity/session.service';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, parseSetCookie, signIn, signInAs, tenantHeader } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { slug: string; id: string };
let other: { slug: string; id: string };

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { csrfToken expiresAt user { email } membership { role locales } } }`;
const ME = `{ me { user { email displayName } membership { role locales } memberships { tenant { slug host } role locales } sessionExpiresAt } }`;

beforeAll(async () => {
  tenant = await createTenant(t.services);
  other = await createTenant(t.services);
});

async function sessionRows(email: string): Promise<{ revoked: boolean }[]> {
  return t.dataSource.query(
    `SELECT s.revoked_at IS NOT NULL AS revoked FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at`,
    [email],
  );
}

test('a member signs in with e-mail and password and sees their role in this tenant', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'translator', locales: ['en'] });
  const res = await api.gql<{ signIn: { csrfToken: string; user: { email: string }; membership: unknown } }>(SIGN_IN, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email: user.email.toUpperCase(), password: TEST_PASSWORD } },
  });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.signIn.user.email).toBe(user.email);
  expect(res.body.data?.signIn.membership).toEqual({ role: 'TRANSLATOR', locales: ['en'] });
  expect(res.body.data?.signIn.csrfToken).toMatch(/^[0-9a-f]{64}\.[0-9a-f]{64}$/);
  expect(await sessionRows(user.email)).toEqual([{ revoked: false }]);
});

test('the session cookie is httpOnly, Secure, SameSite=Lax, path /, host-only and expires with the session', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const res = await api.gql<{ signIn: { expiresAt: string } }>(SIGN_IN, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email: user.email, password: TEST_PASSWORD } },
  });
  const cookies = res.setCookies.map(parseSetCookie);
  const session = cookies.find((c) => c.name === '__Host-careleaf_session');
  expect(session).toBeDefined();
  expect(session!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(session!.attributes).toMatchObject({ httponly: '', secure: '', samesite: 'Lax', path: '/' });
  expect(session!.attributes.domain).toBeUndefined();
  expect(Date.parse(session!.attributes.expires!)).toBe(Math.floor(Date.parse(res.body.data!.signIn.expiresAt) / 1000) * 1000);
  const csrf = cookies.find((c) => c.name === '__Host-careleaf_csrf');
  expect(csrf?.attributes).toMatchObject({ httponly: '', secure: '', samesite: 'Strict', path: '/' });
  // Only the hash of the token is stored.
  const stored: { hex: string }[] = await t.dataSource.query(`SELECT encode(token_hash, 'hex') AS hex FROM sessions`);
  expect(stored.map((r) => r.hex).join()).not.toContain(Buffer.from(session!.value, 'base64url').toString('hex'));
});

test('a wrong password and an unknown address get the same UNAUTHENTICATED answer, and no session', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const wrongPassword = await api.gql(SIGN_IN, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email: user.email, password: 'not the password at all' } },
  });
  const unknownEmail = await api.gql(SIGN_IN, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email: 'nobody-here@example.org', password: TEST_PASSWORD } },
  });
  for (const res of [wrongPassword, unknownEmail]) {
    expect(res.body.errors?.[0]).toEqual({
      message: WRONG_CREDENTIALS,
      path: ['signIn'],
      locations: expect.any(Array),
      extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' },
    });
    expect(res.setCookies).toEqual([]);
  }
  expect(await sessionRows(user.email)).toEqual([]);
});

test('an empty e-mail address is BAD_USER_INPUT naming the field', async () => {
  const res = await api.gql(SIGN_IN, { headers: tenantHeader(tenant.slug), variables: { input: { email: ' ', password: 'x' } } });
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email', reason: 'EMAIL_MISSING' });
});

test('after five wrong passwords the address is locked for this client with a clear message, even for the right password', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  for (let i = 0; i < 5; i++) {
    const res = await api.gql(SIGN_IN, {
      headers: tenantHeader(tenant.slug),
      variables: { input: { email: user.email, password: `guess number ${i}` } },
    });
    expect(outcome(res)).toBe('UNAUTHENTICATED');
  }
  const blocked = await api.gql(SIGN_IN, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email: user.email, password: TEST_PASSWORD } },
  });
  expect(outcome(blocked)).toBe('TOO_MANY_REQUESTS');
  expect(blocked.body.errors?.[0]?.extensions).toMatchObject({ reason: 'SIGN_IN_LOCKED', retryAfterSeconds: 60 });
  expect(blocked.body.errors?.[0]?.message).toMatch(
    /^Too many failed sign-in attempts for this account from your address\. Wait 1 minute and try again/,
  );
  expect(await sessionRows(user.email)).toEqual([]);
  // Another account from the same client is not affected.
  const colleague = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  await expect(signIn(api, { email: colleague.email, tenant: tenant.slug })).resolves.toMatchObject({ user: { email: colleague.email } });
});

test('me answers null without a session, and the user with every membership with one', async () => {
  const anonymous = await api.gql<{ me: null }>(ME, { headers: tenantHeader(tenant.slug) });
  expect(anonymous.body).toEqual({ data: { me: null } });

  const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'reviewer' });
  await t.services.identity.setMembership(other.slug, client.user.email, 'translator', ['de'], { userId: null, label: 'test' });
  const res = await client.gql<{ me: { membership: unknown; memberships: { tenant: { slug: string } }[] } }>(ME);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.me.membership).toEqual({ role: 'REVIEWER', locales: [] });
  expect(res.body.data?.me.memberships).toEqual(
    expect.arrayContaining([
      { tenant: { slug: tenant.slug, host: `${tenant.slug}.test` }, role: 'REVIEWER', locales: [] },
      { tenant: { slug: other.slug, host: `${other.slug}.test` }, role: 'TRANSLATOR', locales: ['de'] },
    ]),
  );
  expect(res.body.data?.me.memberships).toHaveLength(2);
});

test('a signed-in user who is not a member of the requested tenant has no membership there', async () => {
  const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const res = await client.gql<{ me: { membership: unknown } }>(ME, { tenant: other.slug });
  expect(res.body.data?.me.membership).toBeNull();
  const forbidden = await client.gql(`{ members { totalCount } }`, { tenant: other.slug });
  expect(outcome(forbidden)).toBe('FORBIDDEN');
});

test('a mutation with the session cookie but without the CSRF header is refused with FORBIDDEN, and changes nothing', async () => {
  const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const res = await client.gql(`mutation { revokeOtherSessions { revokedCount } }`, { withoutCsrf: true });
  expect(res.status).toBe(403);
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'CSRF_TOKEN_INVALID' });
  expect(res.body.errors?.[0]?.message).toMatch(/x-csrf-token header/);
  expect(res.body.data ?? null).toBeNull();
  // A header with another value, or the token of another session, fails the same way.
  const wrong = await client.gql(`mutation { signOut { signedOut } }`, {
    headers: { 'x-csrf-token': 'a'.repeat(64) + '.' + 'b'.repeat(64) },
  });
  expect(wrong.body.errors?.[0]?.extensions?.reason).toBe('CSRF_TOKEN_INVALID');
  const stranger = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const swapped = await client.gql(`mutation { signOut { signedOut } }`, { headers: { 'x-csrf-token': stranger.csrfToken } });
  expect(swapped.body.errors?.[0]?.extensions?.reason).toBe('CSRF_TOKEN_INVALID');
  expect(await sessionRows(client.user.email)).toEqual([{ revoked: false }]);
  // Queries need no CSRF header.
  const query = await client.gql<{ me: { user: { email: string } } }>(ME, { withoutCsrf: true });
  expect(query.body.data?.me.user.email).toBe(client.user.email);
});

test("Apollo's CSRF prevention stays on: a simple form-style POST is refused before any resolver runs", async () => {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...tenantHeader(tenant.slug) },
    body: JSON.stringify({ query: `mutation { signOut { signedOut } }` }),
  });
  expect(res.status).toBe(400);
  expect(await res.text()).toMatch(/CSRF/);
});

test('the CSRF token can be fetched again after a reload through me { csrfToken }', async () => {
  const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const res = await client.gql<{ me: { csrfToken: string } }>(`{ me { csrfToken } }`, { withoutCsrf: true });
  expect(res.body.data?.me.csrfToken).toBe(client.csrfToken);
  client.cookies.delete('__Host-careleaf_csrf');
  const fresh = await client.gql<{ me: { csrfToken: string } }>(`{ me { csrfToken } }`, { withoutCsrf: true });
  expect(fresh.body.data?.me.csrfToken).not.toBe(client.csrfToken);
  client.csrfToken = fresh.body.data!.me.csrfToken;
  expect(outcome(await client.gql(`mutation { revokeOtherSessions { revokedCount } }`))).toBe('OK');
});

test('signing out ends the session and clears both cookies; the old cookie no longer signs anybody in', async () => {
  const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const oldCookies = new Map(client.cookies);
  const res = await client.gql<{ signOut: { signedOut: boolean } }>(`mutation { signOut { signedOut } }`);
  expect(res.body.data?.signOut.signedOut).toBe(true);
  const cleared = res.setCookies.map(parseSetCookie);
  expect(cleared.map((c) => [c.name, c.value, Date.parse(c.attributes.expires!) <= Date.now()]).sort()).toEqual([
    ['__Host-careleaf_csrf', '', true],
    ['__Host-careleaf_session', '', true],
  ]);
  expect(await sessionRows(client.user.email)).toEqual([{ revoked: true }]);
  const replay = await api.gql<{ me: null }>(ME, {
    headers: { ...tenantHeader(tenant.slug), cookie: [...oldCookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  expect(replay.body.data?.me).toBeNull();
  // The stale cookie is cleared again, so the browser forgets it.
  expect(replay.setCookies.map((c) => parseSetCookie(c).name)).toContain('__Host-careleaf_session');
});

test('signing in again in the same browser ends the earlier session', async () => {
  const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const again = await client.gql<{ signIn: { csrfToken: string } }>(SIGN_IN, {
    variables: { input: { email: client.user.email, password: TEST_PASSWORD } },
  });
  expect(again.body.errors).toBeUndefined();
  expect(await sessionRows(client.user.email)).toEqual([{ revoked: true }, { revoked: false }]);
});

test('a request without a session cookie does no session lookup at all; one with a session cookie does exactly one', async () => {
  const lookup = jest.spyOn(t.services.sessions, 'principal');
  try {
    await api.gql(`{ tenant { slug } }`, { headers: tenantHeader(tenant.slug) });
    await api.gql(`{ tenant { slug } }`, { headers: { ...tenantHeader(tenant.slug), cookie: 'locale=de; region=DE' } });
    expect(lookup).not.toHaveBeenCalled();
    const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'viewer' });
    lookup.mockClear();
    await client.gql(`{ tenant { slug } }`);
    expect(lookup).toHaveBeenCalledTimes(1);
  } finally {
    lookup.mockRestore();
  }
});
