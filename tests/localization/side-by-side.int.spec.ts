import type { Role } from '../../apps/api/src/kernel/policy';
import { useTestDatabase } from '../support/database';
import { useGraphQL, type Caller } from '../support/graphql';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { createDocument, paragraph } from '../factories/document.factory';
import { editSource } from '../factories/translation.factory';
import { createConcept } from '../factories/termbase.factory';

const t = useTestDatabase();
const gql = useGraphQL(t);
let tenant: { id: string; slug: string };
const callers: Record<string, Caller> = {};
let docA: string;
let docB: string;

const member = async (role: Role, locales: string[] = []): Promise<Caller> => ({
  user: await createUser(t.services, { tenantSlug: tenant.slug, role, locales }),
  role,
  locales,
});

const VIEW = `query($id: ID!, $locale: String!) { translationView(documentId: $id, locale: $locale) {
  locale targetVersion state progress { total missing draft needsReview approved outdated }
  title { source target }
  blocks { blockId status sourceText targetText sourceChange { value added removed }
           suggestions { match sourceText targetText targetBlock }
           terminology { kind term expected } }
} }`;
const SAVE = `mutation($input: SaveTranslatedBlocksInput!) { saveTranslatedBlocks(input: $input) { revision { number } documentLocale { version status } } }`;
const INPUT: Record<string, string> = { publishTranslation: 'PublishInput', approveTranslation: 'ReviewInput' };
const STEP = (name: string) =>
  `mutation($input: ${INPUT[name] ?? 'WorkflowInput'}!) { ${name}(input: $input) { documentLocale { status } warnings { checkId blockId message } } }`;
/** What a reviewer or editor sees before acting: the head revision of the locale. */
const seen = async (documentId: string) => ({
  documentId,
  locale: 'en',
  revisionId: (await t.db.withTenant(tenant.id, (tx) => t.services.documents.documentLocale(tx, documentId, 'en'))).headRevisionId,
});

interface ViewBlock {
  blockId: string;
  status: string;
  sourceText: string;
  targetText: string | null;
  sourceChange: { value: string; added: boolean; removed: boolean }[] | null;
  suggestions: { match: number; sourceText: string; targetText: string; targetBlock: unknown }[];
  terminology: { kind: string; term: string; expected: string[] }[];
}
type View = { translationView: { targetVersion: number; state: string; progress: Record<string, number>; blocks: ViewBlock[] } };

const view = async (id: string, locale = 'en') => {
  const res = await gql<View>(tenant.id, callers.editor!, VIEW, { id, locale });
  expect(res.errors).toBeUndefined();
  return res.data!.translationView;
};
const block = (v: View['translationView'], id: string) => v.blocks.find((b) => b.blockId === id)!;
const text = (s: string) => [{ type: 'text', text: s }];

beforeAll(async () => {
  tenant = await createTenant(t.services, {
    locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'fr', fallbacks: ['de'] }],
  });
  callers.editor = await member('editor');
  callers.translator = await member('translator', ['en']);
  callers.frenchTranslator = await member('translator', ['fr']);
  callers.reviewer = await member('reviewer');
  callers.viewer = await member('viewer');
  await createConcept(t.services, tenant.id, {
    note: 'Medicines against cancer cells',
    terms: [
      { locale: 'de', term: 'Chemotherapie', status: 'approved' },
      { locale: 'en', term: 'chemotherapy', status: 'approved' },
      { locale: 'en', term: 'chemo', status: 'forbidden' },
    ],
  });

  docA = (
    await createDocument(t.services, tenant.id, {
      blocks: [paragraph('p-1', 'Die Chemotherapie dauert sechs Monate.'), paragraph('p-2', 'Nehmen Sie die Tabletten morgens.')],
    })
  ).document.id;
  const saved = await gql(tenant.id, callers.translator!, SAVE, {
    input: {
      documentId: docA,
      locale: 'en',
      baseVersion: 0,
      title: 'Treatment',
      blocks: [
        { id: 'p-1', content: text('Chemotherapy lasts six months.') },
        { id: 'p-2', content: text('Take the tablets in the morning.') },
      ],
    },
  });
  expect(saved.errors).toBeUndefined();
  for (const [caller, name] of [
    ['translator', 'submitForReview'],
    ['reviewer', 'approveTranslation'],
  ] as const) {
    const input = name === 'submitForReview' ? { documentId: docA, locale: 'en' } : await seen(docA);
    const res = await gql(tenant.id, callers[caller]!, STEP(name), { input });
    expect(res.errors).toBeUndefined();
  }

  docB = (
    await createDocument(t.services, tenant.id, {
      blocks: [
        paragraph('p-same', 'Die Chemotherapie dauert sechs Monate.'),
        paragraph('p-near', 'Die Chemotherapie dauert meist sechs Monate.'),
        paragraph('p-other', 'Hier geht es um etwas ganz anderes.'),
      ],
    })
  ).document.id;
});

test('translation memory offers an approved translation of the same text at 100 % and of a similar text below that', async () => {
  const v = await view(docB);
  expect(block(v, 'p-same').suggestions).toEqual([
    {
      match: 100,
      sourceText: 'Die Chemotherapie dauert sechs Monate.',
      targetText: 'Chemotherapy lasts six months.',
      targetBlock: { type: 'paragraph', content: text('Chemotherapy lasts six months.') },
    },
  ]);
  const near = block(v, 'p-near').suggestions;
  expect(near).toHaveLength(1);
  expect(near[0]!.match).toBeGreaterThanOrEqual(70);
  expect(near[0]!.match).toBeLessThan(100);
  expect(block(v, 'p-other').suggestions).toEqual([]);
  expect(v.state).toBe('NOT_STARTED');
});

test('terminology: a missing approved term and a forbidden term are listed per block, and are publish warnings that do not block', async () => {
  const saved = await gql(tenant.id, callers.translator!, SAVE, {
    input: {
      documentId: docB,
      locale: 'en',
      baseVersion: 0,
      title: 'Duration',
      blocks: [
        { id: 'p-same', content: text('The chemo lasts six months.') },
        { id: 'p-near', content: text('Chemotherapy usually lasts six months.') },
        { id: 'p-other', content: text('This is about something else.') },
      ],
    },
  });
  expect(saved.errors).toBeUndefined();
  const v = await view(docB);
  expect(block(v, 'p-same').terminology).toEqual([
    { kind: 'MISSING_TERM', term: 'Chemotherapie', expected: ['chemotherapy'] },
    { kind: 'FORBIDDEN_TERM', term: 'chemo', expected: ['chemotherapy'] },
  ]);
  expect(block(v, 'p-near').terminology).toEqual([]);

  await gql(tenant.id, callers.translator!, STEP('submitForReview'), { input: { documentId: docB, locale: 'en' } });
  await gql(tenant.id, callers.reviewer!, STEP('approveTranslation'), { input: await seen(docB) });
  const published = await gql<{
    publishTranslation: { documentLocale: { status: string }; warnings: { checkId: string; blockId: string }[] };
  }>(tenant.id, callers.editor!, STEP('publishTranslation'), { input: await seen(docB) });
  expect(published.errors).toBeUndefined();
  expect(published.data!.publishTranslation.documentLocale.status).toBe('PUBLISHED');
  expect(published.data!.publishTranslation.warnings.map((w) => [w.checkId, w.blockId])).toEqual([
    ['terminology-missing-term', 'p-same'],
    ['terminology-forbidden-term', 'p-same'],
  ]);
});

test('an outdated block shows the word-level change of its source; confirming the translation clears it', async () => {
  await editSource(t.services, tenant.id, docA, { 'p-1': 'Die Chemotherapie dauert meist sechs Monate.' });
  const v = await view(docA);
  const outdated = block(v, 'p-1');
  expect(outdated.status).toBe('OUTDATED');
  expect(outdated.targetText).toBe('Chemotherapy lasts six months.');
  expect(outdated.sourceChange!.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['meist']);
  expect(outdated.sourceChange!.filter((w) => w.removed)).toEqual([]);
  expect(block(v, 'p-2')).toMatchObject({ status: 'APPROVED', sourceChange: null });
  expect(v.state).toBe('OUTDATED');

  const progress = await gql<{
    translationProgress: { edges: { node: { documentId: string; locale: string; outdated: number; state: string } }[] };
  }>(
    tenant.id,
    callers.viewer!,
    `{ translationProgress(filter: { status: OUTDATED }) { edges { node { documentId locale outdated state } } } }`,
  );
  expect(progress.data!.translationProgress.edges.map((e) => e.node)).toEqual([
    { documentId: docA, locale: 'en', outdated: 1, state: 'OUTDATED' },
  ]);

  const confirmed = await gql<{ confirmTranslatedBlocks: { view: { blocks: { blockId: string; status: string }[] } } }>(
    tenant.id,
    callers.translator!,
    `mutation($input: ConfirmTranslatedBlocksInput!) { confirmTranslatedBlocks(input: $input) { view { blocks { blockId status } } } }`,
    { input: { documentId: docA, locale: 'en', blockIds: ['p-1'] } },
  );
  expect(confirmed.errors).toBeUndefined();
  expect(confirmed.data!.confirmTranslatedBlocks.view.blocks).toEqual([
    { blockId: 'p-1', status: 'DRAFT' },
    { blockId: 'p-2', status: 'APPROVED' },
  ]);
});

test('translation progress lists every document in every target locale, with counts', async () => {
  const res = await gql<{
    translationProgress: { edges: { node: { documentId: string; locale: string; total: number; missing: number } }[] };
  }>(
    tenant.id,
    callers.viewer!,
    `query($id: [ID!]) { translationProgress(filter: { documentIds: $id }) { edges { node { documentId locale total missing } } } }`,
    { id: [docB] },
  );
  expect(res.data!.translationProgress.edges.map((e) => e.node)).toEqual([
    { documentId: docB, locale: 'en', total: 3, missing: 0 },
    { documentId: docB, locale: 'fr', total: 3, missing: 3 },
  ]);
});

describe('permissions', () => {
  const attempt = async (who: string, query: string, variables: Record<string, unknown>) =>
    (await gql(tenant.id, callers[who] ?? {}, query, variables)).errors?.[0]?.code ?? 'allowed';

  test('a translator cannot write, export or import a locale outside their membership: FORBIDDEN, nothing written', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM revisions`);
    const save = { input: { documentId: docA, locale: 'en', baseVersion: 0, blocks: [{ id: 'p-2', content: text('x') }] } };
    expect(await attempt('frenchTranslator', SAVE, save)).toBe('FORBIDDEN');
    expect(
      await attempt('frenchTranslator', `query($i: XliffExportInput!) { xliffExport(input: $i) { xml } }`, {
        i: { locale: 'en', documentIds: [docA] },
      }),
    ).toBe('FORBIDDEN');
    expect(
      await attempt('frenchTranslator', `mutation($i: ImportXliffInput!) { importXliff(input: $i) { accepted } }`, {
        i: { locale: 'en', xml: '<x/>' },
      }),
    ).toBe('FORBIDDEN');
    expect(
      await attempt(
        'frenchTranslator',
        `mutation($i: ConfirmTranslatedBlocksInput!) { confirmTranslatedBlocks(input: $i) { view { locale } } }`,
        {
          i: { documentId: docA, locale: 'en', blockIds: ['p-2'] },
        },
      ),
    ).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM revisions`)).toEqual(before);
  });

  test('reviewers and viewers cannot write translations; only admins and editors edit the termbase; anonymous callers must sign in', async () => {
    const save = { input: { documentId: docA, locale: 'fr', baseVersion: 0, blocks: [{ id: 'p-2', content: text('x') }] } };
    expect(await attempt('viewer', SAVE, save)).toBe('FORBIDDEN');
    expect(await attempt('reviewer', SAVE, save)).toBe('FORBIDDEN');
    expect(await attempt('anonymous', SAVE, save)).toBe('UNAUTHENTICATED');
    const term = `mutation($i: SaveTermConceptInput!) { saveTermConcept(input: $i) { concept { id } } }`;
    const concept = { i: { terms: [{ locale: 'de', term: 'Bestrahlung', status: 'APPROVED' }] } };
    expect(await attempt('translator', term, concept)).toBe('FORBIDDEN');
    expect(await attempt('editor', term, concept)).toBe('allowed');
    expect(await attempt('anonymous', `{ translationView(documentId: "${docA}", locale: "en") { locale } }`, {})).toBe('UNAUTHENTICATED');
    expect(await attempt('frenchTranslator', SAVE, save)).toBe('allowed');
  });
});
