import type { Block, DocumentContent } from '@careleaf/schema/content';
import { applyEdit, parseOp, restoreBlock, type EditOp } from './content';
import { EditError, fieldsOf } from './fields';
import { listValue } from './blocks/list';
import type { NewBlockEnv } from './kinds';
import { numbered } from './tree';

const IMG = '11111111-2222-4333-8444-555566667777';
const IMG2 = '21111111-2222-4333-8444-555566667777';
const CIT = '31111111-2222-4333-8444-555566667777';

const stored: DocumentContent = {
  title: 'Alt',
  summary: 'Kurz',
  blocks: [
    { id: 'h-a', type: 'heading', level: 4, content: [{ type: 'text', text: 'Kopf' }] },
    {
      id: 'p-b',
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Siehe ' },
        { type: 'link', href: '/de', children: [{ type: 'text', text: 'Startseite' }] },
      ],
    },
    {
      id: 'l-c',
      type: 'list',
      ordered: false,
      items: [
        {
          content: [{ type: 'text', text: 'Eins' }],
          list: { ordered: true, items: [{ content: [{ type: 'text', text: 'Unterpunkt' }] }] },
        },
        { content: [{ type: 'text', text: 'Zwei' }] },
      ],
    },
    {
      id: 'c-d',
      type: 'callout',
      variant: 'info',
      blocks: [
        { id: 'p-d1', type: 'paragraph', content: [{ type: 'text', text: 'Innen eins' }] },
        { id: 'p-d2', type: 'paragraph', content: [{ type: 'text', text: 'Innen zwei' }] },
      ],
    },
    {
      id: 't-e',
      type: 'table',
      caption: [{ type: 'text', text: 'Werte' }],
      rows: [
        {
          cells: [
            { content: [{ type: 'text', text: 'Wert' }], header: true, scope: 'col' },
            { content: [{ type: 'text', text: 'Bedeutung' }], header: true, scope: 'col' },
          ],
        },
        { cells: [{ content: [{ type: 'text', text: '120' }] }, { content: [{ type: 'text', text: 'normal' }] }] },
      ],
    },
    { id: 'f-f', type: 'figure', mediaId: IMG, decorative: false, alt: 'Ein Bild' },
    {
      id: 'r-g',
      type: 'region',
      mode: 'include',
      regions: ['DE'],
      blocks: [{ id: 'p-g1', type: 'paragraph', content: [{ type: 'text', text: 'Nur hier' }] }],
    },
    { id: 'e-h', type: 'registryEmbed', kind: 'hotline' },
    { id: 's-i', type: 'citations', citationIds: [CIT] },
  ],
};

function fields(values: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return fieldsOf(f);
}

let counter = 0;
const env: NewBlockEnv = {
  random: () => `n${++counter}`,
  terms: new Map(),
  termKeys: new Map(),
  mediaIds: [IMG2, IMG],
  regions: ['DE', 'AT'],
};

const edit = (values: Record<string, string | string[]>, op: EditOp = { kind: 'save' }) =>
  applyEdit(stored, fields({ title: 'T', ...values }), op, env);
const block = (c: DocumentContent, id: string) => numbered(c.blocks).find((n) => n.block.id === id)?.block as Block;

function editError(run: () => unknown): { field: string; problem: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof EditError) return { field: e.field, problem: e.message };
    throw e;
  }
  throw new Error('no EditError');
}

describe('the document form of the editor', () => {
  test('the pressed button is read as an operation; anything else is refused', () => {
    expect(parseOp('save')).toEqual({ kind: 'save' });
    expect(parseOp('up:p-b')).toEqual({ kind: 'up', blockId: 'p-b' });
    expect(parseOp('addRow:t-e')).toEqual({ kind: 'addRow', blockId: 't-e' });
    expect(parseOp('delCol:t-e:1')).toEqual({ kind: 'delCol', blockId: 't-e', index: 1 });
    expect(parseOp('delete:x')).toBeNull();
    expect(parseOp('drop:p-b')).toBeNull();
  });

  test('text is read with the mark syntax; an unchanged text keeps its stored marks; a bad one names the field', () => {
    const out = edit({ 'text-h-a': 'Kopf*zeile*', 'level-h-a': '3', 'text-p-b': 'Siehe [Startseite](/de)' });
    expect(out.title).toBe('T');
    expect(block(out, 'h-a')).toEqual({
      id: 'h-a',
      type: 'heading',
      level: 3,
      content: [
        { type: 'text', text: 'Kopf' },
        { type: 'emphasis', children: [{ type: 'text', text: 'zeile' }] },
      ],
    });
    expect(block(out, 'p-b')).toEqual(stored.blocks[1]);
    expect(editError(() => edit({ 'text-p-b': 'Siehe [Startseite' }))).toEqual({ field: 'text-p-b', problem: 'unclosedLink' });
    expect(editError(() => edit({ 'text-p-b': '' }))).toEqual({ field: 'text-p-b', problem: 'textMissing' });
    expect(editError(() => edit({ title: '' }))).toEqual({ field: 'title', problem: 'titleMissing' });
  });

  test('a list is one item per line, nested by indentation, keeping a nested list’s own numbering style', () => {
    expect(listValue((stored.blocks[2] as Extract<Block, { type: 'list' }>).items, env)).toBe('Eins\n  Unterpunkt\nZwei');
    const out = edit({ 'items-l-c': 'Eins\n  Unterpunkt\n  *Neu*\nZwei\nDrei', 'ordered-l-c': 'on' });
    expect(block(out, 'l-c')).toEqual({
      id: 'l-c',
      type: 'list',
      ordered: true,
      items: [
        {
          content: [{ type: 'text', text: 'Eins' }],
          list: {
            ordered: true,
            items: [
              { content: [{ type: 'text', text: 'Unterpunkt' }] },
              { content: [{ type: 'emphasis', children: [{ type: 'text', text: 'Neu' }] }] },
            ],
          },
        },
        { content: [{ type: 'text', text: 'Zwei' }] },
        { content: [{ type: 'text', text: 'Drei' }] },
      ],
    });
    expect(editError(() => edit({ 'items-l-c': 'Eins\n    zu tief' }))).toEqual({ field: 'items-l-c', problem: 'listIndent' });
    expect(editError(() => edit({ 'items-l-c': '\n \n' }))).toEqual({ field: 'items-l-c', problem: 'itemsMissing' });
  });

  test('a callout gets its variant and title; its paragraphs are edited like any other', () => {
    const out = edit({ 'variant-c-d': 'warning', 'title-c-d': 'Vorsicht', 'text-p-d2': 'Innen *zwei*' });
    const callout = block(out, 'c-d') as Extract<Block, { type: 'callout' }>;
    expect(callout.variant).toBe('warning');
    expect(callout.title).toEqual([{ type: 'text', text: 'Vorsicht' }]);
    expect(callout.blocks[1]).toMatchObject({ id: 'p-d2', content: [{ type: 'text', text: 'Innen ' }, { type: 'emphasis' }] });
    expect(editError(() => edit({ 'variant-c-d': 'loud' }))).toEqual({ field: 'variant-c-d', problem: 'badChoice' });
  });

  const tableFields = (extra: Record<string, string> = {}) => ({
    'caption-t-e': 'Werte',
    'headerRow-t-e': 'on',
    'cell-t-e-0-0': 'Wert',
    'cell-t-e-0-1': 'Bedeutung',
    'cell-t-e-1-0': '120',
    'cell-t-e-1-1': 'normal',
    ...extra,
  });

  test('a table keeps its cells when nothing changed, edits cells, and adds or removes rows and columns', () => {
    expect(block(edit(tableFields()), 't-e')).toEqual(stored.blocks[4]);
    const edited = block(edit(tableFields({ 'cell-t-e-1-1': '**hoch**' })), 't-e') as Extract<Block, { type: 'table' }>;
    expect(edited.rows[1]!.cells[1]).toEqual({ content: [{ type: 'strong', children: [{ type: 'text', text: 'hoch' }] }] });
    const wider = block(edit(tableFields(), { kind: 'addCol', blockId: 't-e' }), 't-e') as Extract<Block, { type: 'table' }>;
    expect(wider.rows.map((r) => r.cells.length)).toEqual([3, 3]);
    expect(wider.rows[0]!.cells[2]).toEqual({ content: [], header: true, scope: 'col' });
    const longer = block(edit(tableFields(), { kind: 'addRow', blockId: 't-e' }), 't-e') as Extract<Block, { type: 'table' }>;
    expect(longer.rows).toHaveLength(3);
    const narrower = block(edit(tableFields(), { kind: 'delCol', blockId: 't-e', index: 0 }), 't-e') as Extract<Block, { type: 'table' }>;
    expect(narrower.rows.map((r) => r.cells.map((c) => c.content))).toEqual([
      [[{ type: 'text', text: 'Bedeutung' }]],
      [[{ type: 'text', text: 'normal' }]],
    ]);
  });

  test('a table needs a caption and header cells, each reported on its control', () => {
    const { 'headerRow-t-e': _h, ...noHeaders } = tableFields();
    expect(editError(() => edit(noHeaders))).toEqual({ field: 'headerRow-t-e', problem: 'headersMissing' });
    expect(editError(() => edit(tableFields({ 'caption-t-e': '' })))).toEqual({ field: 'caption-t-e', problem: 'captionMissing' });
    const columnHeaders = block(edit({ ...noHeaders, 'headerCol-t-e': 'on' }), 't-e') as Extract<Block, { type: 'table' }>;
    expect(columnHeaders.rows.map((r) => r.cells.map((c) => c.scope ?? null))).toEqual([
      ['row', null],
      ['row', null],
    ]);
  });

  test('a figure takes its image, alt text, decorative flag and caption', () => {
    const out = edit({ 'present-f-f': '1', 'media-f-f': IMG2, 'alt-f-f': 'Eine  Grafik', 'caption-f-f': 'Quelle: *wir*' });
    expect(block(out, 'f-f')).toEqual({
      id: 'f-f',
      type: 'figure',
      mediaId: IMG2,
      decorative: false,
      alt: 'Eine Grafik',
      caption: [
        { type: 'text', text: 'Quelle: ' },
        { type: 'emphasis', children: [{ type: 'text', text: 'wir' }] },
      ],
    });
    expect(block(edit({ 'present-f-f': '1', 'media-f-f': IMG, 'alt-f-f': 'x', 'decorative-f-f': 'on' }), 'f-f')).toMatchObject({
      decorative: true,
      alt: '',
    });
    expect(editError(() => edit({ 'present-f-f': '1', 'media-f-f': 'nicht-da' }))).toEqual({ field: 'media-f-f', problem: 'mediaMissing' });
  });

  test('a region block takes its mode and regions; its paragraphs are edited in place', () => {
    const out = edit({ 'present-r-g': '1', 'mode-r-g': 'exclude', 'regions-r-g': ['DE', 'at'], 'text-p-g1': 'Anders' });
    expect(block(out, 'r-g')).toMatchObject({
      mode: 'exclude',
      regions: ['DE', 'AT'],
      blocks: [{ content: [{ type: 'text', text: 'Anders' }] }],
    });
    expect(editError(() => edit({ 'present-r-g': '1', 'mode-r-g': 'include' }))).toEqual({
      field: 'regions-r-g',
      problem: 'regionsMissing',
    });
  });

  test('a registry embed and a list of sources take their fields', () => {
    const out = edit({
      'kind-e-h': 'patientOrganisation',
      'condition-e-h': 'Brustkrebs',
      'tags-e-h': 'a, b,',
      'present-s-i': '1',
      'citations-s-i': [CIT],
    });
    expect(block(out, 'e-h')).toEqual({
      id: 'e-h',
      type: 'registryEmbed',
      kind: 'patientOrganisation',
      filter: { condition: 'Brustkrebs', tags: ['a', 'b'] },
    });
    expect(editError(() => edit({ 'present-s-i': '1' }))).toEqual({ field: 'citations-s-i', problem: 'citationsMissing' });
  });

  test('add puts a new block of the chosen kind after the chosen block, inside its container', () => {
    const add = (values: Record<string, string>) => edit(values, { kind: 'add' });
    const list = add({ 'new-kind': 'list', 'new-position': 'h-a', 'new-text': 'Erstens\n  darunter\n*Zweitens*' });
    expect(list.blocks[1]).toMatchObject({
      type: 'list',
      ordered: false,
      items: [
        { content: [{ text: 'Erstens' }], list: { items: [{ content: [{ text: 'darunter' }] }] } },
        { content: [{ type: 'emphasis' }] },
      ],
    });
    const inCallout = add({ 'new-kind': 'paragraph', 'new-position': 'p-d1', 'new-text': 'Dazwischen' });
    expect((block(inCallout, 'c-d') as Extract<Block, { type: 'callout' }>).blocks.map((b) => b.type === 'paragraph' && b.content)).toEqual(
      [[{ type: 'text', text: 'Innen eins' }], [{ type: 'text', text: 'Dazwischen' }], [{ type: 'text', text: 'Innen zwei' }]],
    );
    const table = add({ 'new-kind': 'table', 'new-position': 'end', 'new-text': 'Neue Tabelle' });
    expect(table.blocks.at(-1)).toMatchObject({
      type: 'table',
      caption: [{ text: 'Neue Tabelle' }],
      rows: [{ cells: [{ header: true }, { header: true }] }, {}],
    });
    expect(add({ 'new-kind': 'figure' }).blocks.at(-1)).toMatchObject({ type: 'figure', mediaId: IMG2, alt: '' });
    expect(add({ 'new-kind': 'region', 'new-text': 'Nur DE' }).blocks.at(-1)).toMatchObject({ type: 'region', regions: ['DE'] });
    expect(add({ 'new-kind': 'registryEmbed' }).blocks.at(-1)).toMatchObject({ type: 'registryEmbed' });
    expect(add({ 'new-kind': 'citations', 'cite-id': CIT }).blocks.at(-1)).toMatchObject({ type: 'citations', citationIds: [CIT] });
    expect(editError(() => add({ 'new-kind': 'heading' }))).toEqual({ field: 'new-text', problem: 'newTextMissing' });
    expect(editError(() => add({ 'new-kind': 'poem', 'new-text': 'x' }))).toEqual({ field: 'new-kind', problem: 'badChoice' });
    const ids = numbered(table.blocks).map((n) => n.block.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('move stays inside the container, delete removes, and undo puts the block back where it was', () => {
    const moved = edit({}, { kind: 'down', blockId: 'p-d1' });
    expect((block(moved, 'c-d') as Extract<Block, { type: 'callout' }>).blocks.map((b) => b.id)).toEqual(['p-d2', 'p-d1']);
    expect(edit({}, { kind: 'up', blockId: 'h-a' }).blocks.map((b) => b.id)[0]).toBe('h-a');
    const deleted = edit({}, { kind: 'delete', blockId: 'p-d2' });
    expect(block(deleted, 'p-d2')).toBeUndefined();
    const back = restoreBlock(deleted, stored, 'p-d2');
    expect((block(back, 'c-d') as Extract<Block, { type: 'callout' }>).blocks.map((b) => b.id)).toEqual(['p-d1', 'p-d2']);
    expect(editError(() => restoreBlock(back, stored, 'p-d2')).problem).toBe('undoPresent');
    expect(editError(() => restoreBlock(back, stored, 'nie-da')).problem).toBe('undoGone');
    expect(stored.blocks.map((b) => b.id)).toEqual(['h-a', 'p-b', 'l-c', 'c-d', 't-e', 'f-f', 'r-g', 'e-h', 's-i']);
  });

  test('the citation picker adds a cite mark at the end of the chosen paragraph', () => {
    const out = edit({ 'cite-id': CIT, 'cite-target': 'p-d1' }, { kind: 'cite' });
    expect(block(out, 'p-d1')).toMatchObject({
      content: [
        { type: 'text', text: 'Innen eins' },
        { type: 'cite', citationIds: [CIT] },
      ],
    });
    expect(editError(() => edit({ 'cite-id': CIT, 'cite-target': 'l-c' }, { kind: 'cite' }))).toEqual({
      field: 'cite-target',
      problem: 'badChoice',
    });
  });

  test('blocks are numbered in reading order, nested ones after their parent', () => {
    expect(numbered(stored.blocks).map((n) => `${n.label}:${n.block.id}`)).toEqual([
      '1:h-a',
      '2:p-b',
      '3:l-c',
      '4:c-d',
      '4.1:p-d1',
      '4.2:p-d2',
      '5:t-e',
      '6:f-f',
      '7:r-g',
      '7.1:p-g1',
      '8:e-h',
      '9:s-i',
    ]);
  });
});
