import { decodeXmlBytes } from './xml-bytes';

const xml = '<?xml version="1.0" encoding="UTF-16"?><a>Übelkeit – 😷</a>';

test.each([
  ['UTF-8', Buffer.from(xml, 'utf8')],
  ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')])],
  ['UTF-16 LE with a byte order mark', Buffer.from(`\uFEFF${xml}`, 'utf16le')],
  ['UTF-16 BE with a byte order mark', Buffer.from(`\uFEFF${xml}`, 'utf16le').swap16()],
  ['UTF-16 LE without one', Buffer.from(xml, 'utf16le')],
  ['UTF-16 BE without one', Buffer.from(xml, 'utf16le').swap16()],
])('%s is decoded to the text, without the byte order mark', (_name, bytes) => {
  expect(decodeXmlBytes(bytes)).toBe(xml);
});

test('a declared single-byte encoding is honoured', () => {
  const latin = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Übel</a>';
  expect(decodeXmlBytes(Buffer.from(latin, 'latin1'))).toBe(latin);
});
