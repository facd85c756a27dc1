import { parse } from 'csv-parse/sync';
import { csvCell, csvLine } from './csv';

describe('CSV cells', () => {
  test('cells a spreadsheet would run as a formula get a leading apostrophe', () => {
    for (const hostile of ['=1+1', '+49 30 123', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(hostile).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  test('plain text stays as it is; commas, quotes, line breaks and edge spaces are quoted', () => {
    expect(csvCell('Lena Berg')).toBe('Lena Berg');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
  });

  test('a line reads back with a CSV parser as the cells that went in (with the apostrophe)', () => {
    const cells = ['1', '=cmd|" /C calc"!A0', 'a,b', 'x\r\ny', '"quoted"', ''];
    const [row] = parse(csvLine(cells), { relax_column_count: false }) as string[][];
    expect(row).toEqual(['1', `'=cmd|" /C calc"!A0`, 'a,b', 'x\r\ny', '"quoted"', '']);
  });
});
