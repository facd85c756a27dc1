import { BLOCK_KINDS, BLOCK_SCHEMAS, BLOCK_TYPES } from '@careleaf/schema';
import { RENDERERS } from '../components/content/Blocks';
import { EDITOR_FIELD_SETS } from '../components/editor/BlockFields';
import { loadMessages } from '../i18n/catalogs';
import { BLOCK_EDITORS } from './editor/content';
import { NEW_KINDS } from './editor/new-block';

/*
 * The compiler already names a kind missing from these maps (they are typed
 * by BlockType); this test also fails when a map is widened or a catalog
 * lacks a label, which the compiler cannot see.
 */
const CATALOGS = ['de', 'en', 'ar'] as const;

test.each(BLOCK_TYPES.map((type) => [type]))(
  'the block kind %s has a schema, walkers, a renderer, an editor, a place in "Add a block" and labels',
  (type) => {
    expect(BLOCK_SCHEMAS[type]).toBeDefined();
    expect(typeof BLOCK_KINDS[type].fields).toBe('function');
    expect(BLOCK_KINDS[type].idPrefix).toMatch(/^[a-z]{1,3}$/);
    expect(typeof RENDERERS[type]).toBe('function');
    expect(EDITOR_FIELD_SETS).toHaveProperty(type);
    expect(typeof BLOCK_EDITORS[type]).toBe('function');
    expect(NEW_KINDS).toContain(type);
    for (const locale of CATALOGS) expect(loadMessages(locale).Editor.block).toHaveProperty(type, expect.any(String));
  },
);

test('the maps hold no kind the registry does not know', () => {
  const known = [...BLOCK_TYPES].sort();
  for (const map of [BLOCK_SCHEMAS, BLOCK_KINDS, RENDERERS, EDITOR_FIELD_SETS, BLOCK_EDITORS])
    expect(Object.keys(map).sort()).toEqual(known);
  expect([...NEW_KINDS].sort()).toEqual(known);
});

test('the emergency notice has its accessible name in every catalog', () => {
  for (const locale of CATALOGS) expect(loadMessages(locale).Article.emergency).toMatch(/\S/);
});
