import { createHash } from 'node:crypto';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, publish } from '../factories/document.factory';

// Every spelling of "no variables" a client sends, and the README's own example (no `variables` member at all).
const t = useTestDatabase();
const api = useTestApi(t);
let a: { id: string; slug: string };
let b: { id: string; slug: string };

const LITERAL = `{ publishedDocument(slug: "schluessel", locale: "de") { title } }`;

async function postRaw(tenant: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await api.post('/graphql', JSON.stringify(body), { 'x-tenant': tenant, ...headers });
  return { status: res.status, cache: res.headers.get('x-cache'), body: await res.text() };
}

async function get(tenant: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  const search = new URLSearchParams(params).toString();
  const res = await fetch(`${api.baseUrl}/graphql?${search}`, {
    headers: { 'x-tenant': tenant, 'apollo-require-preflight': 'true', ...headers },
  });
  return { status: res.status, cache: res.headers.get('x-cache'), body: await res.text() };
}

const titleOf = (body: string) => (JSON.parse(body) as { data: { publishedDocument: { title: string } } }).data.publishedDocument.title;

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
  for (const [tenant, title] of [
    [a, 'Schlüssel A'],
    [b, 'Schlüssel B'],
  ] as const) {
    const { document } = await createDocument(t.services, tenant.id, { slug: 'schluessel', title });
    await publish(t.services, tenant.id, document.id);
  }
});

test('a POST without a variables member is cached, and null or empty variables hit the same entry', async () => {
  const first = await postRaw(a.slug, { query: LITERAL });
  expect(first.status).toBe(200);
  expect(first.cache).toBe('MISS');
  expect(titleOf(first.body)).toBe('Schlüssel A');
  for (const variables of [undefined, null, {}]) {
    const again = await postRaw(a.slug, { query: LITERAL, variables });
    expect(again.cache).toBe('HIT');
    expect(again.body).toBe(first.body);
  }
});

test('a GET without variables is cached and shares the entry with variables={}', async () => {
  const query = `{ publishedDocument(slug: "schluessel", locale: "de") { title revisionId } }`;
  const first = await get(a.slug, { query });
  expect(first.status).toBe(200);
  expect(first.cache).toBe('MISS');
  const again = await get(a.slug, { query });
  expect(again.cache).toBe('HIT');
  expect((await get(a.slug, { query, variables: '{}' })).cache).toBe('HIT');
  expect((await postRaw(a.slug, { query })).cache).toBe('HIT');
});

test('variables in another member order are the same request', async () => {
  const query = `query R($slug: String!, $locale: String!) { publishedDocument(slug: $slug, locale: $locale) { title } }`;
  expect((await postRaw(a.slug, { query, variables: { slug: 'schluessel', locale: 'de' } })).cache).toBe('MISS');
  const reordered = await postRaw(a.slug, { query, variables: { locale: 'de', slug: 'schluessel' } });
  expect(reordered.cache).toBe('HIT');
  expect(titleOf(reordered.body)).toBe('Schlüssel A');
});

test('spellings Apollo refuses are refused as before, never answered from the cache', async () => {
  await postRaw(a.slug, { query: LITERAL });
  for (const variables of ['', 'null', '{']) {
    const res = await get(a.slug, { query: LITERAL, variables });
    expect(res.status).toBe(400);
    expect(res.cache).toBeNull();
  }
  const encoded = await postRaw(a.slug, { query: LITERAL, variables: '{}' });
  expect(encoded.status).toBe(400);
  expect(encoded.cache).toBeNull();
});

test('a persisted query sent over GET with its hash alone (no variables) is cached', async () => {
  const query = `{ publishedDocument(slug: "schluessel", locale: "de") { title summary } }`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  await postRaw(a.slug, { query, extensions });
  const first = await get(a.slug, { extensions: JSON.stringify(extensions) });
  expect(first.status).toBe(200);
  expect(titleOf(first.body)).toBe('Schlüssel A');
  const again = await get(a.slug, { extensions: JSON.stringify(extensions) });
  expect(again.cache).toBe('HIT');
});

test('without variables the cache still never mixes tenants or serves a signed-in request', async () => {
  await postRaw(a.slug, { query: LITERAL });
  const fromB = await postRaw(b.slug, { query: LITERAL });
  expect(titleOf(fromB.body)).toBe('Schlüssel B');
  expect((await postRaw(b.slug, { query: LITERAL })).cache).toBe('HIT');
  const personal = await postRaw(a.slug, { query: LITERAL }, { cookie: 'careleaf_session=abc' });
  expect(personal.cache).toBeNull();
});
