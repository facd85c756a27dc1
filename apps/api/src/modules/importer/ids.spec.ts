import { BlockIds, slug } from './ids';

test('slugs are ASCII, with German umlauts spelt out', () => {
  expect(slug('Übelkeit & Erbrechen: was hilft?')).toBe('uebelkeit-erbrechen-was-hilft');
  expect(slug('Größe – café')).toBe('groesse-cafe');
  expect(slug('x'.repeat(60))).toHaveLength(40);
});

test('headings get readable ids, other blocks content hashes, repeats a counter', () => {
  const ids = new BlockIds();
  const heading = { type: 'heading' as const, level: 2 as const, content: [{ type: 'text' as const, text: 'Ablauf' }] };
  const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Gleich' }] };
  expect(ids.next(heading, 'Ablauf')).toBe('h-ablauf');
  expect(ids.next(heading, 'Ablauf')).toBe('h-ablauf-2');
  const first = ids.next(paragraph);
  expect(first).toMatch(/^p-[A-Za-z0-9_-]{10}$/);
  expect(ids.next(paragraph)).toBe(`${first}-2`);
  expect(new BlockIds().next(paragraph)).toBe(first);
  // A heading in a script without Latin letters falls back to a hash.
  expect(ids.next({ ...heading, content: [{ type: 'text', text: 'علاج' }] }, 'علاج')).toMatch(/^h-[A-Za-z0-9_-]{10}$/);
});
