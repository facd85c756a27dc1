import { firstSegment, safeBackPath, swapLocale, withNotice, withoutNotice } from './paths';

test('swapping the locale keeps the rest of the path and the query', () => {
  expect(swapLocale('/de/settings?x=1', 'en')).toBe('/en/settings?x=1');
  expect(swapLocale('/de', 'ar')).toBe('/ar');
  expect(firstSegment('/de-AT/a?b')).toBe('de-AT');
});

test('the "back" value of a form must be a path on this site', () => {
  expect(safeBackPath('/de/settings?x=1', '/de')).toBe('/de/settings?x=1');
  for (const bad of [
    '//evil.example/',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '',
    null,
    42,
    '/de\r\nSet-Cookie: x=1',
    '/%2F%2Fevil.example/',
    '/%5Cevil.example',
    '/de/\u202Eevil',
    '/de/%E2%80%AEevil',
    '/de/\u200Bx',
  ]) {
    expect(safeBackPath(bad, '/de')).toBe('/de');
  }
  expect(safeBackPath(`/${'a'.repeat(3000)}`, '/de')).toBe('/de');
});

test('the saved notice is added once and removed for links', () => {
  expect(withNotice('/de/settings', 'reading')).toBe('/de/settings?saved=reading');
  expect(withNotice('/de?a=1&saved=region', 'reading')).toBe('/de?a=1&saved=reading');
  expect(withoutNotice('/de?saved=region')).toBe('/de');
});
