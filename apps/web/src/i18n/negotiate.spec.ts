import { acceptedLanguages, negotiateLocale } from './negotiate';

const german = ['de', 'en', 'ar'];
const austrian = ['de-AT', 'de', 'en'];

describe('Accept-Language negotiation among a tenant’s locales', () => {
  test.each([
    ['de-DE,de;q=0.9,en;q=0.5', german, 'de'],
    ['en-GB,en;q=0.9', german, 'en'],
    ['ar-EG', german, 'ar'],
    ['de-AT', german, 'de'],
    ['de-AT,de;q=0.8', austrian, 'de-AT'],
    ['de-at', austrian, 'de-AT'],
    ['de-CH', austrian, 'de'],
    ['de-CH', ['de-AT', 'en'], 'de-AT'],
    ['fr-FR,fr;q=0.9,en;q=0.5', german, 'en'],
    ['en;q=0.2,ar;q=0.9', german, 'ar'],
  ])('%s among %j gives %s', (header, available, expected) => {
    expect(negotiateLocale(header, available, available[0]!)).toBe(expected);
  });

  test('no header, only unknown languages, "*" or garbage give the tenant default', () => {
    expect(negotiateLocale(undefined, german, 'de')).toBe('de');
    expect(negotiateLocale('ja, zh;q=0.8', german, 'de')).toBe('de');
    expect(negotiateLocale('*', austrian, 'de-AT')).toBe('de-AT');
    expect(negotiateLocale('not a tag!!, ;;;', german, 'de')).toBe('de');
  });

  test('accepted languages are canonical BCP 47 tags in order of preference', () => {
    expect(acceptedLanguages('en-gb;q=0.5, DE-at, *;q=0.1')).toEqual(['de-AT', 'en-GB']);
  });
});
