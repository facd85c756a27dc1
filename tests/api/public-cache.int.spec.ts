import { createHash } from 'node:crypto';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, publish, systemActor } from '../factories/document.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let a: { id: string; slug: string };
let b: { id: string; slug: string };

const READ = `query Read($slug: String!, $locale: String!) { publishedDocument(slug: $slug, locale: $locale) { title revisionId } }`;

async function post(tenant: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await api.post('/graphql', JSON.stringify({ query, variables }), { 'x-tenant': tenant, ...headers });
  return { status: res.status, cache: res.headers.get('x-cache'), etag: res.headers.get('etag'), body: await res.text() };
}

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
  for (const [tenant, title] of [
    [a, 'Von A'],
    [b, 'Von B'],
  ] as const) {
    const { document } = await createDocument(t.services, tenant.id, { slug: 'gleich', title });
    await publish(t.services, tenant.id, document.id);
  }
});

test('a repeated anonymous read is served from the cache, byte for byte, with an ETag that answers 304', async () => {
  const first = await post(a.slug, READ, { slug: 'gleich', locale: 'de' });
  const second = await post(a.slug, READ, { slug: 'gleich', locale: 'de' });
  expect(first.cache).toBe('MISS');
  expect(second.cache).toBe('HIT');
  expect(second.body).toBe(first.body);
  expect(JSON.parse(second.body).data.publishedDocument.title).toBe('Von A');
  const revalidated = await post(a.slug, READ, { slug: 'gleich', locale: 'de' }, { 'if-none-match': second.etag! });
  expect(revalidated.status).toBe(304);
});

test("the cache never serves one tenant's document to another", async () => {
  await post(a.slug, READ, { slug: 'gleich', locale: 'de' });
  const fromB = await post(b.slug, READ, { slug: 'gleich', locale: 'de' });
  expect(JSON.parse(fromB.body).data.publishedDocument.title).toBe('Von B');
});

test('after a publish the next read shows the new version at once', async () => {
  const { document } = await createDocument(t.services, a.id, { slug: 'wechselnd', title: 'Alt' });
  await publish(t.services, a.id, document.id);
  expect(JSON.parse((await post(a.slug, READ, { slug: 'wechselnd', locale: 'de' })).body).data.publishedDocument.title).toBe('Alt');
  expect((await post(a.slug, READ, { slug: 'wechselnd', locale: 'de' })).cache).toBe('HIT');

  await t.db.withTenant(a.id, (tx) =>
    t.services.documents.save(tx, systemActor, { documentId: document.id, locale: 'de', baseVersion: 1, content: content('Neu') }),
  );
  await publish(t.services, a.id, document.id);
  const after = await post(a.slug, READ, { slug: 'wechselnd', locale: 'de' });
  expect(after.cache).toBe('MISS');
  expect(JSON.parse(after.body).data.publishedDocument.title).toBe('Neu');
});

test('signed-in requests, mutations and member-only fields are never cached', async () => {
  const personal = await post(a.slug, READ, { slug: 'gleich', locale: 'de' }, { cookie: 'careleaf_session=abc' });
  expect(personal.cache).toBeNull();
  const mutation = await post(
    a.slug,
    `mutation { submitForReview(input: { documentId: "x", locale: "de" }) { documentLocale { status } } }`,
    {},
  );
  expect(mutation.cache).toBeNull();
  const member = await post(a.slug, `{ revisions(documentId: "x", locale: "de") { id } }`, {});
  expect(member.cache).toBeNull();
});

test('a persisted query is served over GET by its hash, with ETag and 304', async () => {
  const query = `query Titles($locale: String!) { documents(filter: { locale: $locale }) { edges { node { title } } } }`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
  // first use: the client sends the query with its hash
  await api.post('/graphql', JSON.stringify({ query, variables: { locale: 'de' }, extensions: JSON.parse(extensions) }), {
    'x-tenant': a.slug,
  });
  const url = `${api.baseUrl}/graphql?extensions=${encodeURIComponent(extensions)}&variables=${encodeURIComponent(JSON.stringify({ locale: 'de' }))}`;
  const res = await fetch(url, { headers: { 'x-tenant': a.slug, 'apollo-require-preflight': 'true' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  const body = (await res.json()) as { data: { documents: { edges: { node: { title: string } }[] } } };
  expect(body.data.documents.edges.map((e) => e.node.title)).toContain('Von A');
  const again = await fetch(url, { headers: { 'x-tenant': a.slug, 'if-none-match': res.headers.get('etag')! } });
  expect(again.status).toBe(304);
});
