import { validateDocumentContent, type DocumentContent } from '@careleaf/schema';
import { citationPlaceholder, isPlaceholder, mediaPlaceholder, replacePlaceholders } from './placeholders';

const C1 = '11111111-1111-4111-8111-111111111111';
const C2 = '22222222-2222-4222-8222-222222222222';
const M1 = '33333333-3333-4333-8333-333333333333';
const KEEP = '7b0c5f0e-3a1d-4c55-9a43-2d8f7f1e9a01';

const content: DocumentContent = {
  title: 'T',
  summary: '',
  blocks: [
    {
      id: 'p-1aaaaaaaaa',
      type: 'paragraph',
      content: [
        {
          type: 'strong',
          children: [
            { type: 'text', text: 'a' },
            { type: 'cite', citationIds: [citationPlaceholder(1), KEEP] },
          ],
        },
      ],
    },
    {
      id: 'l-1aaaaaaaaa',
      type: 'list',
      ordered: false,
      items: [
        {
          content: [{ type: 'text', text: 'x' }],
          list: { ordered: true, items: [{ content: [{ type: 'cite', citationIds: [citationPlaceholder(2)] }] }] },
        },
      ],
    },
    { id: 'f-1aaaaaaaaa', type: 'figure', mediaId: mediaPlaceholder(1), decorative: false, alt: 'Bild' },
    {
      id: 'q-1aaaaaaaaa',
      type: 'faq',
      question: [{ type: 'text', text: 'F?' }],
      blocks: [{ id: 'c-1aaaaaaaaa', type: 'citations', citationIds: [citationPlaceholder(2)] }],
    },
  ],
};

test('placeholders are valid UUIDs of a reserved form', () => {
  expect(citationPlaceholder(10)).toBe('00000000-0000-4000-8000-00000000000a');
  expect(mediaPlaceholder(1)).toBe('00000000-0000-4000-9000-000000000001');
  expect(validateDocumentContent(content).ok).toBe(true);
  expect([citationPlaceholder(1), mediaPlaceholder(1)].every(isPlaceholder)).toBe(true);
  expect(isPlaceholder(KEEP)).toBe(false);
});

test('replacing placeholders swaps every citation and media reference, nested too, and keeps real ids', () => {
  const replaced = replacePlaceholders(content, {
    citations: new Map([
      [citationPlaceholder(1), C1],
      [citationPlaceholder(2), C2],
    ]),
    media: new Map([[mediaPlaceholder(1), M1]]),
  });
  const json = JSON.stringify(replaced);
  expect(json).not.toMatch(/00000000-0000-4000/);
  expect(replaced.blocks[0]).toMatchObject({ content: [{ children: [{}, { citationIds: [C1, KEEP] }] }] });
  expect(replaced.blocks[1]).toMatchObject({ items: [{ list: { items: [{ content: [{ citationIds: [C2] }] }] } }] });
  expect(replaced.blocks[2]).toMatchObject({ mediaId: M1 });
  expect(replaced.blocks[3]).toMatchObject({ blocks: [{ citationIds: [C2] }] });
  expect(content.blocks[2]).toMatchObject({ mediaId: mediaPlaceholder(1) }); // the input is not changed
});

test('a placeholder without a created id is an error, not a dangling reference', () => {
  expect(() => replacePlaceholders(content, { citations: new Map(), media: new Map() })).toThrow(/00000000-0000-4000-8000-000000000001/);
});
