import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { tenantHeader } from '../support/session';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let headers: Record<string, string>;

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  headers = tenantHeader(tenant.slug);
});

test('a subscription is refused with 400 OPERATION_NOT_SUPPORTED, not a server error', async () => {
  const res = await api.gql(`subscription { tenant { slug } }`, { headers });
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
});

test('500 variables that are each of the wrong type get 400 BAD_USER_INPUT, not a server error', async () => {
  const names = Array.from({ length: 500 }, (_, i) => `v${i}`);
  const query = `query(${names.map((n) => `$${n}: String!`).join(' ')}) {
    registryEntries(filter: { locale: "de", tags: [${names.map((n) => `$${n}`).join(' ')}] }) { pageInfo { hasNextPage } }
  }`;
  const res = await api.gql(query, { headers, variables: Object.fromEntries(names.map((n) => [n, 42])) });
  expect(res.status).toBe(400);
  const codes = new Set(res.body.errors?.map((e) => e.extensions?.code));
  expect([...codes]).toEqual(['BAD_USER_INPUT']);
  expect(res.body.errors?.length).toBeLessThanOrEqual(51);
});

test('a persisted query whose hash does not match its text gets 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
  const body = JSON.stringify({
    query: '{ tenant { slug } }',
    extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
  });
  const res = await api.post('/graphql', body, headers);
  expect(res.status).toBe(400);
  const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
  expect(json.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
});
