import { parseLocaleOption, parseRegionOption } from './parse';

test('a locale option carries its fallback chain', () => {
  expect(parseLocaleOption('de-AT:de,en')).toEqual({ tag: 'de-AT', fallbacks: ['de', 'en'] });
  expect(parseLocaleOption('de')).toEqual({ tag: 'de', fallbacks: [] });
});

test('a region option may name its default locale and display name', () => {
  expect(parseRegionOption('AT')).toEqual({ code: 'AT' });
  expect(parseRegionOption('AT:de-AT:Österreich')).toEqual({ code: 'AT', defaultLocale: 'de-AT', name: 'Österreich' });
});
