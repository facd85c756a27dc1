import type { DocumentContent } from '@careleaf/schema/content';
import { applyEdit, parseOp, readForm } from './content';

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
    { id: 'l-c', type: 'list', ordered: false, items: [{ content: [{ type: 'text', text: 'Punkt' }] }] },
  ],
};

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const fixed = () => 'abcd';

describe('the document form of the editor', () => {
  test('the pressed button is read as an operation; anything else is refused', () => {
    expect(parseOp('save')).toEqual({ kind: 'save' });
    expect(parseOp('up:p-b')).toEqual({ kind: 'up', blockId: 'p-b' });
    expect(parseOp('delete:x')).toBeNull();
    expect(parseOp('drop:p-b')).toBeNull();
  });

  test('edited text and heading level replace the stored ones; an unchanged text keeps its link', () => {
    const values = readForm(
      form({ title: ' Neu ', summary: 'S', 'text-h-a': 'Kopfzeile', 'level-h-a': '3', 'text-p-b': 'Siehe Startseite' }),
    );
    const out = applyEdit(stored, values, { kind: 'save' }, fixed);
    expect(out.title).toBe('Neu');
    expect(out.blocks[0]).toEqual({ id: 'h-a', type: 'heading', level: 3, content: [{ type: 'text', text: 'Kopfzeile' }] });
    expect(out.blocks[1]).toEqual(stored.blocks[1]);
    expect(out.blocks[2]).toBe(stored.blocks[2]);
  });

  test('a changed text with marks becomes plain text; an invalid level keeps the old one', () => {
    const values = readForm(form({ title: 'T', 'text-p-b': 'Anders', 'level-h-a': '7' }));
    const out = applyEdit(stored, values, { kind: 'save' }, fixed);
    expect(out.blocks[1]).toEqual({ id: 'p-b', type: 'paragraph', content: [{ type: 'text', text: 'Anders' }] });
    expect(out.blocks[0]).toMatchObject({ level: 4 });
  });

  test('move up and down swap neighbours, at the edges nothing moves, delete removes the block', () => {
    const values = readForm(form({ title: 'T' }));
    const ids = (c: DocumentContent) => c.blocks.map((b) => b.id);
    expect(ids(applyEdit(stored, values, { kind: 'up', blockId: 'p-b' }, fixed))).toEqual(['p-b', 'h-a', 'l-c']);
    expect(ids(applyEdit(stored, values, { kind: 'down', blockId: 'p-b' }, fixed))).toEqual(['h-a', 'l-c', 'p-b']);
    expect(ids(applyEdit(stored, values, { kind: 'up', blockId: 'h-a' }, fixed))).toEqual(['h-a', 'p-b', 'l-c']);
    expect(ids(applyEdit(stored, values, { kind: 'down', blockId: 'l-c' }, fixed))).toEqual(['h-a', 'p-b', 'l-c']);
    expect(ids(applyEdit(stored, values, { kind: 'delete', blockId: 'p-b' }, fixed))).toEqual(['h-a', 'l-c']);
    expect(ids(stored)).toEqual(['h-a', 'p-b', 'l-c']);
  });

  test('add appends a paragraph with the new text and an unused id', () => {
    const values = readForm(form({ title: 'T', 'new-text': 'Neuer Absatz\r\nzweite Zeile' }));
    const out = applyEdit(stored, values, { kind: 'add' }, fixed);
    expect(out.blocks.at(-1)).toEqual({ id: 'p-abcd', type: 'paragraph', content: [{ type: 'text', text: 'Neuer Absatz\nzweite Zeile' }] });
  });
});
