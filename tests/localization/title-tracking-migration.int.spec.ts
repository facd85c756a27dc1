import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { createPublishedDocument, paragraph } from '../factories/document.factory';
import { publishLocale, translate } from '../factories/translation.factory';

const t = useTestDatabase();

const metaRecords = () =>
  t.dataSource.query(
    `SELECT t.locale, t.block_id, t.state, t.source_hash = s.hash AS current
       FROM translation_blocks t JOIN source_blocks s USING (tenant_id, document_id, block_id)
      WHERE t.block_id LIKE 'meta.%' ORDER BY t.locale, t.block_id`,
  );

test('migration 1765500000000 gives existing translations title and summary records, and its down removes them', async () => {
  const tenantId = (
    await createTenant(t.services, { locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'fr', fallbacks: ['de'] }] })
  ).id;
  const { document } = await createPublishedDocument(t.services, tenantId, {
    title: 'Nachsorge',
    blocks: [paragraph('p-a', 'Eins.')],
  });
  // English: own title and summary, approved. French: own title, summary a copy of the source, draft.
  await translate(t.services, tenantId, document.id, 'en', { 'p-a': 'One.' }, { title: 'Aftercare', summary: 'What comes after.' });
  await publishLocale(t.services, tenantId, document.id, 'en');
  await translate(t.services, tenantId, document.id, 'fr', { 'p-a': 'Un.' }, { title: 'Suivi' });
  const expected = [
    { locale: 'en', block_id: 'meta.summary', state: 'approved', current: true },
    { locale: 'en', block_id: 'meta.title', state: 'approved', current: true },
    { locale: 'fr', block_id: 'meta.title', state: 'draft', current: true },
  ];
  expect(await metaRecords()).toEqual(expected);

  // Undo the newer migrations too (newest first), down to and including this one.
  const names = t.dataSource.migrations.map((m) => m.name);
  const index = names.indexOf('TitleSummaryTracking1765500000000');
  expect(index).toBeGreaterThan(-1);
  for (let i = names.length - 1; i >= index; i--) await t.dataSource.undoLastMigration({ transaction: 'each' });
  expect(await metaRecords()).toEqual([]);
  expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM source_blocks WHERE block_id LIKE 'meta.%'`)).toEqual([{ n: 0 }]);

  await t.dataSource.runMigrations({ transaction: 'each' });
  expect(await metaRecords()).toEqual(expected);
});
