import { BLOCK_KINDS, BLOCK_SCHEMAS, BLOCK_TYPES } from '@careleaf/schema';
import { RENDERERS } from '../components/content/Blocks';
import { loadMessages } from '../i18n/catalogs';
import { EDITOR_KINDS, NEW_KINDS } from './editor/kinds';

/*
 * The compiler already names a kind missing from these maps (they are typed
 * by BlockType); this test also fails when a map is widened or a catalog
 * lacks a label, which the compiler cannot see.
 */
const CATALOGS = ['de', 'en', 'ar'] as const;

test.each(BLOCK_TYPES.map((type) => [type]))(
  'the block kind %s has a schema, walkers, a renderer, an editor entry, a place in "Add a block" and labels',
  (type) => {
    expect(BLOCK_SCHEMAS[type]).toBeDefined();
    expect(typeof BLOCK_KINDS[type].fields).toBe('function');
    expect(BLOCK_KINDS[type].idPrefix).toMatch(/^[a-z]{1,3}$/);
    expect(typeof RENDERERS[type]).toBe('function');
    expect(typeof EDITOR_KINDS[type].edit).toBe('function');
    expect(typeof EDITOR_KINDS[type].create).toBe('function');
    expect(EDITOR_KINDS[type].prefix).toMatch(/^[a-z]{1,3}$/);
    expect(NEW_KINDS).toContain(type);
    for (const locale of CATALOGS) expect(loadMessages(locale).Editor.block).toHaveProperty(type, expect.any(String));
  },
);

test('the maps hold no kind the registry does not know', () => {
  const known = [...BLOCK_TYPES].sort();
  for (const map of [BLOCK_SCHEMAS, BLOCK_KINDS, RENDERERS, EDITOR_KINDS]) expect(Object.keys(map).sort()).toEqual(known);
  expect([...NEW_KINDS].sort()).toEqual(known);
});

test('every kind label the patient page shows exists in every catalog', () => {
  const labelled = Object.keys(loadMessages('en').Article.kind).sort();
  expect(labelled).toEqual(expect.arrayContaining(['easyRead', 'emergency']));
  for (const kind of labelled) expect(BLOCK_TYPES).toContain(kind);
  for (const locale of CATALOGS) expect(Object.keys(loadMessages(locale).Article.kind).sort()).toEqual(labelled);
});
