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
