import { compileIdFormat, matchesIdFormat } from './id-format';

describe('trial id formats', () => {
  test.each([
    ['NCT########', 'NCT01234567', true],
    ['NCT########', 'NCT1234567', false],
    ['NCT########', 'nct01234567', false],
    ['ISRCTN########', 'ISRCTN12345678', true],
    ['####-######-##', '2004-000123-45', true],
    ['####-######-##', '2004-000123-4', false],
    ['####-######-##-##', '2023-500123-12-00', true],
    ['DRKS########', 'DRKS00012345', true],
    ['ChiCTR##########|ChiCTR-@@@-########', 'ChiCTR-TRC-12002345', true],
    ['AB\\#####', 'AB#1234', true],
  ])('%s matches %s: %s', (format, value, expected) => {
    expect(matchesIdFormat(format, value)).toBe(expected);
  });

  test('a format without placeholders, with forbidden characters or a lone escape is rejected with a reason', () => {
    expect(compileIdFormat('NCT')).toMatchObject({ ok: false, message: expect.stringContaining('placeholder') });
    expect(compileIdFormat('NCT\\d{8}')).toMatchObject({ ok: false, message: expect.stringContaining('"{" cannot be used') });
    expect(compileIdFormat('(a+)+$')).toMatchObject({ ok: false });
    expect(compileIdFormat('NCT#\\')).toMatchObject({ ok: false, message: expect.stringContaining('lone') });
    expect(compileIdFormat('')).toMatchObject({ ok: false });
  });

  test('regular-expression characters in literals are escaped, so they match only themselves', () => {
    expect(matchesIdFormat('A.#', 'A.1')).toBe(true);
    expect(matchesIdFormat('A.#', 'AX1')).toBe(false);
  });
});
