import { auditTrail } from '../../apps/api/src/modules/audit/audit.queries';
import { systemActor } from '../../apps/api/src/modules/audit/audit.service';
import { DEFAULT_SIGN_IN_LIMITS, SignInLimits } from '../../apps/api/src/modules/identity/sign-in-limits';
import { CLIENT_ADDRESS_HEADER, signClientAddress } from '../../apps/api/src/server/http/client-address';
import { loadConfig } from '../../apps/api/src/kernel/config';
import { createApiServer, type ApiServer } from '../../apps/api/src/server/http/app';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { createServices } from '../../apps/api/src/server/services';
import { MemoryMailSender } from '../../apps/api/src/kernel/mail/mail';
import { TEST_CSRF_SECRET, useTestApi, type GraphQLResponse } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signInAs, tenantHeader } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

const SECRET = 'test-only client address secret, 32+ characters';
const t = useTestDatabase();
// Loopback is not a trusted proxy here (the default): this test client is the "untrusted caller".
const api = useTestApi(t, { CARELEAF_CLIENT_IP_SECRET: SECRET });
const behindProxy = useTestApi(t, { TRUSTED_PROXIES: '127.0.0.1,::1' });
let tenant: { slug: string; id: string };

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }`;

beforeAll(async () => {
  tenant = await createTenant(t.services);
});

function signIn(email: string, password: string, headers: Record<string, string> = {}, via = api): Promise<GraphQLResponse> {
  return via.gql(SIGN_IN, { headers: { ...tenantHeader(tenant.slug), ...headers }, variables: { input: { email, password } } });
}

const reasonOf = (res: GraphQLResponse) => res.body.errors?.[0]?.extensions?.reason ?? 'OK';
const from = (ip: string) => ({ [CLIENT_ADDRESS_HEADER]: signClientAddress(SECRET, ip) });

test('twenty-five wrong passwords sent at once for one account are counted one by one: five are checked, the rest refused', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug });
  const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => signIn(user.email, `wrong guess ${i}`)));
  const counts = answers.reduce<Record<string, number>>((acc, r) => ({ ...acc, [reasonOf(r)]: (acc[reasonOf(r)] ?? 0) + 1 }), {});
  expect(counts).toEqual({ WRONG_CREDENTIALS: 5, SIGN_IN_LOCKED: 20 });
  const refused = answers.find((r) => reasonOf(r) === 'SIGN_IN_LOCKED')!;
  expect(refused.body.errors?.[0]?.extensions).toMatchObject({
    code: 'TOO_MANY_REQUESTS',
    reason: 'SIGN_IN_LOCKED',
    retryAfterSeconds: expect.any(Number) as number,
  });
  // Locked means locked: the right password from the same address is refused too, unchecked.
  expect(reasonOf(await signIn(user.email, TEST_PASSWORD))).toBe('SIGN_IN_LOCKED');
});

test('a forged X-Forwarded-For from a caller that is not a trusted proxy changes nothing: rotating it does not escape the lock', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug });
  for (let i = 0; i < 5; i++) {
    expect(reasonOf(await signIn(user.email, `guess ${i}`, { 'x-forwarded-for': `203.0.113.${i + 1}` }))).toBe('WRONG_CREDENTIALS');
  }
  const sixth = await signIn(user.email, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.77' });
  expect(reasonOf(sixth)).toBe('SIGN_IN_LOCKED');
});

test('a client header that is unsigned, wrongly signed or stale is ignored, like any other forged header', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug });
  const forged = [
    '203.0.113.9',
    `203.0.113.9;${Math.floor(Date.now() / 1000)};${'0'.repeat(64)}`,
    signClientAddress('another secret that is long enough to pass', '203.0.113.9'),
    signClientAddress(SECRET, '203.0.113.9', Date.now() - 10 * 60_000),
    signClientAddress(SECRET, '203.0.113.9').replace('203.0.113.9', '203.0.113.10'),
  ];
  for (const [i, header] of forged.entries()) {
    expect(reasonOf(await signIn(user.email, `guess ${i}`, { [CLIENT_ADDRESS_HEADER]: header }))).toBe('WRONG_CREDENTIALS');
  }
  expect(reasonOf(await signIn(user.email, 'one more guess', { [CLIENT_ADDRESS_HEADER]: forged[0]! }))).toBe('SIGN_IN_LOCKED');
});

test('a stranger who locks an account from their address does not stop its owner signing in from another', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug });
  for (let i = 0; i < 12; i++) await signIn(user.email, `stranger's guess ${i}`, from('203.0.113.66'));
  expect(reasonOf(await signIn(user.email, TEST_PASSWORD, from('203.0.113.66')))).toBe('SIGN_IN_LOCKED');
  const owner = await signIn(user.email, TEST_PASSWORD, from('198.51.100.5'));
  expect(owner.body.errors).toBeUndefined();
  expect(owner.body.data).toEqual({ signIn: { user: { email: user.email } } });
});

test('an address listed in TRUSTED_PROXIES is believed: its X-Forwarded-For names the client', async () => {
  const user = await createUser(t.services, { tenantSlug: tenant.slug });
  for (let i = 0; i < 6; i++) await signIn(user.email, `guess ${i}`, { 'x-forwarded-for': '203.0.113.20' }, behindProxy);
  expect(reasonOf(await signIn(user.email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.20' }, behindProxy))).toBe('SIGN_IN_LOCKED');
  expect(reasonOf(await signIn(user.email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.21' }, behindProxy))).toBe('OK');
});

describe('a second API process on the same database', () => {
  let second: ApiServer;
  let secondUrl: string;
  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CSRF_SECRET: TEST_CSRF_SECRET });
    second = await createApiServer(config, createServices(t.db, { mail: new MemoryMailSender() }), createLogger('silent'));
    secondUrl = `http://127.0.0.1:${await second.listen(0)}/graphql`;
  });
  afterAll(() => second?.close());

  test('shares the count: three failures on each of two processes lock the account for this address on both', async () => {
    const user = await createUser(t.services, { tenantSlug: tenant.slug });
    const onSecond = async (password: string) => {
      const res = await fetch(secondUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...tenantHeader(tenant.slug) },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: user.email, password } } }),
      });
      const body = (await res.json()) as GraphQLResponse['body'];
      return body.errors?.[0]?.extensions?.reason ?? 'OK';
    };
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      seen.push(reasonOf(await signIn(user.email, `first process ${i}`)));
      seen.push(await onSecond(`second process ${i}`));
    }
    expect(seen).toEqual([...Array(5).fill('WRONG_CREDENTIALS'), 'SIGN_IN_LOCKED']);
    expect(reasonOf(await signIn(user.email, TEST_PASSWORD))).toBe('SIGN_IN_LOCKED');
  });
});

test("an operator's unlock lifts the lock at once and is written to the audit log of each of the user's tenants", async () => {
  const second = await createTenant(t.services);
  const user = await createUser(t.services, { tenantSlug: tenant.slug });
  await t.services.identity.setMembership(second.slug, user.email, 'viewer', [], systemActor('test'));
  for (let i = 0; i < 6; i++) await signIn(user.email, `guess ${i}`);
  expect(reasonOf(await signIn(user.email, TEST_PASSWORD))).toBe('SIGN_IN_LOCKED');

  await expect(t.services.sessions.unlock(user.email.toUpperCase(), systemActor('cli:alex'))).resolves.toEqual({ cleared: 3, tenants: 2 });

  expect(reasonOf(await signIn(user.email, TEST_PASSWORD))).toBe('OK');
  for (const id of [tenant.id, second.id]) {
    const trail = await t.db.withTenant(id, ({ em }) => auditTrail(em, 'user', user.id));
    const unlocks = trail.filter((e) => e.action === 'user.unlock');
    expect(unlocks.map((e) => [e.actorLabel, e.diff])).toEqual([['cli:alex', { cleared: expect.any(Number) as number }]]);
  }
});

test('a tenant admin lifts the limits on a member with unlockMember, audited with their name; editors may not, and non-members are NOT_FOUND', async () => {
  const UNLOCK = `mutation($input: UnlockMemberInput!) { unlockMember(input: $input) { clearedCounts member { user { email } } } }`;
  const user = await createUser(t.services, { tenantSlug: tenant.slug });
  for (let i = 0; i < 6; i++) await signIn(user.email, `guess ${i}`);
  const admin = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });

  expect(outcome(await editor.gql(UNLOCK, { variables: { input: { userId: user.id } } }))).toBe('FORBIDDEN');
  expect(reasonOf(await signIn(user.email, TEST_PASSWORD))).toBe('SIGN_IN_LOCKED');
  const outsider = await createUser(t.services);
  expect(outcome(await admin.gql(UNLOCK, { variables: { input: { userId: outsider.id } } }))).toBe('NOT_FOUND');

  const res = await admin.gql<{ unlockMember: { clearedCounts: number; member: { user: { email: string } } } }>(UNLOCK, {
    variables: { input: { userId: user.id } },
  });
  expect(res.body.data?.unlockMember.member.user.email).toBe(user.email);
  // The pair's count, its lockout history and the account-wide count.
  expect(res.body.data?.unlockMember.clearedCounts).toBe(3);
  expect(reasonOf(await signIn(user.email, TEST_PASSWORD))).toBe('OK');
  const trail = await t.db.withTenant(tenant.id, ({ em }) => auditTrail(em, 'user', user.id));
  expect(trail.filter((e) => e.action === 'user.unlock').map((e) => [e.actorUserId, e.actorLabel])).toEqual([
    [admin.user.id, admin.user.email],
  ]);
});

test('unlocking an address nobody signs in with is NOT_FOUND', async () => {
  await expect(t.services.sessions.unlock('nobody-here@example.org', systemActor('test'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
});

describe('the limits themselves, with small numbers', () => {
  const policy = {
    ...DEFAULT_SIGN_IN_LIMITS,
    firstLockSec: 1,
    maxLockSec: 8,
    perClient: { points: 3, durationSec: 60 },
    accountSlowAfter: { points: 2, durationSec: 60 },
    slowStepMs: 100,
    maxSlowMs: 300,
  };

  test('an account tried from many addresses is slowed down step by step, and its owner is slowed but never refused', async () => {
    const waits: number[] = [];
    const limits = new SignInLimits(t.db, policy, (ms) => Promise.resolve(void waits.push(ms)));
    for (let i = 0; i < 6; i++) await (await limits.begin('much-tried@example.org', `192.0.2.${i + 1}`)).failed();
    expect(waits).toEqual([100, 200, 300, 300]);
    const owner = await limits.begin('much-tried@example.org', '198.51.100.200');
    await owner.succeeded();
    expect(waits).toEqual([100, 200, 300, 300, 300]);
  });

  test('an address that tries many accounts waits; other addresses do not', async () => {
    const limits = new SignInLimits(t.db, policy, () => Promise.resolve());
    for (let i = 0; i < 3; i++) await (await limits.begin(`spray-${i}@example.org`, '192.0.2.99')).failed();
    await expect(limits.begin('spray-9@example.org', '192.0.2.99')).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      details: { reason: 'SIGN_IN_CLIENT_LIMITED' },
    });
    await expect(limits.begin('spray-9@example.org', '192.0.2.100')).resolves.toBeDefined();
  });

  test('each lockout of the same account and address within a day lasts twice as long as the one before', async () => {
    const limits = new SignInLimits(t.db, { ...policy, perClient: { points: 100, durationSec: 60 } }, () => Promise.resolve());
    const lockout = async () => {
      for (let i = 0; i < 5; i++) await (await limits.begin('grows@example.org', '192.0.2.150')).failed();
      return limits.begin('grows@example.org', '192.0.2.150').then(
        () => null,
        (e: { details?: { retryAfterSeconds?: number } }) => e.details?.retryAfterSeconds,
      );
    };
    expect(await lockout()).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await lockout()).toBe(2);
  });
});
