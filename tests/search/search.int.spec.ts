import { snippetParts, textSearchConfig } from '../../apps/api/src/modules/search/search.service';
import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, createPublishedDocument, heading, paragraph, publish, systemActor } from '../factories/document.factory';
import { publishLocale, translate } from '../factories/translation.factory';

const t = useTestDatabase();
const gql = useGraphQL(t);
let own: { id: string };
let other: { id: string };

const SEARCH = `query($q: String!, $locale: String!, $region: String, $first: Int, $after: String) {
  search(query: $q, locale: $locale, region: $region, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { documentId locale dir fallback slug title rank snippet { text hit } } }
  }
}`;

interface Hit {
  documentId: string;
  locale: string;
  dir: string;
  fallback: boolean;
  slug: string;
  title: string;
  rank: number;
  snippet: { text: string; hit: boolean }[];
}
type Result = { search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Hit }[] } };

const search = async (tenantId: string, q: string, locale: string, extra: Record<string, unknown> = {}) => {
  const res = await gql<Result>(tenantId, {}, SEARCH, { q, locale, ...extra });
  expect(res.errors).toBeUndefined();
  return res.data!.search;
};
const titles = (r: Result['search']) => r.edges.map((e) => e.node.title);

beforeAll(async () => {
  own = await createTenant(t.services, {
    locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'ar', fallbacks: ['en', 'de'] }],
    regions: [{ code: 'DE' }, { code: 'AT' }],
    defaultRegion: 'DE',
  });
  other = await createTenant(t.services);

  const chemo = await createDocument(t.services, own.id, {
    slug: 'chemotherapie',
    title: 'Chemotherapie bei Brustkrebs',
    blocks: [heading('h-1', 'Wie wirkt sie?'), paragraph('p-1', 'Die Chemotherapie zerstört schnell wachsende Zellen im ganzen Körper.')],
  });
  await publish(t.services, own.id, chemo.document.id);
  await translate(
    t.services,
    own.id,
    chemo.document.id,
    'en',
    { 'h-1': 'How does it work?', 'p-1': 'Chemotherapy destroys fast-growing cells throughout the body.' },
    { title: 'Chemotherapy for breast cancer', slug: 'chemotherapy' },
  );
  await publishLocale(t.services, own.id, chemo.document.id, 'en');

  await createPublishedDocument(t.services, own.id, {
    slug: 'bestrahlung',
    title: 'Bestrahlung',
    blocks: [paragraph('p-1', 'Die Strahlentherapie wirkt nur an einer Stelle, anders als Chemotherapien.')],
  });
  await createPublishedDocument(t.services, own.id, {
    slug: 'regional',
    title: 'Kosten',
    blocks: [
      paragraph('p-all', 'Wer zahlt die Behandlung?'),
      {
        id: 'r-at',
        type: 'region',
        mode: 'include',
        regions: ['AT'],
        blocks: [paragraph('p-at', 'In Österreich zahlt die Sozialversicherung.')],
      },
    ],
  });
  // not published: a draft, and a document that was published and taken down again
  await createDocument(t.services, own.id, { slug: 'entwurf', title: 'Entwurf', blocks: [paragraph('p-1', 'Chemotherapie im Entwurf.')] });
  const gone = await createPublishedDocument(t.services, own.id, {
    slug: 'zurueckgezogen',
    title: 'Zurückgezogen',
    blocks: [paragraph('p-1', 'Chemotherapie, zurückgezogen.')],
  });
  await t.db.withTenant(own.id, (tx) =>
    t.services.workflow.transition(tx, systemActor, 'unpublish', { documentId: gone.document.id, locale: 'de' }),
  );
  await createPublishedDocument(t.services, other.id, {
    slug: 'fremd',
    title: 'Fremde Chemotherapie',
    blocks: [paragraph('p-1', 'Chemotherapie eines anderen Anbieters.')],
  });
});

test('each locale is indexed with the text-search configuration of its language', () => {
  expect(['de', 'de-AT', 'en-GB', 'fr', 'ar', 'fa', 'ja'].map(textSearchConfig)).toEqual([
    'german',
    'german',
    'english',
    'french',
    'arabic',
    'simple',
    'simple',
  ]);
});

test('a German search for "Chemotherapien" finds "Chemotherapie" (stemmed), ranked, with the hit marked in the snippet', async () => {
  const r = await search(own.id, 'Chemotherapien', 'de');
  expect(titles(r)).toEqual(['Chemotherapie bei Brustkrebs', 'Bestrahlung']);
  const first = r.edges[0]!.node;
  expect(first).toMatchObject({ locale: 'de', dir: 'ltr', fallback: false, slug: 'chemotherapie' });
  expect(first.snippet.filter((p) => p.hit).map((p) => p.text)).toContain('Chemotherapie');
});

test('an English search is stemmed for English', async () => {
  const r = await search(own.id, 'destroying cell', 'en');
  expect(r.edges.map((e) => [e.node.title, e.node.locale])).toEqual([['Chemotherapy for breast cancer', 'en']]);
  expect(r.edges[0]!.node.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(['destroys', 'cells']);
});

test('documents not published in the reader’s language are found in their fallback language, marked as such', async () => {
  const r = await search(own.id, 'Strahlentherapie', 'en');
  expect(r.edges.map((e) => [e.node.title, e.node.locale, e.node.fallback])).toEqual([['Bestrahlung', 'de', true]]);
  // but a document published in English is searched in English only
  expect(titles(await search(own.id, 'zerstört', 'en'))).toEqual([]);
});

test('region blocks are searched only by readers of that region', async () => {
  expect(titles(await search(own.id, 'Sozialversicherung', 'de', { region: 'AT' }))).toEqual(['Kosten']);
  expect(titles(await search(own.id, 'Sozialversicherung', 'de', { region: 'DE' }))).toEqual([]);
  expect(titles(await search(own.id, 'Behandlung', 'de', { region: 'DE' }))).toEqual(['Kosten']);
});

test('search never returns unpublished documents or another tenant’s', async () => {
  const r = await search(own.id, 'Chemotherapie', 'de', { first: 50 });
  expect(titles(r)).not.toContain('Entwurf');
  expect(titles(r)).not.toContain('Zurückgezogen');
  expect(titles(r)).not.toContain('Fremde Chemotherapie');
  expect(titles(await search(other.id, 'Chemotherapie', 'de'))).toEqual(['Fremde Chemotherapie']);
});

test('pages follow each other with cursors', async () => {
  const one = await search(own.id, 'Chemotherapie', 'de', { first: 1 });
  expect(one.totalCount).toBe(2);
  expect(one.pageInfo.hasNextPage).toBe(true);
  const two = await search(own.id, 'Chemotherapie', 'de', { first: 1, after: one.pageInfo.endCursor });
  expect(two.pageInfo.hasNextPage).toBe(false);
  expect([...titles(one), ...titles(two)]).toEqual(['Chemotherapie bei Brustkrebs', 'Bestrahlung']);
});

test('snippets are plain text parts: no markup, no entities, the hit marked by a flag', async () => {
  const doc = await createPublishedDocument(t.services, own.id, {
    slug: 'markup',
    title: 'Markup',
    blocks: [paragraph('p-1', 'Forschung & Immuntherapie: <script>alert(1)</script> ein Test.')],
  });
  const r = await search(own.id, 'Immuntherapie', 'de');
  const hit = r.edges.find((e) => e.node.documentId === doc.document.id)!.node;
  expect(hit.snippet.find((p) => p.hit)).toEqual({ text: 'Immuntherapie', hit: true });
  const text = hit.snippet.map((p) => p.text).join('');
  expect(text).toContain('Forschung & Immuntherapie');
  expect(text).not.toMatch(/<script|&amp;/);
  expect(snippetParts('a\u0001b\u0002c')).toEqual([
    { text: 'a', hit: false },
    { text: 'b', hit: true },
    { text: 'c', hit: false },
  ]);
});

test('an empty query or an unknown locale is BAD_USER_INPUT', async () => {
  expect((await gql(own.id, {}, SEARCH, { q: '  ', locale: 'de' })).errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  expect((await gql(own.id, {}, SEARCH, { q: 'x', locale: 'fr' })).errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
});
