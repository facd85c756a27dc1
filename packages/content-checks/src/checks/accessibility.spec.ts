import type { Block } from '@careleaf/schema';
import { runChecks } from '../index';
import { ctx, doc, h, MEDIA, p, text } from '../test-support';
import { isFilenameLike } from './figures';

const ids = (findings: { checkId: string }[]) => findings.map((f) => f.checkId);

describe('heading levels', () => {
  test('h2 → h3 → h4 → h2 → h3 is fine', () => {
    expect(runChecks(doc(h('a1', 2, 'A'), h('a2', 3, 'B'), h('a3', 4, 'C'), h('a4', 2, 'D'), h('a5', 3, 'E')), ctx())).toEqual([]);
  });

  test('a first heading of level 3 is an error on that heading', () => {
    expect(runChecks(doc(p('p1', 'Intro'), h('h1x', 3, 'Zu tief')), ctx())).toEqual([
      {
        checkId: 'heading-first-level',
        severity: 'error',
        blockId: 'h1x',
        path: 'blocks[1].level',
        message: expect.stringMatching(/level 2/),
      },
    ]);
  });

  test('h2 → h4 skips a level; the message names both levels', () => {
    const [finding] = runChecks(doc(h('a1', 2, 'A'), h('a2', 4, 'B')), ctx());
    expect(finding).toMatchObject({ checkId: 'heading-skipped-level', severity: 'error', blockId: 'a2' });
    expect(finding!.message).toMatch(/level 4 heading follows a level 2 heading/);
  });

  test('headings inside a callout continue the outline; a region fallback is checked from the level before the region', () => {
    const region: Block = {
      id: 'reg1',
      type: 'region',
      mode: 'include',
      regions: ['DE'],
      blocks: [h('rb1', 3, 'Deutschland')],
      fallback: [h('fb1', 4, 'Andere Länder')],
    };
    const callout: Block = { id: 'cal1', type: 'callout', variant: 'info', blocks: [h('cb1', 4, 'Tief')] };
    const findings = runChecks(doc(h('a1', 2, 'A'), region, callout), ctx());
    expect(findings.map((f) => [f.checkId, f.blockId])).toEqual([['heading-skipped-level', 'fb1']]);
  });
});

describe('figures and alt text', () => {
  const figure = (over: Partial<Extract<Block, { type: 'figure' }>> = {}): Block => ({
    id: 'fig1',
    type: 'figure',
    mediaId: MEDIA,
    decorative: false,
    alt: '',
    ...over,
  });

  test('a figure with a description passes', () => {
    expect(runChecks(doc(figure({ alt: 'Eine Ärztin tastet die Achsel ab.' })), ctx())).toEqual([]);
  });

  test('alt text from the media item in the same language counts', () => {
    const media = new Map([[MEDIA, { altByLocale: { de: 'Röntgenbild der Brust' } }]]);
    expect(runChecks(doc(figure()), ctx({ locale: 'de-AT', media }))).toEqual([]);
  });

  test('alt text in another language does not count', () => {
    const media = new Map([[MEDIA, { altByLocale: { en: 'Chest X-ray' } }]]);
    expect(ids(runChecks(doc(figure()), ctx({ media })))).toEqual(['figure-alt-missing']);
  });

  test('a figure that is neither decorative nor described is an error on its alt field', () => {
    expect(runChecks(doc(figure()), ctx())).toEqual([
      {
        checkId: 'figure-alt-missing',
        severity: 'error',
        blockId: 'fig1',
        path: 'blocks[0].alt',
        message: expect.stringMatching(/decorative/),
      },
    ]);
  });

  test('a decorative figure needs no alt text', () => {
    expect(runChecks(doc(figure({ decorative: true })), ctx())).toEqual([]);
  });

  test.each(['IMG_2041.jpg', 'image.png', 'bild1', 'DSC01234', 'header_bg_2', 'Foto', '20230405_123456'])(
    '"%s" is a file name, not alt text',
    (alt) => {
      expect(isFilenameLike(alt)).toBe(true);
      expect(runChecks(doc(figure({ alt })), ctx())).toEqual([
        expect.objectContaining({ checkId: 'figure-alt-filename', severity: 'error' }),
      ]);
    },
  );

  test.each(['Bildschirm mit dem Ergebnis der Mammographie', 'Logo der Deutschen Krebshilfe', 'Kurve: 5-Jahres-Überleben 2015–2020'])(
    '"%s" is a description',
    (alt) => {
      expect(isFilenameLike(alt)).toBe(false);
    },
  );

  test('a figure pointing at media that does not exist is an error', () => {
    expect(ids(runChecks(doc(figure({ alt: 'Ein Bild', mediaId: '5c4f3e2d-1b0a-4f9e-8d7c-6b5a4f3e2d1c' })), ctx()))).toEqual([
      'figure-media-missing',
    ]);
  });
});

describe('link text', () => {
  const link = (label: string, href = 'https://www.example.org/studie') =>
    p('p1', 'Zur Studie: ', { type: 'link', href, children: label ? [text(label)] : [] });

  test('a link that names its target passes', () => {
    expect(runChecks(doc(link('Ergebnisse der Studie zur Strahlentherapie')), ctx())).toEqual([]);
  });

  test.each(['hier', 'Mehr', 'weiter »', 'Klicken Sie hier', 'click here', 'Read more…', 'Link'])(
    '"%s" is vague (warning on the link)',
    (label) => {
      expect(runChecks(doc(link(label)), ctx())).toEqual([
        {
          checkId: 'link-vague',
          severity: 'warning',
          blockId: 'p1',
          path: 'blocks[0].content[1]',
          message: expect.stringContaining(label),
        },
      ]);
    },
  );

  test('vague words of another language than the page are not flagged ("ici" on a German page)', () => {
    expect(runChecks(doc(link('ici')), ctx())).toEqual([]);
    expect(ids(runChecks(doc(link('ici')), ctx({ locale: 'fr' })))).toEqual(['link-vague']);
  });

  test('a link without text is an error; a bare address is a warning', () => {
    expect(ids(runChecks(doc(link('')), ctx()))).toEqual(['link-empty']);
    expect(ids(runChecks(doc(link('https://www.example.org/studie')), ctx()))).toEqual(['link-url-text']);
  });

  test('links inside list items are checked too', () => {
    const list: Block = {
      id: 'l1',
      type: 'list',
      ordered: false,
      items: [
        { content: [text('A')], list: { ordered: false, items: [{ content: [{ type: 'link', href: '/x', children: [text('mehr')] }] }] } },
      ],
    };
    expect(runChecks(doc(list), ctx())).toEqual([
      expect.objectContaining({ checkId: 'link-vague', path: 'blocks[0].items[0].list.items[0].content[0]' }),
    ]);
  });
});

describe('tables', () => {
  const table = (caption: string, header: boolean, headerText = 'Therapie'): Block => ({
    id: 't1',
    type: 'table',
    caption: [text(caption)],
    rows: [
      { cells: [{ content: [text(headerText)], header, ...(header ? { scope: 'col' as const } : {}) }] },
      { cells: [{ content: [text('Chemo')] }] },
    ],
  });

  test('a captioned table with header cells passes', () => {
    expect(runChecks(doc(table('Nebenwirkungen', true)), ctx())).toEqual([]);
  });

  test('a blank caption and missing header cells are errors', () => {
    expect(runChecks(doc(table('  ', false)), ctx()).map((f) => [f.checkId, f.severity, f.path])).toEqual([
      ['table-caption', 'error', 'blocks[0].caption'],
      ['table-headers', 'error', 'blocks[0].rows'],
    ]);
  });

  test('an empty header cell is a warning', () => {
    expect(runChecks(doc(table('Nebenwirkungen', true, ' ')), ctx()).map((f) => [f.checkId, f.severity, f.path])).toEqual([
      ['table-header-empty', 'warning', 'blocks[0].rows[0].cells[0]'],
    ]);
  });
});

describe('abbreviations', () => {
  const abbr = (t: string, title: string) => ({ type: 'abbr' as const, title, children: [text(t)] });

  test('an abbreviation expanded on first use passes, later plain uses too', () => {
    expect(
      runChecks(doc(p('p1', 'Das ', abbr('DMP', 'Disease-Management-Programm'), ' hilft.'), p('p2', 'Im DMP gibt es Termine.')), ctx()),
    ).toEqual([]);
  });

  test('a plain use before the expansion is a warning on that text, reported once', () => {
    const findings = runChecks(
      doc(p('p1', 'Das DMP hilft. Das DMP ist kostenlos.'), p('p2', abbr('DMP', 'Disease-Management-Programm'))),
      ctx(),
    );
    expect(findings).toEqual([
      {
        checkId: 'abbreviation-unexpanded',
        severity: 'warning',
        blockId: 'p1',
        path: 'blocks[0].content[0]',
        message: expect.stringContaining('"DMP"'),
      },
    ]);
  });

  test('an abbreviation never expanded is a warning; plurals and digits belong to the token', () => {
    expect(runChecks(doc(p('p1', 'Zwei DMPs und der HER2-Status.')), ctx()).map((f) => f.message.match(/"(\w+)"/)?.[1])).toEqual([
      'DMP',
      'HER2',
    ]);
  });

  test('the full form written in brackets next to it counts as the expansion', () => {
    expect(
      runChecks(doc(p('p1', 'Das Disease-Management-Programm (DMP) und die MRT (Magnetresonanztomographie) helfen. Das DMP …')), ctx()),
    ).toEqual([]);
  });

  test('a glossary term explains the abbreviation; Roman numerals and single capitals are not abbreviations', () => {
    const term = { type: 'term' as const, termId: '1f3e2b3c-6a0d-4c6e-8f55-0a9d2c1b7e42', children: [text('HER2')] };
    expect(runChecks(doc(p('p1', term, ' im Stadium IV. A und B.'), p('p2', 'HER2 wieder.')), ctx())).toEqual([]);
  });
});

describe('empty blocks', () => {
  test('an empty heading is an error, an empty paragraph and list item are warnings', () => {
    const list: Block = { id: 'l1', type: 'list', ordered: true, items: [{ content: [text('Eins')] }, { content: [text('  ')] }] };
    const findings = runChecks(doc(h('h1x', 2, ' '), p('p1', '\u00a0'), list), ctx({ uiLocale: 'de' }));
    expect(findings.map((f) => [f.checkId, f.severity, f.path])).toEqual([
      ['block-empty', 'error', 'blocks[0].content'],
      ['block-empty', 'warning', 'blocks[1].content'],
      ['block-empty', 'warning', 'blocks[2].items[1].content'],
    ]);
    expect(findings[0]!.message).toBe('Dieser Block (Überschrift) ist leer. Ergänzen Sie Text oder löschen Sie den Block.');
  });

  test('a paragraph holding only a citation point is not empty', () => {
    expect(runChecks(doc(p('p1', { type: 'cite', citationIds: ['7b0c5f0e-3a1d-4c55-9a43-2d8f7f1e9a01'] })), ctx())).toEqual([]);
  });
});
