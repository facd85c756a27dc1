import type { Block } from '@careleaf/schema';
import { AppError } from '../../kernel/errors';
import { importDocument } from './import.service';
import { anyId, cite, citation, lang, link, media, t } from '../../../../../tests/import/builders';

const html = (body: string, locale = 'de') => importDocument({ format: 'html', source: `<h1>Titel</h1>${body}`, locale });
const md = (body: string, locale = 'de') => importDocument({ format: 'markdown', source: `# Titel\n\n${body}`, locale });
const codes = (report: { code: string }[]) => report.map((e) => e.code);
const only = (blocks: Block[]) => {
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('input and title', () => {
  test('without an h1 the given title is used, and the report says so', async () => {
    const result = await importDocument({ format: 'markdown', source: 'Nur Text.', locale: 'de', title: 'Mein Titel' });
    expect(result.content.title).toBe('Mein Titel');
    expect(codes(result.report)).toEqual(['title-from-input']);
  });

  test('without any title the import is refused, naming the title field', async () => {
    const error = await rejection(importDocument({ format: 'markdown', source: 'Nur Text.', locale: 'de' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  test('a page without h1 takes its <title>', async () => {
    const result = await importDocument({
      format: 'html',
      source: '<html><head><title>Seitentitel</title></head><body><p>x</p></body></html>',
      locale: 'de',
    });
    expect(result.content.title).toBe('Seitentitel');
    expect(codes(result.report)).toEqual(['title-from-page']);
  });

  test('a second h1 becomes level 2', async () => {
    const { content, report } = await html('<h1>Noch ein Titel</h1>');
    expect(only(content.blocks)).toMatchObject({ type: 'heading', level: 2 });
    expect(codes(report)).toEqual(['heading-demoted']);
  });

  test.each([
    [{ format: 'rtf', source: 'x', locale: 'de' }, 'format'],
    [{ format: 'markdown', source: '  ', locale: 'de' }, 'source'],
    [{ format: 'markdown', source: '# x', locale: 'not a locale!' }, 'locale'],
    [{ format: 'html', source: 'x'.repeat(2_000_001), locale: 'de' }, 'source'],
  ])('bad input %# is refused naming the field', async (input, field) => {
    const error = await rejection(importDocument(input as never));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('markup nested too deeply for the parser is bad input, not a crash', async () => {
    const error = await rejection(html(`${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}`));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
  });
});

describe('text and marks', () => {
  test('white space collapses as in a browser; <br> is a line break', async () => {
    const { content } = await html('<p>  Erste   Zeile \n fortgesetzt<br>  zweite <em> Zeile </em> </p>');
    expect(only(content.blocks)).toMatchObject({
      content: [t('Erste Zeile fortgesetzt\nzweite '), { type: 'emphasis', children: [t('Zeile')] }],
    });
  });

  test('a paragraph in another language is wrapped in a language span; the document language is not', async () => {
    const { content } = await html('<p lang="en">Ask your doctor.</p><p><span lang="de-AT">Grüß Gott</span> und <q>Hallo</q></p>');
    expect(content.blocks.map((b) => (b as { content: unknown }).content)).toEqual([
      [lang('en', 'Ask your doctor.')],
      [t('Grüß Gott und „Hallo“')],
    ]);
  });

  test('an invalid language tag keeps the text and is reported', async () => {
    const { content, report } = await html('<p><span lang="not valid!">Text</span></p>');
    expect(only(content.blocks)).toMatchObject({ content: [t('Text')] });
    expect(codes(report)).toEqual(['lang-invalid']);
  });

  test('units and formulas keep their superscript and subscript digits', async () => {
    const { content } = await html('<p>1,8 m<sup>2</sup> Körperoberfläche, CO<sub>2</sub></p>');
    expect(only(content.blocks)).toMatchObject({ content: [t('1,8 m² Körperoberfläche, CO₂')] });
  });

  test('links: full addresses and mail stay; site paths stay with a note; relative and in-page links keep only their text', async () => {
    const { content, report } = await html(
      '<p><a href="https://example.org/a b">A</a> <a href="mailto:info@example.org">B</a> <a href="/pfad">C</a> <a href="seite.html">D</a> <a href="#abschnitt">E</a></p>',
    );
    expect(only(content.blocks)).toMatchObject({
      content: [
        link('https://example.org/a%20b', t('A')),
        t(' '),
        link('mailto:info@example.org', t('B')),
        t(' '),
        link('/pfad', t('C')),
        t(' D E'),
      ],
    });
    expect(report.map((e) => e.reason)).toEqual([
      expect.stringContaining('path of the old site'),
      expect.stringContaining('"seite.html" was removed'),
      expect.stringContaining('in-page link'),
    ]);
  });

  test('an abbreviation without its full form stays text and is reported', async () => {
    const { content, report } = await html('<p><abbr>DMP</abbr></p>');
    expect(only(content.blocks)).toMatchObject({ content: [t('DMP')] });
    expect(codes(report)).toEqual(['abbr-without-title']);
  });

  test('quotes, code, rules and definition lists are flattened into paragraphs and reported', async () => {
    const { content, report } = await html(
      '<blockquote><p>Zitat</p></blockquote><pre>a  b\n c</pre><hr><dl><dt>Begriff</dt><dd>Erklärung</dd></dl>',
    );
    expect(content.blocks.map((b) => (b as { content: unknown }).content)).toEqual([
      [t('Zitat')],
      [t('a  b\n c')],
      [{ type: 'strong', children: [t('Begriff')] }],
      [t('Erklärung')],
    ]);
    expect(codes(report)).toEqual(['flattened', 'flattened', 'flattened', 'flattened']);
  });

  test('only the <article> of a page is imported, and the rest is reported', async () => {
    const { content, report } = await importDocument({
      format: 'html',
      source: '<body><div>Werbung</div><article><h1>T</h1><p>Inhalt</p></article></body>',
      locale: 'de',
    });
    expect(only(content.blocks)).toMatchObject({ content: [t('Inhalt')] });
    expect(codes(report)).toEqual(['content-outside-article']);
  });
});

describe('lists', () => {
  test('loose Markdown lists with several paragraphs and nested ordered lists', async () => {
    const { content } = await md('- Erstens\n\n  mit zweitem Absatz\n\n  1. eins\n  2. zwei\n\n- Zweitens\n');
    expect(only(content.blocks)).toEqual({
      id: anyId('l'),
      type: 'list',
      ordered: false,
      items: [
        {
          content: [t('Erstens\nmit zweitem Absatz')],
          list: { ordered: true, items: [{ content: [t('eins')] }, { content: [t('zwei')] }] },
        },
        { content: [t('Zweitens')] },
      ],
    });
  });

  test('an item holding only a nested list hands its items up; a table in an item is reported', async () => {
    const { content, report } = await html('<ul><li><ul><li>a</li><li>b</li></ul></li><li>c<table><tr><td>x</td></tr></table></li></ul>');
    expect(only(content.blocks)).toMatchObject({ items: [{ content: [t('a')] }, { content: [t('b')] }, { content: [t('c')] }] });
    expect(codes(report)).toEqual(['flattened', 'list-item-content-dropped']);
  });
});

describe('tables', () => {
  test('a table without caption and header cells gets a stand-in caption and a header row, both reported', async () => {
    const { content, report } = await html('<table><tr><td colspan="2">Wirkstoff</td></tr><tr><td>A</td><td>B</td></tr></table>');
    expect(only(content.blocks)).toMatchObject({
      type: 'table',
      caption: [t('Tabelle 1')],
      rows: [
        { cells: [{ content: [t('Wirkstoff')], header: true, scope: 'col' }] },
        { cells: [{ content: [t('A')] }, { content: [t('B')] }] },
      ],
    });
    expect(codes(report)).toEqual(['table-merged-cells', 'table-headers-inferred', 'table-caption-missing']);
  });

  test('the stand-in caption is in the document language', async () => {
    const { content } = await html('<table><tr><th>a</th></tr></table>', 'en');
    expect(only(content.blocks)).toMatchObject({ caption: [t('Table 1')] });
  });

  test('a <figure> around a table gives it its caption; lists in cells become lines', async () => {
    const { content } = await html(
      '<figure><figcaption>Dosen</figcaption><table><tr><th>Mittel</th></tr><tr><td><ul><li>a</li><li>b</li></ul></td></tr></table></figure>',
    );
    expect(only(content.blocks)).toMatchObject({ caption: [t('Dosen')], rows: [{}, { cells: [{ content: [t('a\nb')] }] }] });
  });
});

describe('images', () => {
  test('an image with an embedded data: address is left out and reported', async () => {
    const { content, report, mediaDrafts } = await html('<p><img src="data:image/png;base64,AAAA" alt="Grafik"></p>');
    expect(content.blocks).toEqual([]);
    expect(mediaDrafts).toEqual([]);
    expect(codes(report)).toEqual(['unsafe-removed', 'image-without-source']);
  });

  test('an image inside text splits the paragraph; a link around it is dropped', async () => {
    const { content, report } = await html('<p>Vorher <a href="/gross.jpg"><img src="//cdn.example.org/klein.jpg" alt=""></a> nachher</p>');
    expect(content.blocks).toEqual([
      { id: anyId('p'), type: 'paragraph', content: [t('Vorher')] },
      { id: anyId('f'), type: 'figure', mediaId: media(1), decorative: false, alt: '' },
      { id: anyId('p'), type: 'paragraph', content: [t('nachher')] },
    ]);
    expect(codes(report)).toEqual(['link-dropped', 'image-needs-upload']);
    expect(report[1]!.reason).toMatch(/write its alt text \(or mark it decorative\)/);
  });

  test('an image in a heading is left out and reported', async () => {
    const { content, report } = await html('<h2><img src="/i.png" alt="">Ablauf</h2>');
    expect(only(content.blocks)).toMatchObject({ type: 'heading', content: [t('Ablauf')] });
    expect(codes(report)).toEqual(['image-in-text']);
  });
});

describe('sources and citation points', () => {
  test('Markdown footnotes become citation drafts and citation points', async () => {
    const { content, citationDrafts } = await md(
      'Wirkt gut[^a] und sicher[^b].\n\n[^a]: Studie A. PMID: 111\n[^b]: Studie B. https://doi.org/10.1000%2Fabc.',
    );
    expect(only(content.blocks)).toMatchObject({ content: [t('Wirkt gut'), cite(1), t(' und sicher'), cite(2), t('.')] });
    expect(citationDrafts.map((d) => [d.key, d.text, d.parsed.ids, d.placeholderId, d.position?.line])).toEqual([
      ['fn1', 'Studie A. PMID: 111', { pubmedId: '111' }, citation(1), 5],
      ['fn2', 'Studie B. https://doi.org/10.1000%2Fabc.', { doi: '10.1000/abc' }, citation(2), 6],
    ]);
  });

  test('a "Quellen:" paragraph with references separated by line breaks; an unknown marker stays text', async () => {
    const { content, citationDrafts, report } = await html(
      '<p>Belegt [1], vermutet [1–2] und unbekannt [7].</p><p><strong>Quellen:</strong></p><p>[1] Erste Quelle, PMID 123<br>[2] Zweite Quelle</p><p>Nachwort</p>',
    );
    expect(content.blocks.map((b) => (b as { content: unknown }).content)).toEqual([
      [t('Belegt '), cite(1), t(', vermutet '), cite(1, 2), t(' und unbekannt [7].')],
      [t('Nachwort')],
    ]);
    expect(citationDrafts.map((d) => [d.key, d.text, d.parsed.ids.pubmedId])).toEqual([
      ['1', 'Erste Quelle, PMID 123', '123'],
      ['2', 'Zweite Quelle', undefined],
    ]);
    expect(codes(report)).toEqual(['citation-marker-unknown', 'sources-found']);
  });

  test('without a sources list, [n] markers stay text and are reported', async () => {
    const { content, citationDrafts, report } = await md('Belegt [1].');
    expect(only(content.blocks)).toMatchObject({ content: [t('Belegt [1].')] });
    expect(citationDrafts).toEqual([]);
    expect(report[0]!.reason).toMatch(/no list of sources/);
  });
});

test('an article with more blocks than the content holds is cut at 2,000 and reported', async () => {
  const { content, report } = await md(Array.from({ length: 2010 }, (_, i) => `Absatz ${i}.`).join('\n\n'));
  expect(content.blocks).toHaveLength(2000);
  // Each block left out is in the report with its text and line: nothing goes silently.
  expect(report.map((e) => [e.code, e.text, e.position?.line])).toEqual(
    Array.from({ length: 10 }, (_, i) => ['limit-reached', `Absatz ${2000 + i}.`, 3 + 2 * (2000 + i)]),
  );
});

test('content the import leaves out is quoted in the report: page chrome around the article, a table in a list item, a form', async () => {
  const { report } = await importDocument({
    format: 'html',
    locale: 'de',
    source:
      '<html><body><header>Praxis Dr. Beispiel</header><article><h1>Titel</h1><ul><li>Punkt<table><tr><td>Wert 5</td></tr></table></li></ul>' +
      '<form><label>Ihre Frage an uns</label></form></article><footer>Impressum der alten Seite</footer></body></html>',
  });
  const text = (code: string) => report.filter((e) => e.code === code).map((e) => e.text);
  expect(text('content-outside-article')).toEqual(['Praxis Dr. Beispiel']); // the footer is reported as removed, below
  expect(text('list-item-content-dropped')).toEqual(['Wert 5']);
  expect(text('unsupported-removed')).toEqual(expect.arrayContaining(['Ihre Frage an uns', 'Impressum der alten Seite']));
});
