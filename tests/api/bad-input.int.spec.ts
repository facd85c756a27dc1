import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const api = useTestApi(t);
const host = { 'x-tenant': 'gesundheit' };

beforeAll(async () => {
  await seedDemo(t.services);
});

async function stillServing(): Promise<void> {
  const res = await api.gql<{ tenant: { slug: string } }>(`{ tenant { slug } }`, { headers: host });
  expect(res.body.data?.tenant.slug).toBe('gesundheit');
}

test('a malformed JSON body gets 400 with a clear message, and the server keeps serving', async () => {
  const res = await api.post('/graphql', '{"query": "{ tenant { slug } }"', host);
  expect(res.status).toBe(400);
  const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]).toEqual({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
  await stillServing();
});

test('a body over the 1 MB limit gets 413 naming the limit, and the server keeps serving', async () => {
  const huge = JSON.stringify({ query: '{ tenant { slug } }', variables: { pad: 'x'.repeat(1024 * 1024 + 10) } });
  const res = await api.post('/graphql', huge, host);
  expect(res.status).toBe(413);
  const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]!.message).toBe('The request body is larger than the limit of 1mb.');
  expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  await stillServing();
});

test('invalid GraphQL gets 400 with the parser message, and the server keeps serving', async () => {
  const res = await api.gql(`{ tenant { slug }`, { headers: host });
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  expect(res.body.errors?.[0]?.message).toMatch(/Syntax Error/);
  await stillServing();
});

test('a query for a field that does not exist gets 400 naming the field', async () => {
  const res = await api.gql(`{ tenant { slug password } }`, { headers: host });
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(res.body.errors?.[0]?.message).toMatch(/password/);
});

test('a query with more aliases than the limit is refused', async () => {
  const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: tenant { slug }`).join(' ');
  const res = await api.gql(`{ ${aliases} }`, { headers: host });
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.message).toMatch(/aliases/i);
});

test('a document with more tokens than the parser allows is refused with 400', async () => {
  const res = await api.gql(`{ tenant { ${'slug '.repeat(6000)} } }`, { headers: host });
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.message).toMatch(/more that 5000 tokens/);
});
