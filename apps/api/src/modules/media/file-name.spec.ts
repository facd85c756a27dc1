import { safeFileName } from './file-name';

test.each([
  ['Brustkrebs Übersicht.PNG', 'png', 'brustkrebs-ubersicht.png'],
  ['../../etc/passwd', 'jpg', 'passwd.jpg'],
  ['C:\\Users\\me\\Lymphödem.jpeg', 'jpg', 'lymphodem.jpg'],
  ['evil.html', 'png', 'evil.png'],
  ['.hidden', 'gif', 'image.gif'],
  ['صورة.png', 'webp', 'image.webp'],
  [undefined, 'png', 'image.png'],
])('%s uploaded as %s is stored as %s', (original, extension, expected) => {
  expect(safeFileName(original, extension)).toBe(expected);
});

test('long names are cut without a trailing hyphen', () => {
  const name = safeFileName(`${'a'.repeat(79)} b.png`, 'png');
  expect(name).toBe(`${'a'.repeat(79)}.png`);
});
