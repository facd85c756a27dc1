import { startApiProcess, type ApiProcess } from '../support/api-process';
import type { GraphQLResponse, TestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { apiAt } from '../support/process-api';
import { testMode } from '../support/test-env';
import { tenantHeader } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

/*
 * Limits hold however many API processes run: two real API processes on one
 * PostgreSQL count every attempt together, so an attacker who spreads tries
 * over the processes behind a balancer gets no more than through one.
 */
const t = useTestDatabase();
// Several processes need PostgreSQL itself: the embedded database is one session for one process.
const serverOnly = testMode() === 'server' ? describe : describe.skip;

serverOnly('two API processes on one database', () => {
  let tenant: { slug: string };
  let processes: ApiProcess[] = [];
  let apis: TestApi[] = [];

  beforeAll(async () => {
    tenant = await createTenant(t.services);
    processes = await Promise.all([startApiProcess(t.url), startApiProcess(t.url)]);
    apis = processes.map((p) => apiAt(p.url));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
  });

  const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
  const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`;
  const reasonOf = (res: GraphQLResponse) => res.body.errors?.[0]?.extensions?.reason ?? res.body.errors?.[0]?.extensions?.code ?? 'OK';

  const signIn = (api: TestApi, email: string, password: string) =>
    api.gql(SIGN_IN, { headers: tenantHeader(tenant.slug), variables: { input: { email, password } } });

  test('wrong passwords sent in turn to two API processes lock the account at the same total count as on one process', async () => {
    const user = await createUser(t.services, { tenantSlug: tenant.slug });
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) seen.push(reasonOf(await signIn(apis[i % 2]!, user.email, `wrong ${i}`)));
    // Five are checked (the policy's perAccountClient points), the sixth is refused: as with one process.
    expect(seen).toEqual([...Array(5).fill('WRONG_CREDENTIALS'), 'SIGN_IN_LOCKED']);
    // Locked on both, even for the right password.
    for (const api of apis) expect(reasonOf(await signIn(api, user.email, TEST_PASSWORD))).toBe('SIGN_IN_LOCKED');
  });

  test('wrong passwords sent at once to both processes are counted one by one: exactly five are checked', async () => {
    const user = await createUser(t.services, { tenantSlug: tenant.slug });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(apis[i % 2]!, user.email, `parallel ${i}`)));
    const reasons = answers.map(reasonOf);
    expect(reasons.filter((r) => r === 'WRONG_CREDENTIALS')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'SIGN_IN_LOCKED')).toHaveLength(7);
  });

  test('password-reset requests for one address are limited across processes: the fourth is refused wherever it lands', async () => {
    const email = `shared-reset-${Date.now()}@example.org`;
    const request = (api: TestApi) =>
      api.gql(REQUEST_RESET, { headers: tenantHeader(tenant.slug), variables: { input: { email, locale: 'en' } } });
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) seen.push(reasonOf(await request(apis[i % 2]!)));
    expect(seen).toEqual(['OK', 'OK', 'OK', 'RESET_REQUESTS_LIMITED']);
    expect(reasonOf(await request(apis[0]!))).toBe('RESET_REQUESTS_LIMITED');
  });

  test('the counters are rows of bounded keys: digests, never the address in the clear', async () => {
    const rows = (await t.dataSource.query(`SELECT key FROM rate_limits`)) as { key: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key.length).toBeLessThanOrEqual(64);
      expect(key).not.toContain('@');
    }
  });
});
