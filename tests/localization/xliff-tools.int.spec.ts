import type { Block } from '@careleaf/schema';
import type { ImportReport } from '../../apps/api/src/modules/localization/xliff/import';
import { useTestDatabase } from '../support/database';
import { fillTargets } from '../support/xliff';
import { createTenant } from '../factories/tenant.factory';
import { adminActor, createPublishedDocument, paragraph } from '../factories/document.factory';
import { editSource, publishLocale, translate } from '../factories/translation.factory';

/**
 * Files as translation tools hand them back: re-imported untouched,
 * re-encoded, pretty-printed, renumbered, resegmented. Each test builds the
 * file the way such a tool writes it.
 */
const t = useTestDatabase();
let tenantId: string;

const exportDoc = (documentId: string, version: '2.0' | '1.2' = '2.0') =>
  t.db.withTenant(tenantId, (tx) =>
    t.services.localization.exportXliff(tx, adminActor, { locale: 'en', documentIds: [documentId], version }),
  );
const importXml = (xml: string | Uint8Array) =>
  t.db.withTenant(tenantId, (tx) => t.services.localization.importXliff(tx, adminActor, { xml, locale: 'en' }));
const codes = (r: ImportReport) => r.problems.map((p) => [p.code, p.unitId]);

/** Everything an import could change about a translation: block states, revisions, the outdated diff, title and summary. */
async function translationState(documentId: string) {
  const view = await t.db.withTenant(tenantId, (tx) => t.services.localization.sideBySide(tx, documentId, 'en'));
  const [{ revisions }] = await t.dataSource.query(
    `SELECT count(*)::int AS revisions FROM revisions WHERE document_id = $1 AND locale = 'en'`,
    [documentId],
  );
  const records = await t.dataSource.query(
    `SELECT block_id, state, source_hash, source_revision_id, updated_at FROM translation_blocks WHERE document_id = $1 AND locale = 'en' ORDER BY block_id`,
    [documentId],
  );
  return {
    revisions,
    records,
    version: view.targetVersion,
    title: view.title,
    summary: view.summary,
    blocks: view.blocks.map((b) => ({ id: b.blockId, status: b.status, target: b.targetText, change: b.sourceChange })),
  };
}

/** A translation with one block of each state: approved, outdated (approved before the source changed), draft. */
let made = 0;
async function mixedTranslation(blocks: Block[] = [paragraph('p-a', 'Eins.'), paragraph('p-b', 'Zwei.'), paragraph('p-c', 'Drei.')]) {
  made++;
  const { document } = await createPublishedDocument(t.services, tenantId, { title: `Nachsorge ${made}`, blocks });
  const title = `Aftercare ${made}`;
  await translate(t.services, tenantId, document.id, 'en', { 'p-a': 'One.', 'p-b': 'Two.', 'p-c': 'Three.' }, { title });
  await publishLocale(t.services, tenantId, document.id, 'en');
  await editSource(t.services, tenantId, document.id, { 'p-b': 'Zwei, neu.' });
  await translate(t.services, tenantId, document.id, 'en', { 'p-c': 'Three!' });
  return document.id;
}

beforeAll(async () => {
  tenantId = (await createTenant(t.services, { locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }] })).id;
});

describe('re-importing a file without changes', () => {
  test.each(['2.0', '1.2'] as const)('XLIFF %s: states, revisions and the outdated diff stay exactly as they were', async (version) => {
    const documentId = await mixedTranslation();
    const before = await translationState(documentId);
    expect(before.blocks.map((b) => b.status)).toEqual(['approved', 'outdated', 'draft']);
    expect(before.blocks[1]!.change).not.toBeNull();

    const { xml } = await exportDoc(documentId, version);
    const report = await importXml(xml);
    expect(report.problems).toEqual([]);
    expect(report.accepted).toBe(true);
    expect(report.documents).toEqual([{ documentId, revisionId: null, imported: 0 }]);
    expect(await translationState(documentId)).toEqual(before);
  });

  test('only the unit whose target changed is written; the others keep their state', async () => {
    const documentId = await mixedTranslation();
    const before = await translationState(documentId);
    const { xml } = await exportDoc(documentId);
    const edited = xml.replace('<target>Two.</target>', '<target>Two, new.</target>');
    expect(edited).not.toBe(xml);
    const report = await importXml(edited);
    expect(report.problems).toEqual([]);
    expect(report.documents).toEqual([{ documentId, revisionId: expect.any(String), imported: 1 }]);
    const after = await translationState(documentId);
    expect(after.blocks.map((b) => [b.id, b.status, b.target])).toEqual([
      ['p-a', 'approved', 'One.'],
      ['p-b', 'draft', 'Two, new.'],
      ['p-c', 'draft', 'Three!'],
    ]);
    expect(after.records.filter((r: { block_id: string }) => r.block_id !== 'p-b')).toEqual(
      before.records.filter((r: { block_id: string }) => r.block_id !== 'p-b'),
    );
    expect(after.title).toEqual(before.title);
  });
});

describe('files in the encodings Windows tools save', () => {
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
  const encodings: [string, (xml: string) => Buffer][] = [
    ['UTF-8 with a byte order mark', (xml) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')])],
    ['UTF-16 LE with a byte order mark', (xml) => Buffer.from(`\uFEFF${xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, 'utf16le')],
    ['UTF-16 BE with a byte order mark', (xml) => utf16be(`\uFEFF${xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`)],
    [
      'UTF-16 LE without a byte order mark, declared',
      (xml) => Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16LE"'), 'utf16le'),
    ],
  ];
  test.each(encodings)('%s is read as the text it encodes', async (_name, encode) => {
    const { document } = await createPublishedDocument(t.services, tenantId, {
      title: `Übelkeit ${++made}`,
      blocks: [paragraph('p-u', 'Übelkeit – „häufig“ 😷')],
    });
    const { xml } = await exportDoc(document.id);
    const bytes = encode(fillTargets(xml));
    expect(bytes.includes(Buffer.from('<xliff', 'utf8'))).toBe(_name.startsWith('UTF-8'));
    const report = await importXml(bytes);
    expect(report.problems).toEqual([]);
    const view = await t.db.withTenant(tenantId, (tx) => t.services.localization.sideBySide(tx, document.id, 'en'));
    expect(view.blocks[0]!.targetText).toBe('ÜBELKEIT – „HÄUFIG“ 😷');
  });

  test('a text that still starts with the byte order mark (read as UTF-8 by a script) is imported too', async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, { title: `BOM ${++made}`, blocks: [paragraph('p-b', 'Ja.')] });
    const { xml } = await exportDoc(document.id);
    const report = await importXml(`\uFEFF${fillTargets(xml)}`);
    expect(report.problems).toEqual([]);
    expect(report.accepted).toBe(true);
  });
});

describe('characters XML cannot carry (a vertical tab from Word)', () => {
  test.each([
    ['2.0', '<cp hex="000B"/>'],
    ['1.2', '<ph id="cp1" ctype="x-cp">000B</ph>'],
  ] as const)('XLIFF %s carries them as %s, both ways, and the round trip is exact', async (version, code) => {
    const text = 'Zeile eins\u000Bzeile zwei\u0007';
    const { document } = await createPublishedDocument(t.services, tenantId, {
      title: `Steuerzeichen ${++made}`,
      blocks: [paragraph('p-vt', text)],
    });
    const { xml } = await exportDoc(document.id, version);
    expect(xml).toContain(`Zeile eins${code}zeile zwei`);
    expect(xml).toContain(version === '2.0' ? '<cp hex="0007"/>' : '<ph id="cp2" ctype="x-cp">0007</ph>');
    const report = await importXml(fillTargets(xml));
    expect(report.problems).toEqual([]);
    const view = await t.db.withTenant(tenantId, (tx) => t.services.localization.sideBySide(tx, document.id, 'en'));
    expect(view.blocks[0]!.targetText).toBe('ZEILE EINS\u000BZEILE ZWEI\u0007');
    // The translation goes out with the same codes and comes back unchanged.
    const again = await exportDoc(document.id, version);
    expect(again.xml).toContain(`ZEILE EINS${code}ZEILE ZWEI`);
    const second = await importXml(again.xml);
    expect(second.problems).toEqual([]);
    expect(second.units).toContainEqual({ documentId: document.id, unitId: 'p-vt', result: 'unchanged' });
  });
});

describe('inline code ids', () => {
  const marked = (): Block[] => [
    {
      id: 'l-m',
      type: 'list',
      ordered: false,
      items: [
        {
          content: [
            { type: 'strong', children: [{ type: 'text', text: 'Fieber' }] },
            { type: 'text', text: ' messen' },
          ],
        },
        {
          content: [
            { type: 'emphasis', children: [{ type: 'text', text: 'Viel' }] },
            { type: 'text', text: ' trinken' },
            { type: 'link', href: 'https://example.org/trinken', children: [{ type: 'text', text: ' (mehr)' }] },
          ],
        },
      ],
    },
  ];
  const idsOf = (unit: string) => [...unit.split('<target>')[0]!.matchAll(/<(?:pc|ph|sc)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);

  test('are unique within a unit (XLIFF 2.0), across its segments', async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, { title: `Liste ${++made}`, blocks: marked() });
    const { xml } = await exportDoc(document.id);
    const unit = /<unit id="l-m"[\s\S]*?<\/unit>/.exec(xml)![0];
    const ids = unit.split('<segment').flatMap((seg) => idsOf(seg));
    expect(ids).toEqual(['1', '2', '3']);
  });

  test('renumbered consistently by a tool (in source and target) are accepted', async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, { title: `Liste ${++made}`, blocks: marked() });
    const { xml } = await exportDoc(document.id);
    // The tool numbers codes per segment from 10, as some do, in source and target alike.
    const renumbered = fillTargets(xml).replace(/<segment\b[\s\S]*?<\/segment>/g, (seg) => {
      const map = new Map<string, string>();
      return seg.replace(/(<(?:pc|ph)\b[^>]*\bid=")([^"]+)"/g, (_, open: string, id: string) => {
        if (!map.has(id)) map.set(id, String(10 + map.size));
        return `${open}${map.get(id)}"`;
      });
    });
    expect(renumbered).toContain('<pc id="11"');
    expect(renumbered).not.toContain('<pc id="3"');
    const report = await importXml(renumbered);
    expect(report.problems).toEqual([]);
    const head = await t.db.withTenant(tenantId, async (tx) => {
      const row = await t.services.documents.documentLocale(tx, document.id, 'en');
      return (await t.services.documents.revision(tx, row.headRevisionId!)).content;
    });
    expect(head.blocks[0]).toMatchObject({
      items: [
        {
          content: [
            { type: 'strong', children: [{ type: 'text', text: 'FIEBER' }] },
            { type: 'text', text: ' MESSEN' },
          ],
        },
        {
          content: [
            { type: 'emphasis', children: [{ type: 'text', text: 'VIEL' }] },
            { type: 'text', text: ' TRINKEN' },
            { type: 'link', href: 'https://example.org/trinken', children: [{ type: 'text', text: ' (MEHR)' }] },
          ],
        },
      ],
    });
  });

  test('a target code that is not in its segment’s source is still refused, named by the file’s id', async () => {
    const { document } = await createPublishedDocument(t.services, tenantId, { title: `Liste ${++made}`, blocks: marked() });
    const { xml } = await exportDoc(document.id);
    // A code without type attributes, so it cannot be read as an emphasis the translator added.
    const broken = fillTargets(xml).replace(/<target><pc id="1"[^>]*>/, '<target><pc id="3">');
    const report = await importXml(broken);
    expect(codes(report)).toEqual([['BROKEN_INLINE_CODES', 'l-m']]);
    expect(report.problems[0]!.message).toMatch(/"3" is not in the source/);
  });
});
