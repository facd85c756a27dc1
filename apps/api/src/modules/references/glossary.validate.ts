import { badInput } from '../../kernel/errors';
import { canonicalLocale } from '../tenancy';

export interface GlossaryEntryInputLike {
  locale: string;
  term: string;
  definition: string;
  forms?: string[] | null;
}

export interface GlossaryEntryData {
  locale: string;
  term: string;
  definition: string;
  forms: string[];
}

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_FORMS = 20;

export function validKey(key: string, field = 'key'): string {
  const k = key.trim();
  if (!KEY.test(k) || k.length > 100) {
    throw badInput(
      field,
      `"${key}" is not a usable key: use lower-case letters, digits and single hyphens (e.g. "aromatase-inhibitor").`,
      'GLOSSARY_KEY_INVALID',
    );
  }
  return k;
}

/** A key from a term: "Aromatase-Hemmer" → "aromatase-hemmer"; empty when the term has no Latin letters or digits. */
export function keyFromTerm(term: string): string {
  return term
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

function oneLine(field: string, value: string, max: number, what: string): string {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!v) throw badInput(field, `Give the ${what}.`, 'REQUIRED');
  if (v.length > max)
    throw badInput(field, `The ${what} is ${v.length} characters long; shorten it to at most ${max}.`, { reason: 'TOO_LONG', limit: max });
  return v;
}

/**
 * Checks glossary entries: locales must be the tenant's (`tenantLocales`),
 * each locale at most once, term and definition present.
 */
export function validateEntries(entries: GlossaryEntryInputLike[], tenantLocales: string[], field = 'entries'): GlossaryEntryData[] {
  const seen = new Set<string>();
  return entries.map((e, i) => {
    const at = `${field}[${i}]`;
    const locale = canonicalLocale(e.locale, `${at}.locale`);
    if (!tenantLocales.includes(locale)) {
      throw badInput(`${at}.locale`, `"${locale}" is not one of this organisation's locales (${tenantLocales.join(', ')}).`, {
        reason: 'LOCALE_NOT_OF_TENANT',
        locale,
      });
    }
    if (seen.has(locale))
      throw badInput(`${at}.locale`, `The locale "${locale}" is given twice; give one entry per locale.`, 'LISTED_TWICE');
    seen.add(locale);
    const term = oneLine(`${at}.term`, e.term, 200, 'term');
    // Definitions keep their paragraphs: only trailing space is trimmed.
    const definition = (e.definition ?? '').trim();
    if (!definition) throw badInput(`${at}.definition`, `Give a definition of "${term}" in plain words.`, 'REQUIRED');
    if (definition.length > 4000) {
      throw badInput(`${at}.definition`, `The definition is ${definition.length} characters long; shorten it to at most 4000.`, {
        reason: 'TOO_LONG',
        limit: 4000,
      });
    }
    const forms: string[] = [];
    for (const [j, f] of (e.forms ?? []).entries()) {
      const form = oneLine(`${at}.forms[${j}]`, f, 200, 'form');
      if (form.toLocaleLowerCase(locale) === term.toLocaleLowerCase(locale) || forms.includes(form)) continue;
      forms.push(form);
    }
    if (forms.length > MAX_FORMS)
      throw badInput(`${at}.forms`, `Give at most ${MAX_FORMS} forms of a term.`, { reason: 'TOO_MANY', limit: MAX_FORMS });
    return { locale, term, definition, forms };
  });
}
