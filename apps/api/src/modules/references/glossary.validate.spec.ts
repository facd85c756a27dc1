import { AppError } from '../../kernel/errors';
import { keyFromTerm, validateEntries, validKey } from './glossary.validate';

const LOCALES = ['de', 'en', 'ar'];

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError && e.code === 'BAD_USER_INPUT') return e.field;
    throw e;
  }
  throw new Error('expected BAD_USER_INPUT');
}

test.each([
  ['Aromatase-Hemmer', 'aromatase-hemmer'],
  ['Lymphödem', 'lymphodem'],
  ['Größe', 'grosse'],
  ['HER2-positiv', 'her2-positiv'],
  ['  Palliativ  Care ', 'palliativ-care'],
  ['مثبطات', ''],
])('the key of %s is %s', (term, key) => {
  expect(keyFromTerm(term)).toBe(key);
});

test('entries come back canonical: locale tag, single spaces in the term, forms without duplicates or the term itself', () => {
  expect(
    validateEntries(
      [
        {
          locale: 'DE',
          term: ' Zytostatikum ',
          definition: 'Ein Medikament, das Zellteilung hemmt.\n\nMehr…',
          forms: ['Zytostatika', 'zytostatikum', 'Zytostatika'],
        },
      ],
      LOCALES,
    ),
  ).toEqual([
    { locale: 'de', term: 'Zytostatikum', definition: 'Ein Medikament, das Zellteilung hemmt.\n\nMehr…', forms: ['Zytostatika'] },
  ]);
});

test.each<[string, Parameters<typeof validateEntries>[0], string]>([
  ['a locale the tenant does not have', [{ locale: 'fr', term: 'x', definition: 'y' }], 'entries[0].locale'],
  ['an invalid locale tag', [{ locale: 'not a tag', term: 'x', definition: 'y' }], 'entries[0].locale'],
  [
    'the same locale twice',
    [
      { locale: 'de', term: 'a', definition: 'b' },
      { locale: 'de', term: 'c', definition: 'd' },
    ],
    'entries[1].locale',
  ],
  ['an empty term', [{ locale: 'en', term: '  ', definition: 'y' }], 'entries[0].term'],
  ['an empty definition', [{ locale: 'en', term: 'HER2', definition: ' ' }], 'entries[0].definition'],
  ['a definition over 4000 characters', [{ locale: 'en', term: 'HER2', definition: 'x'.repeat(4001) }], 'entries[0].definition'],
  ['an empty form', [{ locale: 'en', term: 'HER2', definition: 'y', forms: [''] }], 'entries[0].forms[0]'],
])('%s is refused naming the field', (_label, entries, field) => {
  expect(fieldOf(() => validateEntries(entries, LOCALES))).toBe(field);
});

test('keys are lower-case words joined by single hyphens', () => {
  expect(validKey(' her2 ')).toBe('her2');
  expect(fieldOf(() => validKey('HER2'))).toBe('key');
  expect(fieldOf(() => validKey('a--b'))).toBe('key');
});
