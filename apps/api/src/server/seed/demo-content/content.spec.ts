import { randomUUID } from 'node:crypto';
import { checkContent } from '@careleaf/content-checks';
import { validateDocumentContent, walkBlocks, type DocumentContent } from '@careleaf/schema';
import { DEMO_CONTENT } from '.';
import { refsFrom } from './seed';
import type { DemoTenantContent } from './types';

/** Every locale version of every demo document, built with stand-in ids for its tenant's citations and terms. */
function versions(tenant: DemoTenantContent) {
  const citations = new Map(Object.keys(tenant.citations).map((k) => [k, randomUUID()]));
  const terms = new Map(Object.keys(tenant.glossary).map((k) => [k, randomUUID()]));
  const refs = refsFrom(citations, terms);
  const known = { citationsKnown: new Set(citations.values()), glossaryKnown: new Set(terms.values()) };
  return tenant.documents.map((doc) => ({
    doc,
    known,
    locales: doc.locales.map((l) => ({ ...l, built: l.content(refs) })),
  }));
}

const ALL = DEMO_CONTENT.flatMap((tenant) =>
  versions(tenant).flatMap(({ locales, known }) => locales.map((l) => ({ tenant: tenant.tenantSlug, ...l, known }))),
);
const ids = (c: DocumentContent) => [...walkBlocks(c.blocks)].map((b) => b.id);

test.each(ALL.map((v) => [`${v.tenant} ${v.locale}/${v.slug}`, v] as const))('%s is valid content', (_, v) => {
  expect(validateDocumentContent(v.built)).toMatchObject({ ok: true });
});

test.each(ALL.map((v) => [`${v.tenant} ${v.locale}/${v.slug}`, v] as const))('%s passes the content checks without any finding', (_, v) => {
  const { findings } = checkContent(v.built, { locale: v.locale, ...v.known, media: new Map(), uiLocale: 'en' });
  expect(findings).toEqual([]);
});

test('translations keep the block ids of their source: English in full, Arabic and de-AT as a subset', () => {
  for (const tenant of DEMO_CONTENT) {
    for (const { locales } of versions(tenant)) {
      const [source, ...translations] = locales;
      for (const t of translations) {
        if (t.locale === 'en') expect(ids(t.built)).toEqual(ids(source!.built));
        else expect(ids(source!.built)).toEqual(expect.arrayContaining(ids(t.built)));
      }
    }
  }
});

test('the breast-cancer article meets the readability targets: Amstad ≥ 60 in German, grade ≤ 8 in English', () => {
  const article = versions(DEMO_CONTENT[0]!)[0]!;
  const score = (locale: string) => {
    const v = article.locales.find((l) => l.locale === locale)!;
    return checkContent(v.built, { locale, ...article.known, media: new Map(), uiLocale: 'en' }).readability;
  };
  const de = score('de');
  const en = score('en');
  expect(de.enoughText && en.enoughText).toBe(true);
  expect(de.scores.find((s) => s.name === 'amstad')!.value).toBeGreaterThanOrEqual(60);
  expect(en.scores.find((s) => s.name === 'fleschKincaidGrade')!.value).toBeLessThanOrEqual(8);
});

test('a typo in a citation or term key fails at once instead of reaching a reader', () => {
  const refs = refsFrom(new Map([['known', randomUUID()]]), new Map());
  expect(() => refs.cite('known', 'unknwon')).toThrow(/"unknwon"/);
  expect(() => refs.term('nope', 'Wort')).toThrow(/"nope"/);
});
