import fs from 'node:fs';
import path from 'node:path';
import { validateDocumentContent } from '@careleaf/schema';
import { importDocument } from './import.service';
import { abbr, anyId, cite, citation, em, lang, link, media, strong, t } from '../../../../../tests/import/builders';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', '..', 'tests', 'import', 'fixtures');
const source = fs.readFileSync(path.join(FIXTURES, 'article.md'), 'utf8');
const run = () => importDocument({ format: 'markdown', source, locale: 'de' });

describe('importing a Markdown article', () => {
  test('gives the expected block tree: title, headings, nested list, table, figure, marks and citation points', async () => {
    const { content } = await run();
    expect(validateDocumentContent(content).ok).toBe(true);
    expect(content.title).toBe('Behandlung von Brustkrebs mit Metastasen');
    expect(content.blocks).toEqual([
      {
        id: anyId('p'),
        type: 'paragraph',
        content: [
          t(
            'Bei Brustkrebs mit Metastasen hat sich der Krebs in andere Organe ausgebreitet. Die Behandlung soll Beschwerden lindern und das Leben verlängern ',
          ),
          cite(1),
          t('.'),
        ],
      },
      { id: 'h-welche-behandlungen-gibt-es', type: 'heading', level: 2, content: [t('Welche Behandlungen gibt es?')] },
      {
        id: anyId('p'),
        type: 'paragraph',
        content: [
          t('Welche Behandlung passt, hängt vom '),
          em(t('Hormonrezeptor-Status')),
          t(' und vom '),
          strong(t('HER2-Status')),
          t(' ab '),
          cite(2, 3),
          t('.'),
        ],
      },
      {
        id: anyId('l'),
        type: 'list',
        ordered: false,
        items: [
          {
            content: [t('Antihormonelle Therapie')],
            list: { ordered: false, items: [{ content: [t('Tamoxifen')] }, { content: [t('Aromatasehemmer')] }] },
          },
          { content: [t('Chemotherapie')] },
          { content: [t('Zielgerichtete Therapie mit Antikörpern')] },
        ],
      },
      { id: 'h-nebenwirkungen', type: 'heading', level: 3, content: [t('Nebenwirkungen')] },
      {
        id: anyId('t'),
        type: 'table',
        caption: [t('Häufige Nebenwirkungen der Behandlungen')],
        rows: [
          {
            cells: [
              { content: [t('Behandlung')], header: true, scope: 'col' },
              { content: [t('Häufige Nebenwirkungen')], header: true, scope: 'col' },
            ],
          },
          { cells: [{ content: [t('Chemotherapie')] }, { content: [t('Übelkeit, Haarausfall')] }] },
          { cells: [{ content: [t('Antihormonelle Therapie')] }, { content: [t('Hitzewallungen')] }] },
        ],
      },
      { id: anyId('f'), type: 'figure', mediaId: media(1), decorative: false, alt: 'Eine Ärztin bespricht einen Befund' },
      {
        id: anyId('p'),
        type: 'paragraph',
        content: [
          t('Das '),
          abbr('Disease-Management-Programm', 'DMP'),
          t(' Brustkrebs bietet regelmäßige Termine. Viele Kliniken sprechen von '),
          lang('en', 'shared decision making'),
          t('. Mehr dazu beim '),
          link('https://www.krebsinformationsdienst.de/', t('Krebsinformationsdienst')),
          t('.'),
        ],
      },
      { id: 'h-sehr-tiefe-ueberschrift', type: 'heading', level: 4, content: [t('Sehr tiefe Überschrift')] },
      {
        id: anyId('l'),
        type: 'list',
        ordered: true,
        items: [{ content: [t('Fragen aufschreiben')] }, { content: [t('Eine vertraute Person mitnehmen')] }],
      },
      // Source 4 is never cited in the text: it stays attached to the document where the list was.
      { id: anyId('c'), type: 'citations', citationIds: [citation(4)] },
    ]);
  });

  test('turns the numbered sources list into citation drafts with their full text, identifiers, kind and line', async () => {
    const { citationDrafts } = await run();
    expect(citationDrafts.map((d) => [d.key, d.parsed.ids, d.parsed.kind, d.position?.line, d.placeholderId])).toEqual([
      ['1', { url: 'https://www.leitlinienprogramm-onkologie.de/leitlinien/mammakarzinom/' }, 'guideline', 35, citation(1)],
      ['2', { pubmedId: '32979513', doi: '10.1016/j.annonc.2020.09.010' }, 'journalArticle', 36, citation(2)],
      ['3', { pubmedId: '12345678' }, 'journalArticle', 37, citation(3)],
      ['4', { doi: '10.1000/xyz123' }, 'journalArticle', 38, citation(4)],
    ]);
    expect(citationDrafts[1]!.text).toBe(
      'Cardoso F, et al. 5th ESO-ESMO international consensus guidelines for advanced breast cancer. Ann Oncol. 2020. doi:10.1016/j.annonc.2020.09.010. PMID: 32979513',
    );
    expect(citationDrafts[1]!.parsed.fields).toMatchObject({
      authors: [{ family: 'Cardoso', given: 'F' }],
      title: '5th ESO-ESMO international consensus guidelines for advanced breast cancer',
      year: 2020,
    });
  });

  test('lists the image as a media draft and reports what needs doing, with positions', async () => {
    const { mediaDrafts, report, content } = await run();
    const figureId = content.blocks.find((b) => b.type === 'figure')!.id;
    expect(mediaDrafts).toEqual([
      {
        placeholderId: media(1),
        blockId: figureId,
        src: 'https://www.example.org/bilder/gespraech.jpg',
        alt: 'Eine Ärztin bespricht einen Befund',
      },
    ]);
    expect(report.map((e) => [e.code, e.element, e.position?.line ?? null])).toEqual([
      ['image-needs-upload', 'img', 24],
      ['heading-clamped', 'h6', 28],
      ['sources-found', 'h2', 33],
      ['citations-uncited', 'li', null],
    ]);
    expect(report[0]).toMatchObject({ blockId: figureId, reason: expect.stringContaining('https://www.example.org/bilder/gespraech.jpg') });
  });

  test('importing the same article twice gives the same block ids', async () => {
    const [a, b] = await Promise.all([run(), run()]);
    expect(b.content.blocks.map((x) => x.id)).toEqual(a.content.blocks.map((x) => x.id));
    expect(new Set(a.content.blocks.map((x) => x.id)).size).toBe(a.content.blocks.length);
  });

  test('an edit to one paragraph keeps the ids of all other blocks', async () => {
    const a = await run();
    const b = await importDocument({ format: 'markdown', source: source.replace('regelmäßige Termine', 'feste Termine'), locale: 'de' });
    const changed = a.content.blocks.map((x, i) => x.id !== b.content.blocks[i]!.id);
    expect(changed.filter(Boolean)).toHaveLength(1);
  });
});
