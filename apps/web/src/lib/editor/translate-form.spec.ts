import type { Inline } from '@careleaf/schema/content';
import {
  currentTexts,
  fieldName,
  parseTranslateOp,
  readTranslationForm,
  textFields,
  translationPatch,
  type ViewBlock,
} from './translate-form';

const text = (t: string): Inline[] => [{ type: 'text', text: t }];
const linked: Inline[] = [
  { type: 'text', text: 'Siehe ' },
  { type: 'link', href: '/de/start', children: text('Startseite') },
];

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const view: ViewBlock[] = [
  {
    blockId: 'p-new',
    status: 'MISSING',
    translatable: true,
    source: { type: 'paragraph', content: linked },
    target: null,
    suggestions: [],
  },
  {
    blockId: 'p-old',
    status: 'OUTDATED',
    translatable: true,
    source: { type: 'paragraph', content: text('Neuer Text') },
    target: { type: 'paragraph', content: [{ type: 'emphasis', children: text('Old text') }] },
    suggestions: [{ targetBlock: { type: 'paragraph', content: [{ type: 'strong', children: text('From memory') }] } }],
  },
  {
    blockId: 'l-1',
    status: 'MISSING',
    translatable: true,
    source: {
      type: 'list',
      ordered: false,
      items: [{ content: text('Eins') }, { content: text('Zwei'), list: { ordered: true, items: [{ content: text('Drei') }] } }],
    },
    target: null,
    suggestions: [],
  },
  { blockId: 'r-1', status: 'MISSING', translatable: false, source: { type: 'region' }, target: null, suggestions: [] },
];

describe('the translation form', () => {
  test('fields are named by path and block id, and read back from a submitted form', () => {
    expect(fieldName('l-1', 'items.1.0')).toBe('tr-items.1.0-l-1');
    const values = readTranslationForm(
      form({ 'tr-content-p-new': ' See the start page\r\n', 'tr-items.1.0-l-1': 'Three', 'target-title': ' Title ', other: 'x' }),
    );
    expect(values.title).toBe('Title');
    expect(values.summary).toBeUndefined();
    expect([...values.blocks.get('p-new')!]).toEqual([['content', 'See the start page']]);
    expect([...values.blocks.get('l-1')!]).toEqual([['items.1.0', 'Three']]);
  });

  test('the texts of lists, tables and figures have the paths the API uses', () => {
    expect(textFields(view[2]!.source as never).map((f) => [f.path, f.text])).toEqual([
      ['items.0', 'Eins'],
      ['items.1', 'Zwei'],
      ['items.1.0', 'Drei'],
    ]);
    const table = {
      type: 'table',
      caption: text('Kosten'),
      rows: [{ cells: [{ content: text('A'), header: true }, { content: text('B') }] }],
    };
    expect(textFields(table).map((f) => f.path)).toEqual(['caption', 'cells.0.0', 'cells.0.1']);
    const figure = {
      type: 'figure',
      mediaId: '5f1c2b0e-8d7a-4c1e-9b3f-2a6d4e8c1f00',
      decorative: false,
      alt: 'Ein Bild',
      caption: text('Unterschrift'),
    };
    expect(textFields(figure).map((f) => [f.path, f.plain])).toEqual([
      ['alt', true],
      ['caption', false],
    ]);
  });

  test('a block of an unknown kind, or one that is not a valid block of its kind, shows no fields', () => {
    expect(textFields({ type: 'marquee', content: text('Hallo') })).toEqual([]);
    expect(textFields({ type: 'table', caption: text('Kosten'), rows: 'not rows' })).toEqual([]);
    expect(textFields({ type: 'paragraph' })).toEqual([]);
    expect(textFields(null)).toEqual([]);
  });

  test('a block not translated yet shows empty fields; a translated one its texts', () => {
    expect([...currentTexts(view[0]!)]).toEqual([['content', '']]);
    expect([...currentTexts(view[1]!)]).toEqual([['content', 'Old text']]);
  });

  test('the buttons: save, confirm a block, use a suggestion; anything else is refused', () => {
    expect(parseTranslateOp('save')).toEqual({ kind: 'save' });
    expect(parseTranslateOp('confirm:p-old')).toEqual({ kind: 'confirm', blockId: 'p-old' });
    expect(parseTranslateOp('use:p-old:1')).toEqual({ kind: 'use', blockId: 'p-old', index: 1 });
    expect(parseTranslateOp('delete:p-old')).toBeNull();
    expect(parseTranslateOp('use:p old:1')).toBeNull();
  });

  test('only changed blocks are sent; an unchanged text keeps its marks, a new text is plain', () => {
    const values = readTranslationForm(form({ 'tr-content-p-new': 'See the start page', 'tr-content-p-old': 'Old text' }));
    const patch = translationPatch(view, values, { kind: 'save' });
    expect(patch.blocks).toEqual([{ id: 'p-new', type: 'paragraph', content: text('See the start page') }]);
    expect(patch.empty).toBeUndefined();
  });

  test('a translation equal to the source text keeps the source’s marks', () => {
    const values = readTranslationForm(form({ 'tr-content-p-new': 'Siehe Startseite' }));
    expect(translationPatch(view, values, { kind: 'save' }).blocks).toEqual([{ id: 'p-new', type: 'paragraph', content: linked }]);
  });

  test('a block with some texts translated and others left empty is refused at its first empty text', () => {
    const values = readTranslationForm(form({ 'tr-items.0-l-1': 'One', 'tr-items.1-l-1': 'Two', 'tr-items.1.0-l-1': '' }));
    expect(translationPatch(view, values, { kind: 'save' }).empty).toEqual({ blockId: 'l-1', path: 'items.1.0' });
    const all = readTranslationForm(form({ 'tr-items.0-l-1': 'One', 'tr-items.1-l-1': 'Two', 'tr-items.1.0-l-1': 'Three' }));
    expect(translationPatch(view, all, { kind: 'save' }).blocks).toEqual([
      {
        id: 'l-1',
        type: 'list',
        ordered: false,
        items: [{ content: text('One') }, { content: text('Two'), list: { ordered: true, items: [{ content: text('Three') }] } }],
      },
    ]);
  });

  test('using a suggestion puts its content into the block; a suggestion that is not there is reported', () => {
    const values = readTranslationForm(form({ 'tr-content-p-old': 'Typed over' }));
    const patch = translationPatch(view, values, { kind: 'use', blockId: 'p-old', index: 0 });
    expect(patch.blocks).toEqual([{ id: 'p-old', type: 'paragraph', content: [{ type: 'strong', children: text('From memory') }] }]);
    expect(translationPatch(view, values, { kind: 'use', blockId: 'p-old', index: 2 }).noSuggestion).toBe(true);
  });

  test('blocks without text of their own are never sent', () => {
    const values = readTranslationForm(form({ 'tr-content-r-1': 'Text' }));
    expect(translationPatch(view, values, { kind: 'save' }).blocks).toEqual([]);
  });
});
