import { safeHref } from './inline';

test('the importer keeps only links the URL policy accepts, web addresses as the URL parser writes them', () => {
  expect(safeHref(' https://bücher.de/a b ')).toBe('https://xn--bcher-kva.de/a%20b');
  expect(safeHref('/de/artikel')).toBe('/de/artikel');
  for (const href of [
    '//evil.example/x',
    '/\\evil.example',
    'https://p\u0430ypal.com/',
    'https://a.example/\u202Etxt',
    'https://u@evil.example/',
  ]) {
    expect(safeHref(href)).toBeNull();
  }
});
