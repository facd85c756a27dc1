import type { Inline } from '@careleaf/schema';
import { alignToSource, decodeTokens, encodeInline } from './codes';

const text = (t: string): Inline => ({ type: 'text', text: t });
const nodes: Inline[] = [
  text('Eine '),
  { type: 'strong', children: [text('wichtige '), { type: 'emphasis', children: [text('Regel')] }] },
  { type: 'cite', citationIds: ['7b0c5f0e-3a1d-4c55-9a43-2d8f7f1e9a01'] },
  { type: 'link', href: 'https://example.org', children: [text('hier')] },
];

test('marks become numbered codes, and decoding the same tokens gives the marks back', () => {
  const { tokens, codes } = encodeInline(nodes);
  expect(tokens.map((t) => (t.k === 'text' ? t.v : `${t.k}:${t.id}`))).toEqual([
    'Eine ',
    'open:1',
    'wichtige ',
    'open:2',
    'Regel',
    'close:2',
    'close:1',
    'ph:3',
    'open:4',
    'hier',
    'close:4',
  ]);
  expect(decodeTokens(tokens, codes)).toEqual({ ok: true, nodes });
});

test('a translation takes every attribute from the source codes, whatever order the codes come in', () => {
  const { codes } = encodeInline(nodes);
  const result = decodeTokens(
    [
      { k: 'open', id: '4' },
      { k: 'text', v: 'Here' },
      { k: 'close', id: '4' },
      { k: 'text', v: ' is an ' },
      { k: 'open', id: '1' },
      { k: 'open', id: '2' },
      { k: 'text', v: 'important' },
      { k: 'close', id: '2' },
      { k: 'text', v: ' rule' },
      { k: 'close', id: '1' },
      { k: 'ph', id: '3' },
    ],
    codes,
  );
  expect(result.ok && result.nodes[0]).toEqual({ type: 'link', href: 'https://example.org', children: [text('Here')] });
});

test('optional marks may be dropped, and emphasis added by the file’s attributes; required ones must stay', () => {
  const { codes } = encodeInline(nodes);
  const result = decodeTokens(
    [
      { k: 'open', id: 'new', mark: 'emphasis' },
      { k: 'text', v: 'Eine' },
      { k: 'close', id: 'new' },
      { k: 'ph', id: '3' },
      { k: 'open', id: '4' },
      { k: 'text', v: 'hier' },
      { k: 'close', id: '4' },
    ],
    codes,
  );
  expect(result.ok && result.nodes[0]).toEqual({ type: 'emphasis', children: [text('Eine')] });
  const linkless = decodeTokens([{ k: 'ph', id: '3' }], codes);
  expect(linkless.ok ? '' : linkless.message).toMatch(/the link "4" is missing: links, citations.*must stay/);
});

test.each([
  ['a missing code', [{ k: 'text', v: 'x' }], /missing/],
  ['an unknown code', [{ k: 'ph', id: '9' }], /not in the source/],
  [
    'codes that overlap',
    [
      { k: 'open', id: '1' },
      { k: 'open', id: '2' },
      { k: 'text', v: 'x' },
      { k: 'close', id: '1' },
    ],
    /must nest/,
  ],
  ['a paired code used as a placeholder', [{ k: 'ph', id: '1' }], /must wrap text/],
  [
    'a paired code around nothing',
    [
      { k: 'open', id: '1' },
      { k: 'close', id: '1' },
    ],
    /wraps no text/,
  ],
] as const)('%s is refused', (_name, tokens, message) => {
  const { codes } = encodeInline(nodes);
  const result = decodeTokens(tokens as never, codes);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.message).toMatch(message);
});

test('an existing translation is lined up with the source codes by mark; marks only it has get ids after the source’s', () => {
  const { codes } = encodeInline(nodes);
  const translated: Inline[] = [
    { type: 'link', href: 'https://example.org', children: [text('here')] },
    { type: 'strong', children: [{ type: 'emphasis', children: [text('rule')] }] },
    { type: 'cite', citationIds: ['7b0c5f0e-3a1d-4c55-9a43-2d8f7f1e9a01'] },
  ];
  expect(
    alignToSource(translated, codes)
      ?.tokens.filter((t) => t.k !== 'text')
      .map((t) => `${t.k}:${t.id}`),
  ).toEqual(['open:4', 'close:4', 'open:1', 'open:2', 'close:2', 'close:1', 'ph:3']);
  expect(alignToSource([text('no marks at all')], codes)).toEqual({
    tokens: [text('no marks at all')].map(() => ({ k: 'text', v: 'no marks at all' })),
    codes: [],
    extra: [],
  });
  const own = alignToSource([{ type: 'lang', lang: 'en', children: [text('shared decision')] }], codes, 4);
  expect(own.extra).toEqual([{ id: '5', kind: 'pc', mark: { type: 'lang', lang: 'en' } }]);
  expect(own.tokens.map((t) => (t.k === 'text' ? t.v : `${t.k}:${t.id}`))).toEqual(['open:5', 'shared decision', 'close:5']);
});
