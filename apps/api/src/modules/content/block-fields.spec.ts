import type { Block } from '@careleaf/schema';
import { blockHash, isTranslatable, ownText, textFields, withTextFields } from './block-fields';

const para = (id: string, t: string): Block => ({ id, type: 'paragraph', content: [{ type: 'text', text: t }] });
const callout = (title: string, inner: string): Block => ({
  id: 'c-1',
  type: 'callout',
  variant: 'info',
  title: [{ type: 'text', text: title }],
  blocks: [para('p-in', inner)],
});

test('the hash covers a block’s own content, not its id and not its nested blocks', () => {
  expect(blockHash(callout('Tipp', 'eins'))).toBe(blockHash(callout('Tipp', 'zwei')));
  expect(blockHash(callout('Tipp', 'eins'))).not.toBe(blockHash(callout('Hinweis', 'eins')));
  expect(blockHash(para('a', 'gleich'))).toBe(blockHash(para('b', 'gleich')));
  const link = (href: string): Block => ({
    id: 'p',
    type: 'paragraph',
    content: [{ type: 'link', href, children: [{ type: 'text', text: 'x' }] }],
  });
  expect(blockHash(link('https://a.example'))).not.toBe(blockHash(link('https://b.example')));
});

test('text fields name every translatable text of a block, and can be replaced by path', () => {
  const list: Block = {
    id: 'l',
    type: 'list',
    ordered: false,
    items: [{ content: [{ type: 'text', text: 'a' }], list: { ordered: true, items: [{ content: [{ type: 'text', text: 'b' }] }] } }],
  };
  expect(textFields(list).map((f) => f.path)).toEqual(['items.0', 'items.0.0']);
  const changed = withTextFields(list, new Map([['items.0.0', [{ type: 'text' as const, text: 'B' }]]]));
  expect(ownText(changed)).toBe('a\nB');
  expect(ownText(list)).toBe('a\nb');
  const region: Block = { id: 'r', type: 'region', mode: 'include', regions: ['DE'], blocks: [para('p', 'x')] };
  expect(isTranslatable(region)).toBe(false);
  expect(() => withTextFields(region, new Map([['content', 'x']]))).toThrow();
});
