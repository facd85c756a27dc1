/**
 * The text of an XML file given as bytes, decoded the way XML 1.0 says
 * (appendix F): by its byte order mark, else by the first bytes of "<?xml"
 * in UTF-16, else by the encoding its declaration names (UTF-8 when none).
 * Translation tools on Windows save XLIFF as UTF-16 or with a UTF-8 BOM;
 * both the API and the editor's upload read files through this one function.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // "<?" without a byte order mark: 3C 00 3F 00 is UTF-16 LE, 00 3C 00 3F is UTF-16 BE.
  if (a === 0x3c && b === 0x00 && c === 0x3f) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0x00 && b === 0x3c && c === 0x00) return new TextDecoder('utf-16be').decode(bytes);
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(
    new TextDecoder('latin1').decode(bytes.subarray(0, 200)),
  )?.[1];
  const label = declared?.toLowerCase() ?? 'utf-8';
  // Only single-byte and UTF-8 declarations can be read here; an unknown label is read as UTF-8 (the parser then says what is wrong).
  const known = ['utf-8', 'utf8', 'iso-8859-1', 'latin1', 'windows-1252', 'us-ascii', 'ascii', 'iso-8859-15'];
  return new TextDecoder(known.includes(label) ? label : 'utf-8').decode(bytes);
}
