import { validateDocumentContent } from './document';
import { blockText, walkBlocks, type Block } from './blocks';

const CITATION = '7b0c5f0e-3a1d-4c55-9a43-2d8f7f1e9a01';
const TERM = '1f3e2b3c-6a0d-4c6e-8f55-0a9d2c1b7e42';

const valid: Block[] = [
  { id: 'h-intro', type: 'heading', level: 2, content: [{ type: 'text', text: 'Behandlung' }] },
  {
    id: 'p-intro',
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Eine ' },
      { type: 'term', termId: TERM, children: [{ type: 'text', text: 'Chemotherapie' }] },
      { type: 'text', text: ' wirkt im ganzen Körper ' },
      { type: 'cite', citationIds: [CITATION] },
      { type: 'abbr', title: 'Disease-Management-Programm', children: [{ type: 'text', text: 'DMP' }] },
      { type: 'lang', lang: 'en', children: [{ type: 'text', text: 'shared decision making' }] },
      {
        type: 'link',
        href: 'https://www.example.org/a',
        children: [{ type: 'emphasis', children: [{ type: 'text', text: 'mehr zur Studie' }] }],
      },
    ],
  },
  {
    id: 'r-de',
    type: 'region',
    mode: 'include',
    regions: ['DE'],
    blocks: [{ id: 'p-dmp', type: 'paragraph', content: [{ type: 'text', text: 'Gesetzliche Krankenkassen bieten …' }] }],
    fallback: [{ id: 'p-other', type: 'paragraph', content: [{ type: 'text', text: 'Fragen Sie Ihre Versicherung.' }] }],
  },
  {
    id: 't-side',
    type: 'table',
    caption: [{ type: 'text', text: 'Nebenwirkungen' }],
    rows: [
      { cells: [{ content: [{ type: 'text', text: 'Therapie' }], header: true, scope: 'col' }] },
      { cells: [{ content: [{ type: 'text', text: 'Übelkeit' }] }] },
    ],
  },
];

test('a well-formed document with nested blocks and inline marks is valid', () => {
  const result = validateDocumentContent({ title: 'Brustkrebs', summary: '', blocks: valid });
  expect(result).toEqual({ ok: true, content: { title: 'Brustkrebs', summary: '', blocks: valid } });
});

test('a javascript: link is refused with the path and block id of the link', () => {
  const blocks = structuredClone(valid);
  (blocks[1] as { content: { href?: string }[] }).content[6]!.href = 'javascript:alert(1)';
  const result = validateDocumentContent({ title: 'x', blocks });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues).toEqual([
    { path: 'blocks[1].content[6].href', blockId: 'p-intro', message: expect.stringMatching(/http\(s\)/), reason: 'URL_NOT_ALLOWED' },
  ]);
});

test('a problem inside a nested block names the nested block', () => {
  const blocks = structuredClone(valid);
  (blocks[2] as { blocks: { content: unknown[] }[] }).blocks[0]!.content = [];
  const result = validateDocumentContent({ title: 'x', blocks });
  expect(result.ok ? [] : result.issues).toEqual([
    { path: 'blocks[2].blocks[0].content', blockId: 'p-dmp', message: 'a paragraph needs text' },
  ]);
});

test('a table without header cells, an unknown block type and a duplicate id are each reported', () => {
  const noHeader = { ...valid[3], rows: [{ cells: [{ content: [{ type: 'text', text: 'a' }] }] }] };
  const result = validateDocumentContent({
    title: 'x',
    blocks: [noHeader, { id: 'zzzz', type: 'marquee' }, valid[0], { ...valid[0] }],
  });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const messages = result.issues.map((i) => `${i.path}: ${i.message}`);
  expect(messages).toEqual(
    expect.arrayContaining(['blocks[0].rows: a table needs header cells', expect.stringMatching(/^blocks\[1\]\.type: /)]),
  );
});

test('a duplicate block id is refused', () => {
  const result = validateDocumentContent({ title: 'x', blocks: [valid[0], { ...valid[0] }] });
  expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual(['the block id "h-intro" is used twice']);
});

test('unknown fields are refused rather than silently stored', () => {
  const result = validateDocumentContent({ title: 'x', blocks: [{ ...valid[0], onclick: 'x' }] });
  expect(result.ok).toBe(false);
});

test('walking blocks visits nested blocks in document order, and block text skips citation points', () => {
  expect([...walkBlocks(valid)].map((b) => b.id)).toEqual(['h-intro', 'p-intro', 'r-de', 'p-dmp', 'p-other', 't-side']);
  expect(blockText(valid[1]!)).toBe('Eine Chemotherapie wirkt im ganzen Körper DMPshared decision makingmehr zur Studie');
});
