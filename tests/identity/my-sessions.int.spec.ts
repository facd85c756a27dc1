import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signIn, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
// Behind a proxy on loopback, so each sign-in can come from its own address.
const api = useTestApi(t, { TRUSTED_PROXIES: '127.0.0.1,::1' });
let tenant: { slug: string; id: string };

const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const MY_SESSIONS = `{ mySessions { id current createdAt lastSeenAt signInPrefix device { browser os kind description } } }`;
const SIGN_OUT_SESSION = `mutation($id: ID!) { signOutSession(id: $id) { session { id current } } }`;
const SIGN_OUT_EVERYWHERE = `mutation($keep: Boolean!) { signOutEverywhere(keepCurrent: $keep) { signedOutCount signedOutHere } }`;

interface Listed {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  signInPrefix: string | null;
  device: { browser: string | null; os: string | null; kind: string; description: string };
}

beforeAll(async () => {
  tenant = await createTenant(t.services);
});

async function newEditor() {
  return createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
}

function from(email: string, address: string, userAgent: string): Promise<SignedInClient> {
  return signIn(api, { email, tenant: tenant.slug, userAgent, signInHeaders: { 'x-forwarded-for': address } });
}

async function signedIn(client: SignedInClient): Promise<boolean> {
  const res = await client.gql<{ me: { user: { id: string } } | null }>(`{ me { user { id } } }`);
  return res.body.data?.me?.user.id === client.user.id;
}

async function listOf(client: SignedInClient): Promise<Listed[]> {
  const res = await client.gql<{ mySessions: Listed[] }>(MY_SESSIONS);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.mySessions;
}

test('two sign-ins from different devices and addresses are both listed with device names and network prefixes, never the address', async () => {
  const user = await newEditor();
  const laptop = await from(user.email, '203.0.113.77', CHROME_WINDOWS);
  const phone = await from(user.email, '2001:db8:abcd:12:1:2:3:4', SAFARI_IPHONE);

  const res = await laptop.gql<{ mySessions: Listed[] }>(MY_SESSIONS);
  const sessions = res.body.data!.mySessions;
  expect(sessions.map((s) => [s.device.description, s.device.kind, s.signInPrefix, s.current])).toEqual([
    ['Safari 17 on iOS 17', 'MOBILE', '2001:db8:abcd::/48', false],
    ['Chrome 131 on Windows 10', 'DESKTOP', '203.0.113.0/24', true],
  ]);
  const answer = JSON.stringify(res.body);
  expect(answer).not.toContain('203.0.113.77');
  expect(answer).not.toContain('2001:db8:abcd:12');
  // Nor is the address stored anywhere in the session rows.
  const rows: { row: string }[] = await t.dataSource.query(`SELECT row_to_json(s)::text AS row FROM sessions s WHERE user_id = $1`, [
    user.id,
  ]);
  expect(rows).toHaveLength(2);
  for (const { row } of rows) {
    expect(row).not.toContain('203.0.113.77');
    expect(row).not.toContain('2001:db8:abcd:12');
  }
  expect((await listOf(phone)).find((s) => s.current)?.device.browser).toBe('Safari 17');
});

test('the database refuses a sign-in place narrower than the prefix', async () => {
  const user = await newEditor();
  await from(user.email, '198.51.100.9', CHROME_WINDOWS);
  await expect(t.dataSource.query(`UPDATE sessions SET sign_in_prefix = '198.51.100.9/32' WHERE user_id = $1`, [user.id])).rejects.toThrow(
    /sessions_sign_in_prefix_check/,
  );
});

test('signing out one session ends exactly that session: its cookie no longer works, the others still do', async () => {
  const user = await newEditor();
  const laptop = await from(user.email, '203.0.113.1', CHROME_WINDOWS);
  const phone = await from(user.email, '203.0.113.2', SAFARI_IPHONE);
  const tablet = await from(user.email, '203.0.113.3', SAFARI_IPHONE);
  const phoneId = (await listOf(phone)).find((s) => s.current)!.id;

  const res = await laptop.gql<{ signOutSession: { session: { id: string; current: boolean } } }>(SIGN_OUT_SESSION, {
    variables: { id: phoneId },
  });
  expect(res.body.data?.signOutSession.session).toEqual({ id: phoneId, current: false });
  expect(await signedIn(phone)).toBe(false);
  expect(await signedIn(laptop)).toBe(true);
  expect(await signedIn(tablet)).toBe(true);
  expect((await listOf(laptop)).map((s) => s.id)).not.toContain(phoneId);
  const [entry]: { action: string; subject_id: string }[] = await t.dataSource.query(
    `SELECT action, subject_id FROM audit_log WHERE tenant_id = $1 AND action = 'session.signOut' AND actor_user_id = $2`,
    [tenant.id, user.id],
  );
  expect(entry?.subject_id).toBe(phoneId);
});

test("another user's session id is NOT_FOUND, as if it did not exist, and that session goes on", async () => {
  const me = await from((await newEditor()).email, '203.0.113.4', CHROME_WINDOWS);
  const someone = await from((await newEditor()).email, '203.0.113.5', CHROME_WINDOWS);
  const theirId = (await listOf(someone))[0]!.id;

  const res = await me.gql(SIGN_OUT_SESSION, { variables: { id: theirId } });
  expect(outcome(res)).toBe('NOT_FOUND');
  expect(res.body.errors?.[0]?.extensions?.reason).toBe('SESSION_NOT_FOUND');
  // The same answer as for an id nobody has.
  const unknown = await me.gql(SIGN_OUT_SESSION, { variables: { id: '6f1c4a52-1c1e-4f4e-9d7e-000000000000' } });
  expect(unknown.body.errors?.[0]?.message).toBe(res.body.errors?.[0]?.message);
  expect(await signedIn(someone)).toBe(true);
});

test('signing out everywhere else keeps the current session and ends all the others, noted in the audit log', async () => {
  const user = await newEditor();
  const here = await from(user.email, '203.0.113.6', CHROME_WINDOWS);
  const others = [await from(user.email, '203.0.113.7', SAFARI_IPHONE), await from(user.email, '203.0.113.8', SAFARI_IPHONE)];
  const stranger = await from((await newEditor()).email, '203.0.113.9', CHROME_WINDOWS);

  const res = await here.gql<{ signOutEverywhere: { signedOutCount: number; signedOutHere: boolean } }>(SIGN_OUT_EVERYWHERE, {
    variables: { keep: true },
  });
  expect(res.body.data?.signOutEverywhere).toEqual({ signedOutCount: 2, signedOutHere: false });
  expect(await signedIn(here)).toBe(true);
  for (const other of others) expect(await signedIn(other)).toBe(false);
  expect(await signedIn(stranger)).toBe(true);
  expect((await listOf(here)).map((s) => s.current)).toEqual([true]);
  const entries: { diff: Record<string, unknown> }[] = await t.dataSource.query(
    `SELECT diff FROM audit_log WHERE tenant_id = $1 AND action = 'session.signOutEverywhere' AND subject_id = $2`,
    [tenant.id, user.id],
  );
  expect(entries.map((e) => e.diff)).toEqual([{ signedOut: 2, keptCurrent: true }]);
});

test('signing out everywhere without keeping the current session ends this one too', async () => {
  const user = await newEditor();
  const here = await from(user.email, '203.0.113.10', CHROME_WINDOWS);
  const other = await from(user.email, '203.0.113.11', SAFARI_IPHONE);
  const res = await here.gql<{ signOutEverywhere: { signedOutCount: number; signedOutHere: boolean } }>(SIGN_OUT_EVERYWHERE, {
    variables: { keep: false },
  });
  expect(res.body.data?.signOutEverywhere).toEqual({ signedOutCount: 2, signedOutHere: true });
  expect(await signedIn(here)).toBe(false);
  expect(await signedIn(other)).toBe(false);
});

test('last seen is written at most once a minute per session, however many requests it makes', async () => {
  const client = await from((await newEditor()).email, '203.0.113.12', CHROME_WINDOWS);
  const version = async () =>
    (
      (await t.dataSource.query(
        `SELECT xmin::text AS v, extract(epoch FROM now() - last_seen_at)::int AS ago FROM sessions WHERE user_id = $1`,
        [client.user.id],
      )) as { v: string; ago: number }[]
    )[0]!;
  await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '30 seconds' WHERE user_id = $1`, [client.user.id]);
  const before = await version();
  for (let i = 0; i < 5; i++) await listOf(client);
  // No write at all: the row's version is the same.
  expect(await version()).toEqual({ v: before.v, ago: expect.any(Number) as number });
  expect((await version()).ago).toBeGreaterThanOrEqual(29);

  await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '2 minutes' WHERE user_id = $1`, [client.user.id]);
  const listed = await listOf(client);
  expect((await version()).ago).toBeLessThan(5);
  expect(Date.now() - Date.parse(listed[0]!.lastSeenAt)).toBeLessThan(60_000);
});

test('the list is bounded: at most 50 sessions, newest first', async () => {
  const user = await newEditor();
  await t.dataSource.query(
    `INSERT INTO sessions (user_id, token_hash, expires_at, created_at)
     SELECT $1::uuid, sha256(convert_to($1::text || i, 'UTF8')), now() + interval '1 day', now() - make_interval(mins => i)
     FROM generate_series(1, 60) i`,
    [user.id],
  );
  const client = await from(user.email, '203.0.113.13', CHROME_WINDOWS);
  const sessions = await listOf(client);
  expect(sessions).toHaveLength(50);
  expect(sessions[0]!.current).toBe(true);
  const created = sessions.map((s) => Date.parse(s.createdAt));
  expect(created).toEqual([...created].sort((a, b) => b - a));
  // The oldest ten of the sixty are the ones left out.
  expect(Date.now() - created.at(-1)!).toBeLessThan(50 * 60_000);
});
