import type { TenantLocale } from './tenant';

/** A language's name in that language, capitalised as it would start a menu item ("Deutsch", "English", "العربية"). */
export function nativeLanguageName(tag: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language', languageDisplay: 'standard' }).of(tag);
  } catch {
    name = undefined;
  }
  if (!name) return tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

export type Direction = 'ltr' | 'rtl';

export function directionOf(locale: Pick<TenantLocale, 'direction'> | undefined): Direction {
  return locale?.direction === 'RTL' ? 'rtl' : 'ltr';
}

/** A region's name in the page language for ISO 3166-1 codes; subdivisions keep the tenant's own name. */
export function regionName(code: string, fallback: string, locale: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return fallback;
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** A language's name in the reader's language ("Englisch" for `en` on a German page). */
export function languageNameIn(tag: string, readerLocale: string): string {
  try {
    return new Intl.DisplayNames([readerLocale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Several language names as a list in the reader's language ("Englisch und Deutsch"). */
export function languageListIn(tags: readonly string[], readerLocale: string): string {
  const names = tags.map((t) => languageNameIn(t, readerLocale));
  try {
    return new Intl.ListFormat([readerLocale], { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
