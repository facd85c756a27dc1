/**
 * Trial id formats as short templates instead of regular expressions, so an
 * operator's spreadsheet can never carry a pattern that backtracks forever:
 *
 *   #  one digit          @  one letter A–Z        *  one letter or digit
 *   \x the character x    |  separates alternatives
 *
 * Anything else (letters, digits, space . / : _ -) stands for itself, so
 * "NCT########" is NCT followed by eight digits and "####-######-##" is the
 * EudraCT number.
 */
const LITERAL = /^[A-Za-z0-9 ./:_-]$/;
const MAX_LENGTH = 100;

export type IdFormatCheck = { ok: true; regex: RegExp } | { ok: false; message: string };

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function compileIdFormat(format: string): IdFormatCheck {
  if (!format.trim()) return { ok: false, message: 'The id format is empty.' };
  if (format.length > MAX_LENGTH) return { ok: false, message: `The id format is longer than ${MAX_LENGTH} characters.` };
  const alternatives: string[] = [];
  for (const alt of format.split('|')) {
    let out = '';
    let placeholders = 0;
    for (let i = 0; i < alt.length; i++) {
      const c = alt[i]!;
      if (c === '#') {
        out += '[0-9]';
        placeholders++;
      } else if (c === '@') {
        out += '[A-Z]';
        placeholders++;
      } else if (c === '*') {
        out += '[A-Z0-9]';
        placeholders++;
      } else if (c === '\\') {
        const next = alt[++i];
        if (next === undefined) return { ok: false, message: `"${alt}" ends with a lone "\\".` };
        out += escape(next);
      } else if (LITERAL.test(c)) {
        out += escape(c);
      } else {
        return {
          ok: false,
          message: `"${c}" cannot be used in an id format. Use # for a digit, @ for a letter, * for either, and letters, digits, space . / : _ - as themselves.`,
        };
      }
    }
    if (placeholders === 0) {
      return { ok: false, message: `"${alt}" has no # (digit), @ (letter) or * placeholder, so it would match only itself.` };
    }
    alternatives.push(out);
  }
  return { ok: true, regex: new RegExp(`^(?:${alternatives.join('|')})$`) };
}

/** Whether `value` is an id in `format` (case-sensitive, whole value). */
export function matchesIdFormat(format: string, value: string): boolean {
  const compiled = compileIdFormat(format);
  return compiled.ok && compiled.regex.test(value.trim());
}
