import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const LIMIT = 2048;
const api = useTestApi(t, { GRAPHQL_MAX_QUERY_BYTES: String(LIMIT) });
let tenantSlug: string;

beforeAll(async () => {
  tenantSlug = (await createTenant(t.services)).slug;
});

const READ = `{ publishedDocument(slug: "nichts", locale: "de") { title } }`;
/** READ after a comment that brings the whole text to exactly `bytes` UTF-8 bytes, written with `char`. */
function padded(bytes: number, char = 'x'): string {
  const room = bytes - Buffer.byteLength(`# \n${READ}`);
  const width = Buffer.byteLength(char);
  return `# ${char.repeat(Math.floor(room / width))}${'x'.repeat(room % width)}\n${READ}`;
}

const tooLarge = (field: string, limit: number) => ({ code: 'QUERY_TOO_LARGE', reason: 'QUERY_TOO_LARGE', field, limit });

test('a query of exactly the limit is answered and one byte more is refused with 413 QUERY_TOO_LARGE', async () => {
  const atLimit = await api.gql(padded(LIMIT), { headers: { 'x-tenant': tenantSlug } });
  expect(atLimit.status).toBe(200);
  expect(atLimit.body).toEqual({ data: { publishedDocument: null } });

  const over = await api.gql(padded(LIMIT + 1), { headers: { 'x-tenant': tenantSlug } });
  expect(over.status).toBe(413);
  expect(over.body.errors?.[0]?.extensions).toEqual(tooLarge('query', LIMIT));
  expect(over.body.errors?.[0]?.message).toContain(`${LIMIT} bytes`);
});

test('the limit counts UTF-8 bytes, not characters', async () => {
  // 'ü' is two bytes: about 1100 of them exceed 2048 bytes while staying under 2048 characters.
  const query = padded(LIMIT + 200, 'ü');
  expect(query.length).toBeLessThan(LIMIT);
  const res = await api.gql(query, { headers: { 'x-tenant': tenantSlug } });
  expect(res.status).toBe(413);
  expect(res.body.errors?.[0]?.extensions).toEqual(tooLarge('query', LIMIT));
});

test('an oversized query over GET is refused the same way', async () => {
  const url = `${api.baseUrl}/graphql?query=${encodeURIComponent(padded(LIMIT + 1))}`;
  const res = await fetch(url, { headers: { 'x-tenant': tenantSlug, 'apollo-require-preflight': 'true' } });
  expect(res.status).toBe(413);
  const body = (await res.json()) as { errors: { extensions: unknown }[] };
  expect(body.errors[0]?.extensions).toEqual(tooLarge('query', LIMIT));
});

test('an operation name longer than 256 bytes is refused with QUERY_TOO_LARGE on operationName', async () => {
  const name = `Op${'n'.repeat(300)}`;
  const res = await api.post('/graphql', JSON.stringify({ query: `query ${name} ${READ}`, operationName: name }), {
    'x-tenant': tenantSlug,
  });
  expect(res.status).toBe(413);
  const body = (await res.json()) as { errors: { extensions: unknown }[] };
  expect(body.errors[0]?.extensions).toEqual(tooLarge('operationName', 256));
});

test('an oversized mutation does not run: no password-reset mail is sent', async () => {
  const user = await createUser(t.services, { tenantSlug });
  const before = t.mail.outbox.length;
  const mutation = `# ${'x'.repeat(LIMIT)}\nmutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`;
  const res = await api.gql(mutation, { headers: { 'x-tenant': tenantSlug }, variables: { input: { email: user.email } } });
  expect(res.status).toBe(413);
  expect(t.mail.outbox.length).toBe(before);
});
