import { fallbackNotice } from './fallback';

test('a page entirely in the reader’s language needs no notice', () => {
  expect(fallbackNotice({ requestedLocale: 'en', locale: 'en', fallback: 'NONE', blockLocales: [{ locale: 'en' }] })).toBeNull();
});

test('a partly translated page names the other languages once, in order of appearance', () => {
  const doc = {
    requestedLocale: 'ar',
    locale: 'ar',
    fallback: 'PARTIAL' as const,
    blockLocales: [{ locale: 'ar' }, { locale: 'en' }, { locale: 'de' }, { locale: 'en' }],
  };
  expect(fallbackNotice(doc)).toEqual({ kind: 'partial', locales: ['en', 'de'] });
});

test('a page shown wholly in another language is a full fallback', () => {
  expect(fallbackNotice({ requestedLocale: 'en', locale: 'de', fallback: 'FULL', blockLocales: [{ locale: 'de' }] })).toEqual({
    kind: 'full',
    locales: ['de'],
  });
});

test('another variant of the reader’s language is not announced as untranslated', () => {
  expect(fallbackNotice({ requestedLocale: 'de-AT', locale: 'de-AT', fallback: 'PARTIAL', blockLocales: [{ locale: 'de' }] })).toBeNull();
});
