import { LINE, NEAR, VALUE, type EditErrorTexts } from './edit-error-text';
import type { EditError } from './fields';

/**
 * The message of an EditError: what is wrong and how to fix it, from the
 * texts of the UI language (editErrorTexts). The save route and the checks
 * panel in the browser both use this, so they say the same.
 */
export function fillEditError(texts: EditErrorTexts, error: EditError): string {
  const p = error.problem;
  if (p.kind === 'field') return texts.field[p.key];
  // Replacer functions, so a "$" in what was typed stays as it is.
  const { near, value = '' } = p.detail;
  const text = texts.syntax[p.detail.code].replaceAll(NEAR, () => near).replaceAll(VALUE, () => value);
  return p.line ? `${texts.line.replaceAll(LINE, () => String(p.line))}${text}` : text;
}
