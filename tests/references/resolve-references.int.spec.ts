import { randomUUID } from 'node:crypto';
import type { TenantTx } from '../../apps/api/src/kernel/db/database';
import { useTestDatabase } from '../support/database';
import { CITATION_SAMPLES, createCitation } from '../factories/citation.factory';
import { createGlossaryTerm } from '../factories/glossary.factory';
import { createMedia } from '../factories/media.factory';
import { createTenant, testActor } from '../factories/tenant.factory';

const t = useTestDatabase();
let a: { id: string; slug: string };
let b: { id: string; slug: string };

beforeAll(async () => {
  a = await createTenant(t.services, { locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'de-AT', fallbacks: ['de'] }] });
  b = await createTenant(t.services);
});

/** Runs `fn` in tenant A's transaction, counting the SQL statements it sends. */
async function counted<T>(fn: (tx: TenantTx) => Promise<T>): Promise<{ result: T; statements: number }> {
  return t.db.withTenant(a.id, async (tx) => {
    const runner = tx.em.queryRunner!;
    const spy = jest.spyOn(runner, 'query');
    try {
      const result = await fn(tx);
      return { result, statements: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  });
}

test('citations are numbered in order of first appearance, repeats keep their number, and each is formatted in the locale', async () => {
  const first = await createCitation(t.services, a.id, { title: 'First cited' });
  const second = await createCitation(t.services, a.id, { ...CITATION_SAMPLES.webPage, title: 'Second cited' });
  const third = await createCitation(t.services, a.id, { title: 'Third cited' });
  const { result } = await counted((tx) =>
    t.services.references.resolveReferences(tx, {
      citationIds: [second.id, first.id, second.id, third.id, first.id],
      termIds: [],
      mediaIds: [],
      locale: 'de',
      fallbacks: [],
    }),
  );
  expect(result.references.map((r) => [r.number, r.id])).toEqual([
    [1, second.id],
    [2, first.id],
    [3, third.id],
  ]);
  expect(result.numbers).toEqual({ [second.id]: 1, [first.id]: 2, [third.id]: 3 });
  expect(result.references[0]!.formatted.text).toMatch(
    /^Second cited \[Internet\]\. Verfügbar unter: .*\(abgerufen am 1\. November 2026\)$/,
  );
  expect(result.missing).toEqual({ citationIds: [], termIds: [], mediaIds: [], untranslatedTermIds: [], mediaWithoutAlt: [] });
});

test("unknown ids, malformed ids and another tenant's ids are reported missing and skipped in the numbering", async () => {
  const mine = await createCitation(t.services, a.id);
  const theirs = await createCitation(t.services, b.id);
  const theirTerm = await createGlossaryTerm(t.services, b.id);
  const theirImage = await createMedia(t.services, b.id);
  const ghost = randomUUID();
  const { result } = await counted((tx) =>
    t.services.references.resolveReferences(tx, {
      citationIds: [theirs.id, ghost, mine.id, 'not-a-uuid'],
      termIds: [theirTerm.id],
      mediaIds: [theirImage.id],
      locale: 'de',
      fallbacks: [],
    }),
  );
  expect(result.references.map((r) => [r.number, r.id])).toEqual([[1, mine.id]]);
  expect(result.missing.citationIds.sort()).toEqual([theirs.id, ghost, 'not-a-uuid'].sort());
  expect(result.missing.termIds).toEqual([theirTerm.id]);
  expect(result.missing.mediaIds).toEqual([theirImage.id]);
  expect(result.glossary).toEqual({});
  expect(result.media).toEqual({});
});

test('glossary entries come in the locale or the first fallback that has one; terms with none are reported', async () => {
  const both = await createGlossaryTerm(t.services, a.id, {
    entries: [
      { locale: 'de', term: 'Chemotherapie', definition: 'Behandlung mit Zytostatika.' },
      { locale: 'de-AT', term: 'Chemotherapie (AT)', definition: 'Behandlung mit Zytostatika, österreichisch erklärt.' },
    ],
  });
  const germanOnly = await createGlossaryTerm(t.services, a.id, {
    entries: [{ locale: 'de', term: 'Fatigue', definition: 'Starke Erschöpfung.' }],
  });
  const englishOnly = await createGlossaryTerm(t.services, a.id, {
    entries: [{ locale: 'en', term: 'Lumpectomy', definition: 'Surgery removing a lump.' }],
  });
  const { result } = await counted((tx) =>
    t.services.references.resolveReferences(tx, {
      citationIds: [],
      termIds: [both.id, germanOnly.id, englishOnly.id],
      mediaIds: [],
      locale: 'de-at',
      fallbacks: ['de'],
    }),
  );
  expect(result.locale).toBe('de-AT');
  expect(result.glossary[both.id]).toMatchObject({ locale: 'de-AT', fallback: false, term: 'Chemotherapie (AT)' });
  expect(result.glossary[germanOnly.id]).toMatchObject({ locale: 'de', fallback: true, requestedLocale: 'de-AT', term: 'Fatigue' });
  expect(result.glossary[englishOnly.id]).toBeUndefined();
  expect(result.missing.untranslatedTermIds).toEqual([englishOnly.id]);
  expect(result.missing.termIds).toEqual([]);
});

test('images come with URL, size and alt text and caption from the locale chain; a non-decorative image without alt is reported', async () => {
  const described = await createMedia(t.services, a.id, {
    alt: { locale: 'de', alt: 'Schema der Lymphbahnen', caption: 'Lymphabfluss der Brust' },
  });
  await t.db.withTenant(a.id, (tx) =>
    t.services.media.setText(tx, testActor, described.id, { locale: 'en', alt: 'Diagram of lymph vessels' }),
  );
  const decorative = await createMedia(t.services, a.id, { decorative: true });
  const bare = await createMedia(t.services, a.id);
  const { result } = await counted((tx) =>
    t.services.references.resolveReferences(tx, {
      citationIds: [],
      termIds: [],
      mediaIds: [described.id, decorative.id, bare.id],
      locale: 'en',
      fallbacks: ['de'],
    }),
  );
  expect(result.media[described.id]).toEqual({
    id: described.id,
    url: `/media/${a.slug}/${described.id}/test-image.png`,
    mimeType: 'image/png',
    width: 4,
    height: 3,
    decorative: false,
    alt: 'Diagram of lymph vessels',
    altLocale: 'en',
    caption: 'Lymphabfluss der Brust',
    captionLocale: 'de',
  });
  expect(result.media[decorative.id]).toMatchObject({ decorative: true, alt: null });
  expect(result.missing.mediaWithoutAlt).toEqual([bare.id]);
});

test('everything is fetched in three statements however many ids a document has', async () => {
  const citations = await Promise.all(Array.from({ length: 3 }, () => createCitation(t.services, a.id)));
  const terms = [await createGlossaryTerm(t.services, a.id), await createGlossaryTerm(t.services, a.id)];
  const images = [await createMedia(t.services, a.id), await createMedia(t.services, a.id)];
  const run = (n: number) =>
    counted((tx) =>
      t.services.references.resolveReferences(tx, {
        citationIds: citations.slice(0, n).map((c) => c.id),
        termIds: terms.slice(0, Math.min(n, 2)).map((x) => x.id),
        mediaIds: images.slice(0, Math.min(n, 2)).map((x) => x.id),
        locale: 'de',
        fallbacks: [],
      }),
    );
  const small = await run(1);
  const large = await run(3);
  expect(large.result.references).toHaveLength(3);
  expect(Object.keys(large.result.glossary)).toHaveLength(2);
  expect(Object.keys(large.result.media)).toHaveLength(2);
  expect(small.statements).toBe(3);
  expect(large.statements).toBe(3);
  const none = await counted((tx) =>
    t.services.references.resolveReferences(tx, { citationIds: [], termIds: [], mediaIds: [], locale: 'de', fallbacks: [] }),
  );
  expect(none.statements).toBe(0);
});
