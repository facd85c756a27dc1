import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { adminActor, content, createDocument } from '../factories/document.factory';
import { articleBlocks, editSource, publishLocale, statuses, translate } from '../factories/translation.factory';
import { overallState, countStatuses } from '../../apps/api/src/modules/localization/tracking';

const t = useTestDatabase();
let tenantId: string;

beforeAll(async () => {
  tenantId = (
    await createTenant(t.services, {
      locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'fr', fallbacks: ['en', 'de'] }],
      regions: [{ code: 'DE' }],
    })
  ).id;
});

const ALL_MISSING = { 'h-start': 'missing', 'p-intro': 'missing', 'c-tip': 'missing', 'p-tip': 'missing', 'p-de': 'missing' };

test('a new document has every block missing in other locales; region and container blocks without text are not counted', async () => {
  const { document } = await createDocument(t.services, tenantId, { blocks: articleBlocks() });
  expect(await statuses(t.services, tenantId, document.id, 'en')).toEqual(ALL_MISSING);
});

test('editing one source block marks only its translations outdated, in every locale; re-translating clears it', async () => {
  const { document } = await createDocument(t.services, tenantId, { blocks: articleBlocks() });
  const all = { 'h-start': 'Treatment', 'p-intro': 'Treatment takes six months.', 'p-tip': 'Ask your doctor.', 'p-de': 'Insurance pays.' };
  await translate(t.services, tenantId, document.id, 'en', { ...all, 'c-tip': { title: [{ type: 'text', text: 'Tip' }] } });
  await translate(t.services, tenantId, document.id, 'fr', { 'p-intro': 'Le traitement dure six mois.', 'p-tip': 'Demandez.' });

  await editSource(t.services, tenantId, document.id, { 'p-intro': 'Die Therapie dauert meist sechs Monate.' });

  expect(await statuses(t.services, tenantId, document.id, 'en')).toEqual({
    'h-start': 'draft',
    'p-intro': 'outdated',
    'c-tip': 'draft',
    'p-tip': 'draft',
    'p-de': 'draft',
  });
  expect(await statuses(t.services, tenantId, document.id, 'fr')).toEqual({
    ...ALL_MISSING,
    'p-intro': 'outdated',
    'p-tip': 'draft',
  });

  // editing another English block does not clear the outdated one
  await translate(t.services, tenantId, document.id, 'en', { 'p-tip': 'Ask your doctor about it.' });
  expect((await statuses(t.services, tenantId, document.id, 'en'))['p-intro']).toBe('outdated');

  await translate(t.services, tenantId, document.id, 'en', { 'p-intro': 'Treatment usually takes six months.' });
  expect((await statuses(t.services, tenantId, document.id, 'en'))['p-intro']).toBe('draft');
  expect((await statuses(t.services, tenantId, document.id, 'fr'))['p-intro']).toBe('outdated');
});

test('a change inside a nested block of a region marks only that nested block, not its container', async () => {
  const { document } = await createDocument(t.services, tenantId, { blocks: articleBlocks() });
  await translate(t.services, tenantId, document.id, 'en', {
    'p-de': 'Insurance pays.',
    'p-tip': 'Ask your doctor.',
    'c-tip': { title: [{ type: 'text', text: 'Tip' }] },
  });
  await editSource(t.services, tenantId, document.id, { 'p-de': 'Die gesetzliche Krankenkasse zahlt.', 'p-tip': 'Fragen Sie nach.' });
  const s = await statuses(t.services, tenantId, document.id, 'en');
  expect(s).toMatchObject({ 'p-de': 'outdated', 'p-tip': 'outdated', 'c-tip': 'draft' });
});

test('submitting, approving and sending back move the translated blocks through needs review and approved', async () => {
  const { document } = await createDocument(t.services, tenantId, { blocks: articleBlocks() });
  await translate(t.services, tenantId, document.id, 'en', { 'h-start': 'Treatment' });
  const step = (action: 'submit' | 'approve' | 'sendBack') =>
    t.db.withTenant(tenantId, (tx) =>
      t.services.workflow.transition(tx, adminActor, action, { documentId: document.id, locale: 'en', comment: 'check' }),
    );
  await step('submit');
  expect((await statuses(t.services, tenantId, document.id, 'en'))['h-start']).toBe('needs_review');
  await step('sendBack');
  expect((await statuses(t.services, tenantId, document.id, 'en'))['h-start']).toBe('draft');
  await step('submit');
  await t.db.withTenant(tenantId, (tx) =>
    t.services.workflow.transition(tx, { ...adminActor, label: 'reviewer' }, 'approve', { documentId: document.id, locale: 'en' }),
  );
  const s = await statuses(t.services, tenantId, document.id, 'en');
  expect(s).toMatchObject({ 'h-start': 'approved', 'p-intro': 'missing' });
  const rows = await t.db.withTenant(tenantId, (tx) => t.services.localization.tracker.statuses(tx, document.id, 'en'));
  const progress = countStatuses(rows);
  expect(progress).toEqual({ total: 5, missing: 4, draft: 0, needsReview: 0, approved: 1, outdated: 0 });
  expect(overallState(progress)).toBe('in_progress');
});

test('a whole-content save through saveTranslation records only the blocks that differ from the source copy', async () => {
  const { document } = await createDocument(t.services, tenantId, { blocks: articleBlocks() });
  const blocks = articleBlocks();
  (blocks[0] as { content: unknown }).content = [{ type: 'text', text: 'Treatment' }];
  await t.db.withTenant(tenantId, (tx) =>
    t.services.documents.save(tx, adminActor, { documentId: document.id, locale: 'en', baseVersion: 0, content: content('Hi', blocks) }),
  );
  expect(await statuses(t.services, tenantId, document.id, 'en')).toEqual({ ...ALL_MISSING, 'h-start': 'draft' });
});

test('removing a source block removes its translation records, and publishing records untranslated blocks', async () => {
  const { document } = await createDocument(t.services, tenantId, { blocks: articleBlocks() });
  await translate(t.services, tenantId, document.id, 'en', { 'h-start': 'Treatment', 'p-intro': 'Six months.' }, { title: 'Treatment' });
  await publishLocale(t.services, tenantId, document.id, 'en');
  const [row] = await t.dataSource.query(
    `SELECT snapshot->'untranslated' AS u FROM published_documents WHERE document_id = $1 AND locale = 'en'`,
    [document.id],
  );
  expect(row.u).toEqual(['c-tip', 'p-tip', 'p-de']);

  await t.db.withTenant(tenantId, async (tx) => {
    const src = await t.services.documents.documentLocale(tx, document.id, 'de');
    await t.services.documents.save(tx, adminActor, {
      documentId: document.id,
      locale: 'de',
      baseVersion: src.version,
      content: content('Neu', articleBlocks().slice(0, 1)),
    });
  });
  expect(await statuses(t.services, tenantId, document.id, 'en')).toEqual({ 'h-start': 'approved' });
});

test('translating into the source locale or an unknown block is BAD_USER_INPUT and writes nothing', async () => {
  const { document } = await createDocument(t.services, tenantId, { blocks: articleBlocks() });
  await expect(translate(t.services, tenantId, document.id, 'de', { 'h-start': 'x' })).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'locale',
  });
  await expect(translate(t.services, tenantId, document.id, 'en', { nope: 'x' })).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'blocks[0].id',
  });
  await expect(translate(t.services, tenantId, document.id, 'it', { 'h-start': 'x' })).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'locale',
  });
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM document_locales WHERE document_id = $1`, [document.id]);
  expect(n).toBe(1);
});
