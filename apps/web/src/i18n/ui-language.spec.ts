import { uiLanguageFor, uiLocaleFor } from './catalogs';

describe('the UI language of a page locale', () => {
  test('a locale with its own catalog speaks it, and its chrome needs no lang of its own', () => {
    expect(uiLanguageFor({ tag: 'de' })).toEqual({ tag: 'de', dir: 'ltr', attrs: {} });
    expect(uiLanguageFor({ tag: 'ar', direction: 'RTL' })).toEqual({ tag: 'ar', dir: 'rtl', attrs: {} });
    expect(uiLanguageFor({ tag: 'de-AT', fallbacks: ['de'] })).toEqual({ tag: 'de-AT', dir: 'ltr', attrs: {} });
  });

  test('a regional locale shown with its language’s catalog keeps its own tag (no lang="de" inside de-CH)', () => {
    expect(uiLocaleFor('de-CH', [])).toBe('de-CH');
    expect(uiLanguageFor({ tag: 'de-CH' }).attrs).toEqual({});
  });

  test('a locale without a catalog takes the first of its fallback chain that has one, and its chrome says so', () => {
    expect(uiLanguageFor({ tag: 'fr', fallbacks: ['en', 'de'] })).toEqual({ tag: 'en', dir: 'ltr', attrs: { lang: 'en' } });
    expect(uiLanguageFor({ tag: 'fr', fallbacks: ['de-AT', 'en'] }).tag).toBe('de-AT');
  });

  test('the direction is written only where the UI language’s differs from the page’s', () => {
    expect(uiLanguageFor({ tag: 'fa', direction: 'RTL', fallbacks: ['ar'] })).toEqual({ tag: 'ar', dir: 'rtl', attrs: { lang: 'ar' } });
    expect(uiLanguageFor({ tag: 'fa', direction: 'RTL', fallbacks: ['en'] })).toEqual({
      tag: 'en',
      dir: 'ltr',
      attrs: { lang: 'en', dir: 'ltr' },
    });
  });

  test('without a fallback that has a catalog, the UI is English', () => {
    expect(uiLocaleFor('fr', [])).toBe('en');
  });
});
