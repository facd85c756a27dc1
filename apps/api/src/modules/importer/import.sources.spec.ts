import fs from 'node:fs';
import path from 'node:path';
import { inlineText, mapBlockTree, type Block, type DocumentContent, type Inline } from '@careleaf/schema';
import { importDocument } from './import.service';
import { cite, citation, t } from '../../../../../tests/import/builders';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', '..', 'tests', 'import', 'fixtures');
const source = fs.readFileSync(path.join(FIXTURES, 'sources-article.md'), 'utf8');
const run = () => importDocument({ format: 'markdown', source, locale: 'en' });

/** Whitespace normalised; none before a full stop or comma (a citation point between them leaves a space). */
const norm = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,])/g, '$1')
    .trim();

/** Every text of the document: title, summary, headings, paragraphs, list items, nested blocks. */
function documentText(content: DocumentContent): string {
  const parts: string[] = [content.title, content.summary];
  const inline = (nodes: Inline[]) => {
    parts.push(inlineText(nodes));
    return nodes;
  };
  mapBlockTree(content.blocks as Block[], { inline, ref: (r) => r.id });
  return norm(parts.join(' \n '));
}

/** The sentences of the Markdown source, without its markup ("# ", "1. ", "[2, 3]" markers). */
function sentences(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^#+\s+/, '')
        .replace(/^\d+\.\s+/, '')
        .trim(),
    )
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.?!])\s+(?=[A-Z])/))
    .map((s) => norm(s.replace(/\s*\[\d+(?:,\s*\d+)*\]/g, '')).replace(/\s+([.,])/g, '$1'))
    .filter((s) => s.length > 0);
}

describe("an article with a list of seven sources, a publisher's note in the list and two paragraphs after it", () => {
  test('gives seven citation drafts, in order, each with its identifier, kind and line', async () => {
    const { citationDrafts } = await run();
    expect(citationDrafts.map((d) => [d.key, d.parsed.kind, d.parsed.ids, d.position?.line])).toEqual([
      ['1', 'journalArticle', { pubmedId: '24142513' }, 17],
      ['2', 'journalArticle', { doi: '10.2337/dc16-1728' }, 18],
      ['3', 'webPage', { trialIds: ['NCT01234567'] }, 19],
      ['4', 'book', { isbn: '978-0-306-40615-7' }, 20],
      ['5', 'journalArticle', {}, 21],
      ['6', 'webPage', { url: 'https://www.nhs.uk/conditions/type-2-diabetes/', accessedOn: '2024-03-01' }, 22],
      ['7', 'journalArticle', {}, 23],
    ]);
    expect(citationDrafts[0]!.parsed.fields).toMatchObject({
      authors: [
        { family: 'Zheng', given: 'Y' },
        { family: 'Ley', given: 'S H' },
        { family: 'Hu', given: 'F B' },
      ],
      journal: 'Nat Rev Endocrinol',
      year: 2018,
      month: 2,
      volume: '14',
      issue: '2',
      pages: '88-98',
    });
    expect(citationDrafts[3]!.parsed.fields).toMatchObject({ edition: 6, place: 'Hoboken', publisher: 'Wiley-Blackwell', year: 2024 });
    expect(citationDrafts[6]!.text).toBe(
      'Schaper NC, van Netten JJ, Apelqvist J, Bus SA, Hinchliffe RJ, Lipsky BA. Practical guidelines on the prevention and management of diabetic foot disease. Diabetes Metab Res Rev. 2020;36 Suppl 1:e3266.',
    );
  });

  test('every source is cited where the text cites it, and names that block', async () => {
    const { content, citationDrafts } = await run();
    const whatHelps = content.blocks[2]!;
    expect(whatHelps).toMatchObject({
      type: 'paragraph',
      content: [
        t('Regular physical activity lowers blood sugar and protects the heart '),
        cite(2, 3),
        t('. Metformin is usually the first medicine offered '),
        cite(4),
        t('.'),
      ],
    });
    expect(citationDrafts[1]!.blockId).toBe(whatHelps.id);
    expect(citationDrafts.every((d) => d.blockId)).toBe(true);
    expect(JSON.stringify(content)).not.toContain(citation(8));
  });

  test("the publisher's note and the paragraphs after the list stay text, after the sources; the note is reported", async () => {
    const { content, report } = await run();
    const tail = content.blocks.slice(-3).map((b) => (b.type === 'paragraph' ? inlineText(b.content) : b.type));
    expect(tail).toEqual([
      "Publisher's note: this leaflet was written by the Careleaf health information team and checked by two diabetes nurses.",
      'This information does not replace a conversation with your doctor or nurse. Ask them what applies to you.',
      'We review this leaflet every three years. The next review is due in 2027.',
    ]);
    const kept = report.filter((e) => e.code === 'sources-text-kept');
    expect(kept).toEqual([
      expect.objectContaining({
        position: { line: 24, column: 1 },
        text: "Publisher's note: this leaflet was written by the Careleaf health information team and checked by two diabetes nurses.",
      }),
    ]);
  });

  test('nothing is lost: every sentence of the article is in the document, a source or the report', async () => {
    const { content, citationDrafts, report } = await run();
    const doc = documentText(content);
    const elsewhere = norm([...citationDrafts.map((d) => d.text), ...report.map((e) => e.text ?? '')].join(' \n '));
    const missing = sentences(source).filter((s) => !doc.includes(s) && !elsewhere.includes(s));
    expect(missing).toEqual([]);
    expect(sentences(source).length).toBeGreaterThan(25);
  });
});

test('a sources heading ends at the next heading: a section after it is content, not sources', async () => {
  const { content, citationDrafts } = await importDocument({
    format: 'markdown',
    locale: 'en',
    source: '# T\n\nText [1].\n\n## References\n\n- Smith A. A study. BMJ. 2020;1:1-2.\n\n## About us\n\nWe write health information.\n',
  });
  expect(citationDrafts).toHaveLength(1);
  expect(content.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
});
