import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGS, loadMessages } from './catalogs';

type Tree = { [key: string]: string | Tree };

function* messagesOf(tree: Tree, prefix = ''): Generator<[string, string]> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') yield [full, value];
    else yield* messagesOf(value, full);
  }
}

/**
 * The CLDR categories each plural (and selectordinal) of a message leaves out.
 * Exact matches ("=0") are extras: they never stand in for a category, since
 * a category covers more numbers than one in many languages.
 */
function missingCategories(elements: MessageFormatElement[], locale: string, into: string[] = []): string[] {
  for (const el of elements) {
    if (el.type === TYPE.plural) {
      const required = new Intl.PluralRules(locale, { type: el.pluralType }).resolvedOptions().pluralCategories;
      const missing = required.filter((category) => !Object.hasOwn(el.options, category));
      if (missing.length) into.push(`{${el.value}} lacks ${missing.join(', ')}`);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) missingCategories(option.value, locale, into);
    if (el.type === TYPE.tag) missingCategories(el.children, locale, into);
  }
  return into;
}

describe('plural messages in the UI catalogs', () => {
  test('the check knows the categories it enforces (Arabic has six, German and English two)', () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(new Intl.PluralRules('de').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
    expect(missingCategories(parse('{n, plural, =0 {none} one {one} other {#}}'), 'ar')).toEqual(['{n} lacks zero, two, few, many']);
  });

  // Variants are checked with their parent's messages merged in: that is what their readers get.
  test.each(Object.keys(CATALOGS))('every plural in the %s catalog has a branch for each CLDR category of the language', (tag) => {
    const problems: string[] = [];
    for (const [key, message] of messagesOf(loadMessages(tag) as unknown as Tree)) {
      const missing = missingCategories(parse(message), tag);
      if (missing.length) problems.push(`${key}: ${missing.join('; ')}`);
    }
    expect(problems).toEqual([]);
  });
});
