import { canonicalLocale, canonicalRegion, directionOf } from './locale';

test.each([
  ['de-at', 'de-AT'],
  ['EN', 'en'],
  ['zh-hant-tw', 'zh-Hant-TW'],
  ['ar', 'ar'],
])('%s is canonicalised to %s', (tag, canonical) => {
  expect(canonicalLocale(tag, 'tag')).toBe(canonical);
});

test.each([
  ['ar', 'rtl'],
  ['fa', 'rtl'],
  ['he', 'rtl'],
  ['ur-PK', 'rtl'],
  ['de', 'ltr'],
  ['az-Arab', 'rtl'],
  ['uz-Latn', 'ltr'],
])('%s is written %s', (tag, direction) => {
  expect(directionOf(tag)).toBe(direction);
});

test('ISO 3166 codes with subdivisions are accepted, unknown countries are not', () => {
  expect(canonicalRegion('de-by', 'r')).toBe('DE-BY');
  expect(canonicalRegion('GB', 'r')).toBe('GB');
  expect(() => canonicalRegion('QQ', 'r')).toThrow(/not an ISO 3166 region code/);
  expect(() => canonicalRegion('Germany', 'r')).toThrow(/not an ISO 3166 region code/);
});
