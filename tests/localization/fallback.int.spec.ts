import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, heading, paragraph } from '../factories/document.factory';
import { publishLocale, translate } from '../factories/translation.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { id: string; slug: string };

const READ = `query($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) {
    title locale requestedLocale dir fallback blocks blockLocales { blockId locale dir } alternates { locale slug }
  }
}`;

interface Read {
  title: string;
  locale: string;
  requestedLocale: string;
  dir: string;
  fallback: string;
  blocks: { id: string; type: string; content?: { text: string }[]; blocks?: { id: string; content: { text: string }[] }[] }[];
  blockLocales: { blockId: string; locale: string; dir: string }[];
  alternates: { locale: string; slug: string }[];
}

const read = async (slug: string, locale: string, region?: string) => {
  const res = await api.gql<{ publishedDocument: Read | null }>(READ, {
    headers: { 'x-tenant': tenant.slug },
    variables: { slug, locale, region },
  });
  return res;
};
const localeOf = (doc: Read) => Object.fromEntries(doc.blockLocales.map((b) => [b.blockId, b.locale]));
const text = (doc: Read, id: string) => {
  const all = doc.blocks.flatMap((b) => [b, ...(b.blocks ?? [])]);
  return all.find((b) => b.id === id)?.content?.[0]?.text;
};

beforeAll(async () => {
  // en is the source language here; de-AT falls back to de, then en. ar falls back to en.
  tenant = await createTenant(t.services, {
    locales: [{ tag: 'en' }, { tag: 'de', fallbacks: ['en'] }, { tag: 'de-AT', fallbacks: ['de', 'en'] }, { tag: 'ar', fallbacks: ['en'] }],
    defaultLocale: 'en',
    regions: [{ code: 'AT' }, { code: 'DE' }],
  });
});

async function article(slug: string) {
  const { document } = await createDocument(t.services, tenant.id, {
    locale: 'en',
    slug,
    title: 'Chemotherapy',
    blocks: [
      heading('h-1', 'What it is'),
      paragraph('p-1', 'A medicine against cancer cells.'),
      paragraph('p-2', 'Costs are covered.'),
      {
        id: 'c-1',
        type: 'callout',
        variant: 'warning',
        title: [{ type: 'text', text: 'Fever' }],
        blocks: [paragraph('p-3', 'Call your care team if you have a fever.')],
      },
    ],
  });
  await publishLocale(t.services, tenant.id, document.id, 'en');
  return document;
}

test('a chain of three: each block comes from the first locale that has it translated, and says so', async () => {
  const document = await article('chemo-three');
  await translate(
    t.services,
    tenant.id,
    document.id,
    'de',
    { 'h-1': 'Was sie ist', 'p-1': 'Ein Medikament gegen Krebszellen.' },
    { title: 'Chemotherapie', slug: 'chemo-drei' },
  );
  await translate(
    t.services,
    tenant.id,
    document.id,
    'de-AT',
    { 'p-2': 'Die Kosten übernimmt die Krankenkasse.' },
    { title: 'Chemotherapie (AT)' },
  );
  await publishLocale(t.services, tenant.id, document.id, 'de');
  await publishLocale(t.services, tenant.id, document.id, 'de-AT');

  const res = await read('chemo-three', 'de-AT');
  expect(res.body.errors).toBeUndefined();
  const doc = res.body.data!.publishedDocument!;
  expect(doc).toMatchObject({ title: 'Chemotherapie (AT)', locale: 'de-AT', requestedLocale: 'de-AT', fallback: 'PARTIAL' });
  expect(localeOf(doc)).toEqual({ 'h-1': 'de', 'p-1': 'de', 'p-2': 'de-AT', 'c-1': 'en', 'p-3': 'en' });
  expect(text(doc, 'p-1')).toBe('Ein Medikament gegen Krebszellen.');
  expect(text(doc, 'p-2')).toBe('Die Kosten übernimmt die Krankenkasse.');
  expect(text(doc, 'p-3')).toBe('Call your care team if you have a fever.');
  expect(doc.blocks.map((b) => b.id)).toEqual(['h-1', 'p-1', 'p-2', 'c-1']);
  expect(doc.alternates.map((a) => a.locale)).toEqual(['de', 'de-AT', 'en']);
});

test('a missing middle locale is skipped: de-AT falls through to en when de has nothing', async () => {
  const document = await article('chemo-middle');
  await translate(t.services, tenant.id, document.id, 'de-AT', { 'p-1': 'Ein Medikament (AT).' }, { title: 'Chemo AT' });
  await publishLocale(t.services, tenant.id, document.id, 'de-AT');
  const doc = (await read('chemo-middle', 'de-AT')).body.data!.publishedDocument!;
  expect(localeOf(doc)).toEqual({ 'h-1': 'en', 'p-1': 'de-AT', 'p-2': 'en', 'c-1': 'en', 'p-3': 'en' });
  expect(doc.fallback).toBe('PARTIAL');
});

test('a locale with no published version of its own is served by slug from the chain, entirely as fallback', async () => {
  const document = await article('chemo-none');
  await translate(t.services, tenant.id, document.id, 'de', { 'h-1': 'Was sie ist' }, { title: 'Chemotherapie', slug: 'chemotherapie' });
  await publishLocale(t.services, tenant.id, document.id, 'de');

  // the German address works for Austrian readers, and so does the English one
  for (const slug of ['chemotherapie', 'chemo-none']) {
    const doc = (await read(slug, 'de-AT')).body.data!.publishedDocument!;
    expect(doc).toMatchObject({ locale: 'de', requestedLocale: 'de-AT', fallback: 'FULL', title: 'Chemotherapie' });
    expect(localeOf(doc)['h-1']).toBe('de');
    expect(localeOf(doc)['p-1']).toBe('en');
  }
  // an address of a language outside the reader's chain is not found
  expect((await read('chemotherapie', 'ar')).body.data!.publishedDocument).toBeNull();
});

test('a right-to-left translation gives rtl on the document and on its blocks, ltr on the fallback blocks', async () => {
  const document = await article('chemo-rtl');
  await translate(
    t.services,
    tenant.id,
    document.id,
    'ar',
    { 'h-1': 'ما هو', 'p-1': 'دواء ضد الخلايا السرطانية.' },
    { title: 'العلاج الكيميائي' },
  );
  await publishLocale(t.services, tenant.id, document.id, 'ar');
  const doc = (await read('chemo-rtl', 'ar')).body.data!.publishedDocument!;
  expect(doc).toMatchObject({ locale: 'ar', dir: 'rtl', fallback: 'PARTIAL', title: 'العلاج الكيميائي' });
  expect(doc.blockLocales.find((b) => b.blockId === 'p-1')).toEqual({ blockId: 'p-1', locale: 'ar', dir: 'rtl' });
  expect(doc.blockLocales.find((b) => b.blockId === 'p-2')).toEqual({ blockId: 'p-2', locale: 'en', dir: 'ltr' });
});

test('the source locale itself is never a fallback', async () => {
  await article('chemo-source');
  const doc = (await read('chemo-source', 'en')).body.data!.publishedDocument!;
  expect(doc).toMatchObject({ locale: 'en', fallback: 'NONE' });
  expect(new Set(doc.blockLocales.map((b) => b.locale))).toEqual(new Set(['en']));
});

test('a locale the tenant does not have is BAD_USER_INPUT naming the locale', async () => {
  const res = await read('chemo-source', 'fr');
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
});

test('a fallback read is one SQL statement, with no transaction around it', async () => {
  await article('chemo-count');
  t.queries.length = 0;
  await read('chemo-count', 'de-AT');
  expect(t.queries).toHaveLength(1);
  expect(t.queries[0]).toMatch(/careleaf_published_chain/);
});
