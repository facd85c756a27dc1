import { AppError } from '../../apps/api/src/kernel/errors';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { useGraphQLAs, type Caller } from '../support/graphql-as';
import { createGlossaryTerm } from '../factories/glossary.factory';
import { createTenant, testActor } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);
const gql = useGraphQLAs(t);
let a: { id: string; slug: string };
let b: { id: string; slug: string };
let editor: Caller;
let reviewer: Caller;

beforeAll(async () => {
  // de, en (→ de), ar (→ en → de)
  a = await createTenant(t.services, {
    locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'ar', fallbacks: ['en', 'de'] }],
  });
  b = await createTenant(t.services);
  editor = { tenant: a, user: await createUser(t.services, { tenantSlug: a.slug, role: 'editor' }), role: 'editor' };
  reviewer = { tenant: a, user: await createUser(t.services, { tenantSlug: a.slug, role: 'reviewer' }), role: 'reviewer' };
});

async function failure(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const inA = <T>(fn: Parameters<typeof t.db.withTenant<T>>[1]) => t.db.withTenant(a.id, fn);

test('a term without an entry in the requested locale falls back along the chain and says which locale it used', async () => {
  const term = await createGlossaryTerm(t.services, a.id, {
    entries: [
      {
        locale: 'de',
        term: 'Lymphödem',
        definition: 'Eine Schwellung durch gestaute Lymphflüssigkeit.',
        forms: ['Lymphödeme', 'Lymphödems'],
      },
      { locale: 'en', term: 'Lymphoedema', definition: 'Swelling caused by lymph fluid that cannot drain.' },
    ],
  });
  expect(term.key).toBe('lymphodem');
  const inEnglish = await inA((tx) => t.services.glossary.list(tx, 'en'));
  expect(inEnglish.find((x) => x.id === term.id)).toMatchObject({
    locale: 'en',
    requestedLocale: 'en',
    fallback: false,
    term: 'Lymphoedema',
  });
  const inArabic = await inA((tx) => t.services.glossary.list(tx, 'ar'));
  expect(inArabic.find((x) => x.id === term.id)).toMatchObject({
    locale: 'en',
    requestedLocale: 'ar',
    fallback: true,
    term: 'Lymphoedema',
  });

  const germanOnly = await createGlossaryTerm(t.services, a.id, {
    entries: [{ locale: 'de', term: 'Zytostatikum', definition: 'Ein Medikament, das die Zellteilung hemmt.' }],
  });
  const arabic = await inA((tx) => t.services.glossary.list(tx, 'ar'));
  expect(arabic.find((x) => x.id === germanOnly.id)).toMatchObject({ locale: 'de', fallback: true });
  // German has no fallback: English-only terms are not shown to German readers.
  const englishOnly = await createGlossaryTerm(t.services, a.id, {
    entries: [{ locale: 'en', term: 'Hot flush', definition: 'A sudden feeling of heat.' }],
  });
  expect((await inA((tx) => t.services.glossary.list(tx, 'de'))).map((x) => x.id)).not.toContain(englishOnly.id);
});

test('the glossary is in alphabetical order for the locale (Ä among the A words)', async () => {
  const tenant = await createTenant(t.services);
  for (const term of ['Zyste', 'Ärztin', 'Biopsie', 'Aromatasehemmer']) {
    await createGlossaryTerm(t.services, tenant.id, { entries: [{ locale: 'de', term, definition: `Erklärung: ${term}.` }] });
  }
  const list = await t.db.withTenant(tenant.id, (tx) => t.services.glossary.list(tx, 'de'));
  expect(list.map((x) => x.term)).toEqual(['Aromatasehemmer', 'Ärztin', 'Biopsie', 'Zyste']);
});

test('a term is unique per tenant and locale, ignoring case; another locale or tenant may use it', async () => {
  await createGlossaryTerm(t.services, a.id, { entries: [{ locale: 'de', term: 'HER2', definition: 'Ein Eiweiß auf Zellen.' }] });
  const e = await failure(createGlossaryTerm(t.services, a.id, { entries: [{ locale: 'de', term: 'her2', definition: 'Doppelt.' }] }));
  expect(e).toMatchObject({ code: 'CONFLICT', field: 'entries[0].term' });
  // The derived key of the second concept steps aside instead of failing.
  await expect(
    createGlossaryTerm(t.services, a.id, { entries: [{ locale: 'en', term: 'HER2', definition: 'A protein on cells.' }] }),
  ).resolves.toMatchObject({
    key: 'her2-2',
  });
  await expect(
    createGlossaryTerm(t.services, b.id, { entries: [{ locale: 'de', term: 'HER2', definition: 'Anderer Mandant.' }] }),
  ).resolves.toMatchObject({
    key: 'her2',
  });
});

test('keys are unique per tenant', async () => {
  await createGlossaryTerm(t.services, a.id, {
    key: 'palliative-care',
    entries: [{ locale: 'de', term: 'Palliativversorgung', definition: 'Lindernde Behandlung.' }],
  });
  const e = await failure(
    createGlossaryTerm(t.services, a.id, {
      key: 'palliative-care',
      entries: [{ locale: 'de', term: 'Palliativmedizin', definition: 'x' }],
    }),
  );
  expect(e).toMatchObject({ code: 'CONFLICT', field: 'key' });
});

test('an update adds a locale, replaces one and removes one, and a locale outside the tenant is refused without changes', async () => {
  const term = await createGlossaryTerm(t.services, a.id, {
    entries: [
      { locale: 'de', term: 'Metastase', definition: 'Eine Tochtergeschwulst.' },
      { locale: 'en', term: 'Metastasis', definition: 'A secondary tumour.' },
    ],
  });
  const updated = await inA((tx) =>
    t.services.glossary.update(tx, testActor, term.id, {
      expectedVersion: 1,
      entries: [
        {
          locale: 'de',
          term: 'Metastase',
          definition: 'Ein Tumor, der sich aus Krebszellen an anderer Stelle gebildet hat.',
          forms: ['Metastasen'],
        },
        { locale: 'ar', term: 'نقيلة', definition: 'ورم ثانوي.' },
      ],
      removeLocales: ['en'],
    }),
  );
  expect(updated.version).toBe(2);
  expect(updated.entries.map((e) => [e.locale, e.term, e.forms])).toEqual([
    ['de', 'Metastase', ['Metastasen']],
    ['ar', 'نقيلة', []],
  ]);
  const e = await failure(
    inA((tx) => t.services.glossary.update(tx, testActor, term.id, { entries: [{ locale: 'fr', term: 'Métastase', definition: 'x' }] })),
  );
  expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries[0].locale' });
  const stale = await failure(inA((tx) => t.services.glossary.update(tx, testActor, term.id, { expectedVersion: 1, key: 'metastase' })));
  expect(stale.code).toBe('CONFLICT');
  expect((await inA((tx) => t.services.glossary.get(tx, term.id))).version).toBe(2);
});

test('removing the last entry is refused (delete the term instead)', async () => {
  const term = await createGlossaryTerm(t.services, a.id);
  const e = await failure(inA((tx) => t.services.glossary.update(tx, testActor, term.id, { removeLocales: ['de'] })));
  expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'removeLocales' });
});

test('anonymous readers get the glossary over HTTP, for their tenant only', async () => {
  const mine = await createGlossaryTerm(t.services, a.id, {
    entries: [{ locale: 'de', term: 'Biopsie-Nadel', definition: 'Eine feine Nadel.' }],
  });
  const theirs = await createGlossaryTerm(t.services, b.id, { entries: [{ locale: 'de', term: 'Fremdwort', definition: 'Gehört B.' }] });
  const res = await api.gql<{ glossaryTerms: { id: string; term: string; locale: string; fallback: boolean }[] }>(
    `{ glossaryTerms(locale: "de") { id term locale fallback definition forms } }`,
    { host: `${a.slug}.test` },
  );
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  const ids = res.body.data!.glossaryTerms.map((x) => x.id);
  expect(ids).toContain(mine.id);
  expect(ids).not.toContain(theirs.id);
  const one = await api.gql(`query ($id: ID!) { glossaryTerm(id: $id) { key entries { locale term } } }`, {
    host: `${a.slug}.test`,
    variables: { id: theirs.id },
  });
  expect(one.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('a locale the tenant does not publish in is BAD_USER_INPUT naming the argument', async () => {
  const res = await api.gql(`{ glossaryTerms(locale: "fr") { id } }`, { host: `${a.slug}.test` });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
});

test('editors write the glossary over GraphQL; reviewers and anonymous callers cannot', async () => {
  const CREATE = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { term { id key version entries { locale term definition forms } } } }`;
  const input = {
    entries: [
      {
        locale: 'de',
        term: 'Aromatasehemmer',
        definition: 'Ein Medikament, das die Bildung von Östrogen senkt.',
        forms: ['Aromatasehemmern'],
      },
    ],
  };
  expect((await gql({ tenant: a }, CREATE, { input })).errors[0]?.code).toBe('UNAUTHENTICATED');
  expect((await gql(reviewer, CREATE, { input })).errors[0]?.code).toBe('FORBIDDEN');
  const made = await gql(editor, CREATE, { input });
  expect(made.errors).toEqual([]);
  const id = made.data?.createGlossaryTerm.term.id;
  expect(made.data?.createGlossaryTerm.term).toMatchObject({ key: 'aromatasehemmer', version: 1 });

  const upd = await gql(
    editor,
    `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { term { version entries { locale term } } } }`,
    {
      input: {
        id,
        expectedVersion: 1,
        entries: [{ locale: 'en', term: 'Aromatase inhibitor', definition: 'A medicine that lowers oestrogen.' }],
      },
    },
  );
  expect(upd.data?.updateGlossaryTerm.term).toEqual({
    version: 2,
    entries: [
      { locale: 'de', term: 'Aromatasehemmer' },
      { locale: 'en', term: 'Aromatase inhibitor' },
    ],
  });

  const bad = await gql(editor, `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { term { id } } }`, {
    input: { id, entries: [{ locale: 'en', term: ' ', definition: 'x' }] },
  });
  expect(bad.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries[0].term' });

  const del = await gql(editor, `mutation ($id: ID!) { deleteGlossaryTerm(input: { id: $id }) { deletedId } }`, { id });
  expect(del.data?.deleteGlossaryTerm.deletedId).toBe(id);
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM glossary_entries WHERE term_id = $1`, [id]);
  expect(n).toBe(0);
  const trail = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id]);
  expect(trail.map((r: { action: string }) => r.action)).toEqual(['glossary.create', 'glossary.update', 'glossary.delete']);
});

test("an editor of tenant A cannot change or delete tenant B's term", async () => {
  const theirs = await createGlossaryTerm(t.services, b.id);
  const del = await gql(editor, `mutation ($id: ID!) { deleteGlossaryTerm(input: { id: $id }) { deletedId } }`, { id: theirs.id });
  expect(del.errors[0]?.code).toBe('NOT_FOUND');
  const upd = await gql(editor, `mutation ($id: ID!) { updateGlossaryTerm(input: { id: $id, key: "stolen" }) { term { id } } }`, {
    id: theirs.id,
  });
  expect(upd.errors[0]?.code).toBe('NOT_FOUND');
  expect((await t.db.withTenant(b.id, (tx) => t.services.glossary.get(tx, theirs.id))).key).toBe(theirs.key);
});

test('delete is refused while the content module reports the term in use', async () => {
  const term = await createGlossaryTerm(t.services, a.id);
  t.services.usage.provide({ isTermInUse: async (_tx, id) => id === term.id });
  try {
    expect((await failure(inA((tx) => t.services.glossary.delete(tx, testActor, term.id)))).code).toBe('CONFLICT');
  } finally {
    t.services.usage.provide({ isTermInUse: async () => false });
  }
  await inA((tx) => t.services.glossary.delete(tx, testActor, term.id));
});
