import { unavailableHtml, unavailableLocale } from './unavailable-page';

test('the 503 page speaks the language of the URL, else the reader’s, else English', () => {
  expect(unavailableLocale('/ar/accessibility', 'de')).toBe('ar');
  expect(unavailableLocale('/de-AT', null)).toBe('de-AT');
  expect(unavailableLocale('/fr/x', 'de-DE,de;q=0.9')).toBe('de');
  expect(unavailableLocale('/', null)).toBe('en');
});

test('the 503 page is a complete document with lang, dir, a title and one h1', () => {
  const html = unavailableHtml('ar');
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
  expect(html).toContain('<title>حدث خطأ</title>');
  expect(html.match(/<h1>/g)).toHaveLength(1);
  expect(unavailableHtml('de-AT')).toContain('<html lang="de-AT" dir="ltr">');
});
