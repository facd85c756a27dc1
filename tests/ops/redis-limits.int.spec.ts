import { randomBytes } from 'node:crypto';
import { openRedisRates, RateStore } from '../../apps/api/src/kernel/rate-store';
import { Throttle } from '../../apps/api/src/kernel/throttle';
import { SignInLimits } from '../../apps/api/src/modules/identity/sign-in-limits';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import type { GraphQLResponse, TestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { apiAt } from '../support/process-api';
import { tenantHeader } from '../support/session';
import { testMode } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

/*
 * REDIS_URL: sign-in limits and throttles count in Redis, shared by every API
 * process; PostgreSQL counts whenever Redis fails. Needs a Redis at
 * CARELEAF_TEST_REDIS_URL (default redis://127.0.0.1:6379); each run uses keys
 * under a prefix of its own and deletes them afterwards.
 */
const t = useTestDatabase();
const REDIS_URL = process.env.CARELEAF_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `careleaf-test-${randomBytes(4).toString('hex')}:`;
const serverOnly = testMode() === 'server' ? describe : describe.skip;

// The tests' own client, the API's kind (ioredis is a dependency of apps/api only).
let admin: ReturnType<typeof openRedisRates>['client'];
beforeAll(() => {
  admin = openRedisRates(REDIS_URL, PREFIX, null).client;
});
beforeAll(async () => {
  const end = Date.now() + 5000;
  while (admin.status !== 'ready' && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
});
afterAll(async () => {
  const keys = await admin.keys(`${PREFIX}*`);
  if (keys.length) await admin.del(...keys);
  await admin.quit();
});

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

test('a throttle counts in Redis under the prefix, and in PostgreSQL while Redis is unreachable', async () => {
  const rates = openRedisRates(REDIS_URL, PREFIX, null);
  await until(() => rates.client.status === 'ready');
  const throttle = new Throttle('redis-test', { points: 2, durationSec: 60 }, new RateStore(t.db, rates));
  expect([await throttle.take('k'), await throttle.take('k'), await throttle.take('k')].map((w) => w > 0)).toEqual([false, false, true]);
  expect(await admin.keys(`${PREFIX}redis-test:*`)).toHaveLength(1);
  await rates.client.quit();

  const away = openRedisRates('redis://127.0.0.1:1', PREFIX, null);
  const insured = new Throttle('redis-away', { points: 1, durationSec: 60 }, new RateStore(t.db, away));
  expect(await insured.take('k')).toBe(0);
  expect(await insured.take('k')).toBeGreaterThan(0);
  const rows = (await t.dataSource.query(`SELECT count(*)::int AS n FROM rate_limits WHERE key LIKE 'redis-away:%'`)) as { n: number }[];
  expect(rows[0]!.n).toBe(1);
  away.client.disconnect();
});

test("an unlock clears the account's counts in Redis", async () => {
  const rates = openRedisRates(REDIS_URL, PREFIX, null);
  await until(() => rates.client.status === 'ready');
  const limits = new SignInLimits(new RateStore(t.db, rates), undefined, () => Promise.resolve());
  for (let i = 0; i < 3; i++) await (await limits.begin('locked@example.org', '192.0.2.7')).failed();
  const cleared = await t.db.asPlatform((em) => limits.unlock(em, 'locked@example.org'));
  expect(cleared).toBe(2); // the pair's count and the account's failures
  expect(await admin.keys(`${PREFIX}pair:*`)).toHaveLength(0);
  await rates.client.quit();
});

serverOnly('two API processes with REDIS_URL', () => {
  let tenant: { slug: string };
  let processes: ApiProcess[] = [];
  let apis: TestApi[] = [];
  beforeAll(async () => {
    tenant = await createTenant(t.services);
    const env = { REDIS_URL, REDIS_KEY_PREFIX: PREFIX };
    processes = await Promise.all([startApiProcess(t.url, env), startApiProcess(t.url, env)]);
    apis = processes.map((p) => apiAt(p.url));
  }, 90_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
  });

  const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
  const reasonOf = (res: GraphQLResponse) => res.body.errors?.[0]?.extensions?.reason ?? 'OK';

  test('wrong passwords in turn on both lock at the same total count, counted in Redis', async () => {
    const user = await createUser(t.services, { tenantSlug: tenant.slug });
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await apis[i % 2]!.gql(SIGN_IN, {
        headers: tenantHeader(tenant.slug),
        variables: { input: { email: user.email, password: `wrong ${i}` } },
      });
      seen.push(reasonOf(res));
    }
    expect(seen).toEqual([...Array(5).fill('WRONG_CREDENTIALS'), 'SIGN_IN_LOCKED']);
    expect((await admin.keys(`${PREFIX}pair:*`)).length).toBeGreaterThan(0);
  });
});
