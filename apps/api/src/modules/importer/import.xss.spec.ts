import fs from 'node:fs';
import path from 'node:path';
import { validateDocumentContent } from '@careleaf/schema';
import { importDocument } from './import.service';

interface Payload {
  name: string;
  format: 'markdown' | 'html';
  payload: string;
}

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', '..', 'tests', 'import', 'fixtures');
const corpus = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'xss-payloads.json'), 'utf8')) as Payload[];

/** Traces of executable content: none may survive into what the content service stores. */
const EXECUTABLE = [
  /javascript\s*:/i,
  /vbscript\s*:/i,
  /data\s*:/i,
  /<\s*\/?\s*(script|iframe|object|embed|svg|math|style|meta|base|form|input|button|template|video|img|a)\b/i,
  /\bon[a-z]+\s*=/i,
  /srcdoc/i,
  /expression\s*\(/i,
  /@import/i,
  /alert\s*\(/i,
  /msgbox/i,
];

test('the corpus holds at least 20 payloads', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(20);
});

describe.each(corpus)('$name ($format)', ({ format, payload }) => {
  const source = format === 'html' ? `<h1>Titel</h1>${payload}` : `# Titel\n\n${payload}`;

  test('nothing executable reaches the content or the drafts, and the content is valid', async () => {
    const result = await importDocument({ format, source, locale: 'de' });
    const stored = JSON.stringify({ content: result.content, citationDrafts: result.citationDrafts, mediaDrafts: result.mediaDrafts });
    for (const pattern of EXECUTABLE) expect(stored).not.toMatch(pattern);
    expect(validateDocumentContent(result.content).ok).toBe(true);
    expect(result.content.title).toBe('Titel');
  });
});

test('every HTML payload with executable markup is named in the report', async () => {
  const silent: string[] = [];
  for (const { name, format, payload } of corpus.filter((p) => p.format === 'html')) {
    const { report } = await importDocument({ format, source: `<h1>Titel</h1>${payload}`, locale: 'de' });
    if (!report.some((e) => e.code === 'unsafe-removed')) silent.push(name);
  }
  expect(silent).toEqual([]);
});

test('escaped markup in the text stays visible text, never markup', async () => {
  const { content } = await importDocument({
    format: 'html',
    source: '<h1>T</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    locale: 'de',
  });
  expect(content.blocks).toEqual([
    { id: expect.any(String), type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
  ]);
});
