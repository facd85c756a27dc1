import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, parseSetCookie, signIn, signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);
// Plain-http development on localhost: cookies without Secure (and so without the __Host- prefix).
const devApi = useTestApi(t, { COOKIE_SECURE: 'false' });
let tenant: { slug: string; id: string };

const SESSIONS = `{ sessions { id current userAgent createdAt lastSeenAt expiresAt } }`;
const REVOKE = `mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current } } }`;

interface SessionRow {
  id: string;
  current: boolean;
  userAgent: string | null;
}

beforeAll(async () => {
  tenant = await createTenant(t.services);
});

async function signedIn(client: SignedInClient): Promise<boolean> {
  const res = await client.gql<{ me: { user: { id: string } } | null }>(`{ me { user { id } } }`);
  return res.body.data?.me?.user.id === client.user.id;
}

test('a user lists their own active sessions, with the current one marked', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const laptop = await signIn(api, { email: user.email, tenant: tenant.slug, userAgent: 'Laptop browser' });
  const phone = await signIn(api, { email: user.email, tenant: tenant.slug, userAgent: 'Phone browser' });
  const stranger = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const res = await laptop.gql<{ sessions: SessionRow[] }>(SESSIONS);
  expect(res.body.errors).toBeUndefined();
  const sessions = res.body.data!.sessions;
  expect(sessions.map((s) => [s.userAgent, s.current])).toEqual([
    ['Phone browser', false],
    ['Laptop browser', true],
  ]);
  const ids: { id: string }[] = await t.dataSource.query(`SELECT id FROM sessions WHERE user_id = $1`, [stranger.user.id]);
  expect(sessions.map((s) => s.id)).not.toContain(ids[0]!.id);
  expect(await signedIn(phone)).toBe(true);
});

test('revoking one of my sessions signs that browser out and leaves this one signed in', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const laptop = await signIn(api, { email: user.email, tenant: tenant.slug });
  const phone = await signIn(api, { email: user.email, tenant: tenant.slug });
  const list = await laptop.gql<{ sessions: SessionRow[] }>(SESSIONS);
  const phoneSession = list.body.data!.sessions.find((s) => !s.current)!;
  const res = await laptop.gql<{ revokeSession: { session: SessionRow } }>(REVOKE, {
    variables: { input: { sessionId: phoneSession.id } },
  });
  expect(res.body.data?.revokeSession.session).toEqual({ id: phoneSession.id, current: false });
  expect(await signedIn(phone)).toBe(false);
  expect(await signedIn(laptop)).toBe(true);
});

test('revoking the current session clears its cookies', async () => {
  const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'viewer' });
  const list = await client.gql<{ sessions: SessionRow[] }>(SESSIONS);
  const res = await client.gql<{ revokeSession: { session: SessionRow } }>(REVOKE, {
    variables: { input: { sessionId: list.body.data!.sessions[0]!.id } },
  });
  expect(res.body.data?.revokeSession.session.current).toBe(true);
  expect(res.setCookies.map((c) => parseSetCookie(c).name).sort()).toEqual(['__Host-careleaf_csrf', '__Host-careleaf_session']);
  expect(await signedIn(client)).toBe(false);
});

test("another user's session cannot be revoked: NOT_FOUND, and it stays signed in", async () => {
  const me = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const victim = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const [row]: { id: string }[] = await t.dataSource.query(`SELECT id FROM sessions WHERE user_id = $1`, [victim.user.id]);
  const res = await me.gql(REVOKE, { variables: { input: { sessionId: row!.id } } });
  expect(outcome(res)).toBe('NOT_FOUND');
  expect(await signedIn(victim)).toBe(true);
  const bad = await me.gql(REVOKE, { variables: { input: { sessionId: 'not-a-uuid' } } });
  expect(bad.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sessionId', reason: 'ID_INVALID' });
});

test('revokeOtherSessions signs out every other browser of the user, and only theirs', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const here = await signIn(api, { email: user.email, tenant: tenant.slug });
  const others = [
    await signIn(api, { email: user.email, tenant: tenant.slug }),
    await signIn(api, { email: user.email, tenant: tenant.slug }),
  ];
  const bystander = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const res = await here.gql<{ revokeOtherSessions: { revokedCount: number } }>(`mutation { revokeOtherSessions { revokedCount } }`);
  expect(res.body.data?.revokeOtherSessions.revokedCount).toBe(2);
  for (const other of others) expect(await signedIn(other)).toBe(false);
  expect(await signedIn(here)).toBe(true);
  expect(await signedIn(bystander)).toBe(true);
});

test('a session idle for longer than the idle timeout, or past its expiry, no longer signs in', async () => {
  const idle = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  const expired = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '9 hours' WHERE user_id = $1`, [idle.user.id]);
  await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [expired.user.id]);
  expect(await signedIn(idle)).toBe(false);
  expect(await signedIn(expired)).toBe(false);
});

test('using a session moves its last-seen time forward, at most once a minute', async () => {
  const client = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '10 minutes' WHERE user_id = $1`, [client.user.id]);
  await client.gql(`{ me { user { id } } }`);
  const [first]: { ago: number }[] = await t.dataSource.query(
    `SELECT extract(epoch FROM now() - last_seen_at)::int AS ago FROM sessions WHERE user_id = $1`,
    [client.user.id],
  );
  expect(first!.ago).toBeLessThan(5);
  await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '30 seconds' WHERE user_id = $1`, [client.user.id]);
  await client.gql(`{ me { user { id } } }`);
  const [second]: { ago: number }[] = await t.dataSource.query(
    `SELECT extract(epoch FROM now() - last_seen_at)::int AS ago FROM sessions WHERE user_id = $1`,
    [client.user.id],
  );
  expect(second!.ago).toBeGreaterThanOrEqual(29);
});

test('sessions, revokeSession and revokeOtherSessions need a signed-in user', async () => {
  const h = { headers: tenantHeader(tenant.slug) };
  expect(outcome(await api.gql(SESSIONS, h))).toBe('UNAUTHENTICATED');
  expect(outcome(await api.gql(`mutation { revokeOtherSessions { revokedCount } }`, h))).toBe('UNAUTHENTICATED');
  const res = await api.gql(REVOKE, { ...h, variables: { input: { sessionId: '00000000-0000-4000-8000-000000000000' } } });
  expect(outcome(res)).toBe('UNAUTHENTICATED');
});

test('with COOKIE_SECURE=false (plain-http localhost development) the cookies lose Secure and the __Host- prefix, and still work', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const res = await devApi.gql(`mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }`, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email: user.email, password: TEST_PASSWORD } },
  });
  const cookies = res.setCookies.map(parseSetCookie);
  expect(cookies.map((c) => c.name).sort()).toEqual(['careleaf_csrf', 'careleaf_session']);
  for (const c of cookies) {
    expect(c.attributes.secure).toBeUndefined();
    expect(c.attributes).toMatchObject({ httponly: '', path: '/' });
  }
  const client = await signIn(devApi, { email: user.email, tenant: tenant.slug });
  expect(await signedIn(client)).toBe(true);
  expect(outcome(await client.gql(`mutation { revokeOtherSessions { revokedCount } }`))).toBe('OK');
});
