import fs from 'node:fs';
import path from 'node:path';
import { validateDocumentContent } from '@careleaf/schema';
import { importDocument } from './import.service';
import { abbr, anyId, cite, em, lang, link, media, strong, t } from '../../../../../tests/import/builders';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', '..', 'tests', 'import', 'fixtures');
const source = fs.readFileSync(path.join(FIXTURES, 'article.html'), 'utf8');
const run = () => importDocument({ format: 'html', source, locale: 'de-DE' });

describe('importing an HTML page from an old site', () => {
  test('takes the <article>, its h1 as title and the meta description as summary', async () => {
    const { content } = await run();
    expect(validateDocumentContent(content).ok).toBe(true);
    expect(content.title).toBe('Strahlentherapie bei Brustkrebs');
    expect(content.summary).toBe('Wie eine Strahlentherapie bei Brustkrebs abläuft und was gegen Nebenwirkungen hilft.');
  });

  test('gives the expected block tree', async () => {
    const { content } = await run();
    expect(content.blocks).toEqual([
      {
        id: anyId('p'),
        type: 'paragraph',
        content: [
          t('Nach einer '),
          abbr('brusterhaltenden Operation', 'BET'),
          t(' folgt meist eine Bestrahlung'),
          cite(1),
          t('. Sie senkt das Risiko, dass der Krebs zurückkommt.'),
        ],
      },
      { id: 'h-ablauf', type: 'heading', level: 2, content: [t('Ablauf')] },
      {
        id: anyId('p'),
        type: 'paragraph',
        content: [
          t('Die Bestrahlung dauert meist '),
          strong(t('drei bis sechs Wochen')),
          t(', an '),
          em(t('fünf Tagen')),
          t(' pro Woche.\nJede Sitzung dauert nur wenige Minuten.'),
        ],
      },
      {
        id: anyId('l'),
        type: 'list',
        ordered: true,
        items: [
          { content: [t('Planung mit '), lang('en', 'CT scan')] },
          {
            content: [t('Bestrahlung')],
            list: {
              ordered: false,
              items: [{ content: [t('Ganze Brust')] }, { content: [t('Zusätzliche Dosis ('), em(t('Boost')), t(')')] }],
            },
          },
          { content: [t('Nachsorge')] },
        ],
      },
      {
        id: anyId('f'),
        type: 'figure',
        mediaId: media(1),
        decorative: false,
        alt: 'IMG_2041.jpg',
        caption: [t('Ein Linearbeschleuniger')],
      },
      { id: 'h-nebenwirkungen', type: 'heading', level: 3, content: [t('Nebenwirkungen')] },
      {
        id: anyId('t'),
        type: 'table',
        caption: [t('Mögliche Nebenwirkungen')],
        rows: [
          {
            cells: [
              { content: [t('Nebenwirkung')], header: true, scope: 'col' },
              { content: [t('Was hilft')], header: true, scope: 'col' },
            ],
          },
          { cells: [{ content: [t('Hautrötung')], header: true, scope: 'row' }, { content: [t('Milde Pflege, keine Hitze')] }] },
          // A th without scope that leads a row of data cells labels the row.
          { cells: [{ content: [t('Müdigkeit')], header: true, scope: 'row' }, { content: [t('Bewegung, Pausen '), cite(2)] }] },
        ],
      },
      {
        id: anyId('p'),
        type: 'paragraph',
        // The javascript: link lost its address (text kept); the safe link lost its onclick.
        content: [
          t('Weitere Tipps finden Sie hier und im '),
          link('https://www.example.org/ratgeber', t('Ratgeber Strahlentherapie')),
          t('.'),
        ],
      },
      { id: 'h-hinweis-fuer-angehoerige', type: 'heading', level: 4, content: [t('Hinweis für Angehörige')] },
      { id: anyId('p'), type: 'paragraph', content: [t('Angehörige können zu den Terminen mitkommen.')] },
      {
        id: anyId('q'),
        type: 'faq',
        question: [t('Bin ich nach der Bestrahlung radioaktiv?')],
        blocks: [{ id: anyId('p'), type: 'paragraph', content: [t('Nein. Die Strahlen wirken nur während der Sitzung.')] }],
      },
    ]);
  });

  test('turns the "Literatur" list into citation drafts; DOIs come from links too', async () => {
    const { citationDrafts } = await run();
    expect(citationDrafts.map((d) => [d.key, d.text, d.parsed.ids])).toEqual([
      ['1', 'Beispiel B, et al. Radiotherapy after breast-conserving surgery. Lancet. 2011. doi', { doi: '10.1016/S0140-6736(11)61629-2' }],
      ['2', 'Deutsche Gesellschaft für Radioonkologie. Patienteninformation. Online', { url: 'https://www.example.org/degro' }],
    ]);
  });

  test('reports removed scripts, handlers, iframes and page chrome, the clamped heading and the image, in source order', async () => {
    const { report, mediaDrafts } = await run();
    expect(report.map((e) => `${e.position?.line}:${e.code}:${e.element}`)).toEqual([
      '8:unsafe-removed:script',
      '11:unsupported-removed:nav',
      '36:unsafe-removed:img[onerror]',
      '36:image-needs-upload:img',
      '62:unsafe-removed:a[href]',
      '63:unsafe-removed:a[onclick]',
      '65:heading-clamped:h5',
      '66:unsafe-removed:iframe',
      '72:sources-found:h2',
      '81:unsupported-removed:footer',
    ]);
    expect(mediaDrafts).toEqual([
      { placeholderId: media(1), blockId: expect.any(String), src: '/bilder/linearbeschleuniger.jpg', alt: 'IMG_2041.jpg' },
    ]);
  });
});
