import type { Block } from '@careleaf/schema';
import type { ImportReport } from '../../apps/api/src/modules/localization/xliff/import';
import { useTestDatabase } from '../support/database';
import { fillTargets } from '../support/xliff';
import { createTenant } from '../factories/tenant.factory';
import { adminActor, createPublishedDocument, paragraph } from '../factories/document.factory';
import { publishLocale, translate } from '../factories/translation.factory';

/**
 * What translation tools do to a file beyond re-encoding it (see
 * xliff-tools.int.spec.ts): titles and summaries with their own state,
 * resegmented units, marks added and dropped.
 */
const t = useTestDatabase();
let tenantId: string;
let made = 0;

const exportDoc = (documentId: string, version: '2.0' | '1.2' = '2.0') =>
  t.db.withTenant(tenantId, (tx) =>
    t.services.localization.exportXliff(tx, adminActor, { locale: 'en', documentIds: [documentId], version }),
  );
const importXml = (xml: string | Uint8Array) =>
  t.db.withTenant(tenantId, (tx) => t.services.localization.importXliff(tx, adminActor, { xml, locale: 'en' }));
const codes = (r: ImportReport) => r.problems.map((p) => [p.code, p.unitId]);

beforeAll(async () => {
  tenantId = (await createTenant(t.services, { locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }] })).id;
});

describe('title and summary', () => {
  const editSourceMeta = (documentId: string, change: { title?: string; summary?: string }) =>
    t.db.withTenant(tenantId, async (tx) => {
      const row = await t.services.documents.documentLocale(tx, documentId, 'de');
      const head = await t.services.documents.revision(tx, row.headRevisionId!);
      await t.services.documents.save(tx, adminActor, {
        documentId,
        locale: 'de',
        baseVersion: row.version,
        content: { ...head.content, ...change },
      });
    });
  const metaStates = async (documentId: string) =>
    Object.fromEntries(
      (await t.db.withTenant(tenantId, (tx) => t.services.localization.tracker.statuses(tx, documentId, 'en')))
        .filter((s) => s.blockId.startsWith('meta.'))
        .map((s) => [s.blockId, s.status]),
    );
  const unitOf = (xml: string, id: string) => new RegExp(`<unit id="${id.replace('.', '\\.')}"[\\s\\S]*?</unit>`).exec(xml)?.[0] ?? '';

  test('a changed source title makes the translated title outdated; both go out with their real state', async () => {
    made++;
    const { document } = await createPublishedDocument(t.services, tenantId, {
      title: `Nachsorge ${made}`,
      blocks: [paragraph('p-a', 'Eins.')],
    });
    await translate(
      t.services,
      tenantId,
      document.id,
      'en',
      { 'p-a': 'One.' },
      { title: `Aftercare ${made}`, summary: 'What comes after.' },
    );
    await publishLocale(t.services, tenantId, document.id, 'en');
    expect(await metaStates(document.id)).toEqual({ 'meta.title': 'approved', 'meta.summary': 'approved' });

    await editSourceMeta(document.id, { title: `Nachsorge und Reha ${made}` });
    expect(await metaStates(document.id)).toEqual({ 'meta.title': 'outdated', 'meta.summary': 'approved' });
    // Only the title needs work, and that is enough for the batch of pending work.
    const batch = await t.db.withTenant(tenantId, (tx) => t.services.localization.exportXliff(tx, adminActor, { locale: 'en' }));
    expect(unitOf(batch.xml.split(`careleaf:document:${document.id}`)[1] ?? '', 'meta.title')).toContain('state="initial"');
    const { xml } = await exportDoc(document.id);
    expect(unitOf(xml, 'meta.title')).toContain('state="initial"');
    expect(unitOf(xml, 'meta.title')).toContain(`<note category="careleaf:previous-source">Nachsorge ${made}</note>`);
    expect(unitOf(xml, 'meta.summary')).toContain('<segment id="summary" state="final">');
    const xml12 = (await exportDoc(document.id, '1.2')).xml;
    expect(xml12).toMatch(/<trans-unit id="meta\.summary:summary"[^>]*><source>[^<]*<\/source><target state="final">/);

    // Re-imported untouched, nothing moves; a new title is a draft again, the summary stays approved.
    expect((await importXml(xml)).documents).toEqual([{ documentId: document.id, revisionId: null, imported: 0 }]);
    expect(await metaStates(document.id)).toEqual({ 'meta.title': 'outdated', 'meta.summary': 'approved' });
    const report = await importXml(xml.replace(`<target>Aftercare ${made}</target>`, `<target>Aftercare and rehab ${made}</target>`));
    expect(report.problems).toEqual([]);
    expect(await metaStates(document.id)).toEqual({ 'meta.title': 'draft', 'meta.summary': 'approved' });
  });

  test('a new translation without its own title leaves the title missing', async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, {
      title: `Ohne ${++made}`,
      blocks: [paragraph('p-a', 'Eins.')],
    });
    await translate(t.services, tenantId, document.id, 'en', { 'p-a': 'One.' });
    expect(await metaStates(document.id)).toMatchObject({ 'meta.title': 'missing' });
    expect(unitOf((await exportDoc(document.id)).xml, 'meta.title')).not.toContain('<target>');
  });
});

describe('segmentation changed by a translation tool', () => {
  const twoSentences = (): Block[] => [
    {
      id: 'p-two',
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Erster Satz. Zweiter ' },
        { type: 'strong', children: [{ type: 'text', text: 'wichtiger' }] },
        { type: 'text', text: ' Satz.' },
      ],
    },
    {
      id: 'l-two',
      type: 'list',
      ordered: false,
      items: [{ content: [{ type: 'text', text: 'Fieber messen' }] }, { content: [{ type: 'text', text: 'Viel trinken' }] }],
    },
  ];
  const pcOf = (xml: string) => /<pc id="1"[^>]*>/.exec(xml)![0];

  test('units say they must not be resegmented', async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, { title: `Sätze ${++made}`, blocks: twoSentences() });
    const { xml } = await exportDoc(document.id);
    expect(xml).toMatch(/<unit id="p-two" name="paragraph" canResegment="no"/);
  });

  test('a segment split in two (pretty-printed, with an ignorable between) is joined back', async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, { title: `Sätze ${++made}`, blocks: twoSentences() });
    const { xml } = await exportDoc(document.id);
    const pc = pcOf(xml);
    const split = xml.replace(
      /<segment id="content"[\s\S]*?<\/segment>/,
      [
        '<segment id="content" state="translated">',
        '  <source>Erster Satz.</source>',
        '  <target>First sentence.</target>',
        '</segment>',
        '<ignorable><source> </source></ignorable>',
        '<segment id="content_2" state="translated">',
        `  <source>Zweiter ${pc}wichtiger</pc> Satz.</source>`,
        `  <target>Second ${pc}important</pc> sentence.</target>`,
        '</segment>',
      ].join('\n'),
    );
    const report = await importXml(split);
    expect(report.problems).toEqual([]);
    const view = await t.db.withTenant(tenantId, (tx) => t.services.localization.sideBySide(tx, document.id, 'en'));
    expect(view.blocks.find((b) => b.blockId === 'p-two')!.target).toMatchObject({
      content: [
        { type: 'text', text: 'First sentence. Second ' },
        { type: 'strong', children: [{ type: 'text', text: 'important' }] },
        { type: 'text', text: ' sentence.' },
      ],
    });
  });

  test('segments that cannot be put back (two list items joined, or a split that loses text) are a problem of their unit saying what to do', async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, { title: `Sätze ${++made}`, blocks: twoSentences() });
    const { xml } = await exportDoc(document.id);
    const joined = fillTargets(xml).replace(
      /<segment id="items\.0"[\s\S]*?<segment id="items\.1"[\s\S]*?<\/segment>/,
      '<segment id="items.0"><source>Fieber messen Viel trinken</source><target>Take temperature, drink a lot</target></segment>',
    );
    const lost = fillTargets(xml).replace(
      /<segment id="content"[\s\S]*?<\/segment>/,
      '<segment id="content"><source>Erster Satz.</source><target>First.</target></segment><segment id="c2"><source>Satz.</source><target>Sentence.</target></segment>',
    );
    const report = await importXml(joined);
    expect(codes(report)).toEqual([['RESEGMENTED', 'l-two']]);
    expect(report.problems[0]!.message).toMatch(/items\.0.*items\.1/);
    expect(report.problems[0]!.message).toMatch(/split/i);
    expect(report.problems[0]!.message).not.toMatch(/export again/i);
    const second = await importXml(lost);
    expect(codes(second)).toEqual([['RESEGMENTED', 'p-two']]);
  });
});

describe('marks the translation has that the source has not, and the other way round', () => {
  const source = (): Block[] => [
    {
      id: 'p-mk',
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bitte ' },
        { type: 'emphasis', children: [{ type: 'text', text: 'immer' }] },
        { type: 'text', text: ' die ' },
        { type: 'link', href: 'https://example.org/regeln', children: [{ type: 'text', text: 'Regeln' }] },
        { type: 'text', text: ' lesen.' },
      ],
    },
  ];
  /** The approved translation dropped the emphasis and marks a word as German. */
  const translation = {
    type: 'paragraph' as const,
    content: [
      { type: 'text' as const, text: 'Please read the ' },
      { type: 'link' as const, href: 'https://example.org/regeln', children: [{ type: 'text' as const, text: 'rules' }] },
      { type: 'text' as const, text: ' (' },
      { type: 'lang' as const, lang: 'de', children: [{ type: 'text' as const, text: 'Regeln' }] },
      { type: 'text' as const, text: ').' },
    ],
  };
  const setUp = async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, { title: `Marken ${++made}`, blocks: source() });
    await translate(t.services, tenantId, document.id, 'en', { 'p-mk': translation }, { title: `Marks ${made}` });
    await publishLocale(t.services, tenantId, document.id, 'en');
    return document.id;
  };
  const head = (documentId: string) =>
    t.db.withTenant(tenantId, async (tx) => {
      const row = await t.services.documents.documentLocale(tx, documentId, 'en');
      return (await t.services.documents.revision(tx, row.headRevisionId!)).content.blocks[0];
    });

  test('an approved translation with other marks is exported with its target, and comes back unchanged', async () => {
    const documentId = await setUp();
    const { xml } = await exportDoc(documentId);
    const unit = /<unit id="p-mk"[\s\S]*?<\/unit>/.exec(xml)![0];
    expect(unit).toContain('state="final"');
    expect(unit).toMatch(
      /<target>Please read the <pc id="2" type="link"[^>]*>rules<\/pc> \(<pc id="3" type="other" subType="careleaf:lang">Regeln<\/pc>\)\.<\/target>/,
    );
    // Links and citations must stay (canDelete="no"); emphasis and language spans may go.
    expect(unit).toMatch(/<pc id="2" type="link" canDelete="no"/);
    expect(unit).toMatch(/<pc id="1" type="fmt" subType="xlf:i">/);
    const report = await importXml(xml);
    expect(report.problems).toEqual([]);
    expect(report.units).toContainEqual({ documentId, unitId: 'meta.title', result: 'unchanged' });
    expect(report.units).toContainEqual({ documentId, unitId: 'p-mk', result: 'unchanged' });
    expect(report.units.filter((u) => u.result === 'imported')).toEqual([]);
  });

  test('a translator may drop an optional mark and add emphasis; the link keeps its target from the source', async () => {
    const documentId = await setUp();
    const { xml } = await exportDoc(documentId);
    const edited = xml.replace(
      /<target>Please read[\s\S]*?<\/target>/,
      '<target>Please <pc id="n1" type="fmt" subType="xlf:i">always</pc> read the <pc id="2">rules</pc>.</target>',
    );
    const report = await importXml(edited);
    expect(report.problems).toEqual([]);
    expect(await head(documentId)).toMatchObject({
      content: [
        { type: 'text', text: 'Please ' },
        { type: 'emphasis', children: [{ type: 'text', text: 'always' }] },
        { type: 'text', text: ' read the ' },
        { type: 'link', href: 'https://example.org/regeln', children: [{ type: 'text', text: 'rules' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  test('dropping a link is a problem of the unit that says it must stay', async () => {
    const documentId = await setUp();
    const { xml } = await exportDoc(documentId);
    const report = await importXml(xml.replace(/<target>Please read[\s\S]*?<\/target>/, '<target>Please read the rules.</target>'));
    expect(codes(report)).toEqual([['BROKEN_INLINE_CODES', 'p-mk']]);
    expect(report.problems[0]!.message).toMatch(/link "2".*must stay/);
  });
});
