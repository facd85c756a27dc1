import type { Block } from '@careleaf/schema';
import type { Principal } from '../../apps/api/src/kernel/policy';
import type { ImportReport } from '../../apps/api/src/modules/localization/xliff/import';
import { useTestDatabase } from '../support/database';
import { fillTargets, shout, translatedContent } from '../support/xliff';
import { createTenant } from '../factories/tenant.factory';
import { adminActor, createDocument, paragraph } from '../factories/document.factory';
import { editSource, statuses, translate } from '../factories/translation.factory';

const t = useTestDatabase();
let tenantId: string;

const TERM = '1f3e2b3c-6a0d-4c6e-8f55-0a9d2c1b7e42';
const CITATION = '7b0c5f0e-3a1d-4c55-9a43-2d8f7f1e9a01';
const MEDIA = '5d1b2c3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** Every kind of inline mark and every block with text, nested in a callout and a region. */
const richBlocks = (): Block[] => [
  { id: 'h-1', type: 'heading', level: 2, content: [{ type: 'text', text: 'Behandlung & Nachsorge' }] },
  {
    id: 'p-marks',
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Eine ' },
      { type: 'term', termId: TERM, children: [{ type: 'text', text: 'Chemotherapie' }] },
      { type: 'text', text: ' wirkt ' },
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'im ganzen ' },
          { type: 'emphasis', children: [{ type: 'text', text: 'Körper' }] },
        ],
      },
      { type: 'cite', citationIds: [CITATION] },
      { type: 'text', text: '. Das ' },
      { type: 'abbr', title: 'Disease-Management-Programm', children: [{ type: 'text', text: 'DMP' }] },
      { type: 'text', text: ' hilft bei ' },
      { type: 'lang', lang: 'en', children: [{ type: 'text', text: 'shared decision making' }] },
      { type: 'text', text: ': ' },
      { type: 'link', href: 'https://www.example.org/studie?a=1&b=2', children: [{ type: 'text', text: 'mehr zur Studie' }] },
    ],
  },
  {
    id: 'l-1',
    type: 'list',
    ordered: false,
    items: [
      { content: [{ type: 'text', text: 'Übelkeit' }], list: { ordered: true, items: [{ content: [{ type: 'text', text: 'leicht' }] }] } },
      { content: [{ type: 'text', text: 'Müdigkeit' }] },
    ],
  },
  {
    id: 't-1',
    type: 'table',
    caption: [{ type: 'text', text: 'Nebenwirkungen' }],
    rows: [
      { cells: [{ content: [{ type: 'text', text: 'Art' }], header: true, scope: 'col' }] },
      { cells: [{ content: [{ type: 'text', text: 'Haarausfall' }] }] },
    ],
  },
  {
    id: 'f-1',
    type: 'figure',
    mediaId: MEDIA,
    decorative: false,
    alt: 'Eine Infusion am Arm',
    caption: [{ type: 'text', text: 'Infusion' }],
  },
  {
    id: 'c-1',
    type: 'callout',
    variant: 'seeDoctor',
    title: [{ type: 'text', text: 'Fieber' }],
    blocks: [paragraph('p-fever', 'Rufen Sie bei Fieber an.')],
  },
  { id: 'r-1', type: 'region', mode: 'include', regions: ['DE'], blocks: [paragraph('p-region', 'Nur in Deutschland.')] },
];

async function snapshotOfTables(): Promise<unknown> {
  return t.dataSource.query(`SELECT (SELECT count(*) FROM revisions) AS r, (SELECT count(*) FROM document_locales) AS l,
    (SELECT count(*) FROM translation_blocks) AS tb, (SELECT string_agg(block_id || state || source_hash, ',' ORDER BY block_id) FROM translation_blocks) AS s`);
}

const exportDoc = (documentId: string, locale: string, version: '2.0' | '1.2' = '2.0', actor: Principal = adminActor) =>
  t.db.withTenant(tenantId, (tx) => t.services.localization.exportXliff(tx, actor, { locale, documentIds: [documentId], version }));
const importXml = (xml: string, locale: string, actor: Principal = adminActor) =>
  t.db.withTenant(tenantId, (tx) => t.services.localization.importXliff(tx, actor, { xml, locale }));
const head = (documentId: string, locale: string) =>
  t.db.withTenant(tenantId, async (tx) => {
    const row = await t.services.documents.documentLocale(tx, documentId, locale);
    return (await t.services.documents.revision(tx, row.headRevisionId!)).content;
  });
const codes = (r: ImportReport) => r.problems.map((p) => [p.code, p.unitId]);

beforeAll(async () => {
  tenantId = (
    await createTenant(t.services, {
      locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'fr', fallbacks: ['de'] }],
      regions: [{ code: 'DE' }],
    })
  ).id;
});

test.each(['2.0', '1.2'] as const)(
  'XLIFF %s round trip: export, translate the targets, import: the content is the translation, marks intact',
  async (version) => {
    const { document } = await createDocument(t.services, tenantId, { title: 'Chemotherapie', blocks: richBlocks() });
    const locale = version === '2.0' ? 'en' : 'fr';
    const exported = await exportDoc(document.id, locale, version);
    expect(exported).toMatchObject({ version, documents: 1, sourceLocale: 'de', locale });
    if (version === '2.0') {
      // Strong emphasis may be dropped in a translation, a citation not.
      expect(exported.xml).toContain('<pc id="2" type="fmt" subType="xlf:b">');
      expect(exported.xml).toContain('<ph id="4" type="other" subType="careleaf:cite" canDelete="no"/>');
      expect(exported.xml).toContain('<segment id="content.abbr5" state="initial"><source>Disease-Management-Programm</source></segment>');
    } else {
      expect(exported.xml).toContain('<g id="2" ctype="bold">');
      expect(exported.xml).toContain('<x id="4" ctype="x-cite"/>');
    }
    expect(exported.xml).toContain('Behandlung &amp; Nachsorge');

    const report = await importXml(fillTargets(exported.xml), locale);
    expect(report.problems).toEqual([]);
    expect(report.accepted).toBe(true);
    expect(report.units.filter((u) => u.result === 'imported')).toHaveLength(10);

    const source = await head(document.id, 'de');
    expect(await head(document.id, locale)).toEqual(translatedContent(source));
    expect(Object.values(await statuses(t.services, tenantId, document.id, locale))).toEqual(Array(8).fill('draft'));
    // The import is in the audit log, with who imported it and into which document.
    const logged = await t.dataSource.query(
      `SELECT actor_label, diff FROM audit_log WHERE tenant_id = $1 AND action = 'translation.import' AND subject_id = $2`,
      [tenantId, document.id],
    );
    expect(logged).toEqual([{ actor_label: adminActor.label, diff: expect.objectContaining({ locale, format: `xliff-${version}` }) }]);

    // The export of the translation now carries the targets, and a second round trip changes nothing
    const again = await exportDoc(document.id, locale, version);
    expect(again.xml).toContain(version === '2.0' ? '<target>BEHANDLUNG &amp; NACHSORGE</target>' : 'BEHANDLUNG &amp; NACHSORGE</target>');
    expect((await importXml(again.xml, locale)).accepted).toBe(true);
    expect(await head(document.id, locale)).toEqual(translatedContent(source));
  },
);

test('a translator may move inline codes within a segment', async () => {
  const { document } = await createDocument(t.services, tenantId, {
    blocks: [
      {
        id: 'p-order',
        type: 'paragraph',
        content: [
          { type: 'strong', children: [{ type: 'text', text: 'Wichtig' }] },
          { type: 'text', text: ' ist ' },
          { type: 'emphasis', children: [{ type: 'text', text: 'Ruhe' }] },
        ],
      },
    ],
  });
  const { xml } = await exportDoc(document.id, 'en');
  const translated = fillTargets(xml).replace(
    /<target><pc id="1"[^>]*>WICHTIG<\/pc> IST <pc id="2"[^>]*>RUHE<\/pc><\/target>/,
    '<target><pc id="2">Rest</pc> is <pc id="1">important</pc></target>',
  );
  expect(translated).toContain('<pc id="2">Rest</pc>');
  expect((await importXml(translated, 'en')).accepted).toBe(true);
  expect((await head(document.id, 'en')).blocks[0]).toEqual({
    id: 'p-order',
    type: 'paragraph',
    content: [
      { type: 'emphasis', children: [{ type: 'text', text: 'Rest' }] },
      { type: 'text', text: ' is ' },
      { type: 'strong', children: [{ type: 'text', text: 'important' }] },
    ],
  });
});

describe('hostile and broken files are rejected with unit-level problems and change nothing', () => {
  let documentId: string;
  let good: string;
  beforeAll(async () => {
    documentId = (await createDocument(t.services, tenantId, { title: 'Feindlich', blocks: richBlocks() })).document.id;
    await translate(t.services, tenantId, documentId, 'en', { 'h-1': 'Treatment' });
    good = fillTargets((await exportDoc(documentId, 'en')).xml);
  });

  const rejected = async (xml: string) => {
    const before = await snapshotOfTables();
    const report = await importXml(xml, 'en');
    expect(report.accepted).toBe(false);
    expect(await snapshotOfTables()).toEqual(before);
    return report;
  };

  test('an external entity (XXE) is never resolved', async () => {
    const xxe = good
      .replace('<xliff', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff')
      .replace('<target>BEHANDLUNG', '<target>&xxe;BEHANDLUNG');
    const report = await rejected(xxe);
    expect(codes(report)).toEqual([['DOCTYPE_FORBIDDEN', null]]);
    // and without a DOCTYPE an unknown entity is just an error, never a file read
    expect(codes(await rejected(good.replace('<target>BEHANDLUNG', '<target>&xxe;BEHANDLUNG')))).toEqual([['NOT_XML', null]]);
  });

  test('an entity bomb (billion laughs) is never expanded', async () => {
    const lol = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const bomb = good
      .replace('<xliff', `<!DOCTYPE xliff [${lol.join('')}]>\n<xliff`)
      .replace('<target>BEHANDLUNG', '<target>&lol9;BEHANDLUNG');
    const started = Date.now();
    const report = await rejected(bomb);
    expect(codes(report)).toEqual([['DOCTYPE_FORBIDDEN', null]]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a version other than 2.0 or 1.2 is refused', async () => {
    expect(codes(await rejected(good.replace('version="2.0"', 'version="3.0"')))).toEqual([['UNSUPPORTED_VERSION', null]]);
  });

  test('the wrong target language is refused', async () => {
    expect(codes(await rejected(good.replace('trgLang="en"', 'trgLang="fr"')))).toEqual([['WRONG_TARGET_LANGUAGE', null]]);
  });

  test('broken inline codes are reported per unit, all of them at once, with unknown units', async () => {
    const broken = good
      // a placeholder deleted
      .replace(/(<unit id="p-marks"[\s\S]*?<target>[\s\S]*?)<ph id="4"[^>]*\/>/, '$1')
      // a paired code closed inside another
      .replace(/(<unit id="t-1"[\s\S]*?<segment id="caption"[\s\S]*?<target>)NEBENWIRKUNGEN/, '$1<pc id="9">NEBENWIRKUNGEN</pc>')
      // a unit that is not a block of the document
      .replace('<unit id="h-1"', '<unit id="h-gone"');
    const report = await rejected(broken);
    expect(codes(report)).toEqual([
      ['UNKNOWN_UNIT', 'h-gone'],
      ['BROKEN_INLINE_CODES', 'p-marks'],
      ['BROKEN_INLINE_CODES', 't-1'],
    ]);
    expect(report.problems[1]!.message).toMatch(/"4" is missing/);
    expect(report.problems[2]).toMatchObject({ segmentId: 'caption', message: expect.stringMatching(/"9" is not in the source/) });
  });

  test('a unit whose source changed since the export is a conflict; the rest of the file is not written either', async () => {
    const { xml } = await exportDoc(documentId, 'en');
    await editSource(t.services, tenantId, documentId, { 'p-fever': 'Rufen Sie bei Fieber sofort an.' });
    const report = await rejected(fillTargets(xml));
    expect(codes(report)).toEqual([['SOURCE_CHANGED', 'p-fever']]);
    expect(report.problems[0]!.message).toMatch(/sofort/);
  });

  test('a unit translated only in part is refused', async () => {
    const fresh = fillTargets((await exportDoc(documentId, 'en')).xml);
    const partial = fresh.replace(
      /(<unit id="l-1"[\s\S]*?<segment id="items\.1"[^>]*><source>[^<]*<\/source>)<target>[^<]*<\/target>/,
      '$1',
    );
    expect(codes(await rejected(partial))).toEqual([['INCOMPLETE_UNIT', 'l-1']]);
  });
});

test('a translator without the locale cannot export or import it', async () => {
  const { document } = await createDocument(t.services, tenantId, { blocks: richBlocks() });
  const french: Principal = { userId: null, label: 'fr-translator', role: 'translator', locales: ['fr'] };
  await expect(exportDoc(document.id, 'en', '2.0', french)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  const { xml } = await exportDoc(document.id, 'en');
  await expect(importXml(fillTargets(xml), 'en', french)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect((await importXml(fillTargets((await exportDoc(document.id, 'fr')).xml), 'fr', french)).accepted).toBe(true);
});

test('the batch export holds only documents with missing or outdated blocks, and only those units', async () => {
  const done = await createDocument(t.services, tenantId, { title: 'Fertig', blocks: [paragraph('p-a', 'Eins.')] });
  const changed = await createDocument(t.services, tenantId, {
    title: 'Geändert',
    blocks: [paragraph('p-a', 'Eins.'), paragraph('p-b', 'Zwei.')],
  });
  await translate(t.services, tenantId, done.document.id, 'en', { 'p-a': 'One.' }, { title: 'Done' });
  await translate(t.services, tenantId, changed.document.id, 'en', { 'p-a': 'One.', 'p-b': 'Two.' }, { title: 'Changed' });
  await editSource(t.services, tenantId, changed.document.id, { 'p-b': 'Zwei, neu.' });
  const batch = await t.db.withTenant(tenantId, (tx) => t.services.localization.exportXliff(tx, adminActor, { locale: 'en' }));
  expect(batch.xml).not.toContain(done.document.id);
  expect(batch.xml).toContain(`original="careleaf:document:${changed.document.id}"`);
  const changedFile = batch.xml.split(`careleaf:document:${changed.document.id}`)[1]!.split('</file>')[0]!;
  // The summary was never translated (a copy of the source), so it is pending like a missing block.
  expect([...changedFile.matchAll(/<unit id="([^"]+)"/g)].map((m) => m[1])).toEqual(['meta.summary', 'p-b']);
  expect(changedFile).toContain('<note category="careleaf:previous-source">Zwei.</note>');
});

test('a 20 MB file is imported', async () => {
  const blocks = Array.from({ length: 1100 }, (_, i) => paragraph(`p-${i}`, `Absatz ${i} über die Behandlung.`));
  const { document } = await createDocument(t.services, tenantId, { title: 'Sehr lang', blocks });
  const { xml } = await exportDoc(document.id, 'en');
  const filler = 'Treatment details. '.repeat(1000).trim(); // 19 kB per block
  const big = fillTargets(xml, (text) => (text.startsWith('Absatz') ? `${filler} ${text}` : shout(text)));
  expect(Buffer.byteLength(big)).toBeGreaterThan(20 * 1024 * 1024);
  const report = await importXml(big, 'en');
  expect(report.problems).toEqual([]);
  expect(report.documents).toEqual([{ documentId: document.id, revisionId: expect.any(String), imported: 1100 }]);
  const [{ n }] = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM translation_blocks WHERE document_id = $1 AND locale = 'en' AND state = 'draft' AND block_id NOT LIKE 'meta.%'`,
    [document.id],
  );
  expect(n).toBe(1100);
}, 120_000);

test('an emergency notice is one translation unit: exported, translated and imported with its link intact', async () => {
  const blocks: Block[] = [
    {
      id: 'em-1',
      type: 'emergency',
      content: [
        { type: 'text', text: 'Rufen Sie sofort ' },
        { type: 'link', href: 'tel:112', children: [{ type: 'text', text: 'den Notruf 112' }] },
        { type: 'text', text: ' an.' },
      ],
    },
  ];
  const { document } = await createDocument(t.services, tenantId, { title: 'Notfall', blocks });
  const exported = await exportDoc(document.id, 'en');
  expect(exported.xml).toMatch(/<unit id="[^"]*em-1[^"]*"/);
  expect(exported.xml).toContain('Rufen Sie sofort');

  const report = await importXml(fillTargets(exported.xml), 'en');
  expect(report.problems).toEqual([]);
  expect(report.accepted).toBe(true);
  const source = await head(document.id, 'de');
  expect(await head(document.id, 'en')).toEqual(translatedContent(source));
  expect((await head(document.id, 'en')).blocks[0]).toEqual({
    id: 'em-1',
    type: 'emergency',
    content: [
      { type: 'text', text: 'RUFEN SIE SOFORT ' },
      { type: 'link', href: 'tel:112', children: [{ type: 'text', text: 'DEN NOTRUF 112' }] },
      { type: 'text', text: ' AN.' },
    ],
  });
});
