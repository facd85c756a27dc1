import ar from '../../messages/ar.json';
import deAT from '../../messages/de-AT.json';
import de from '../../messages/de.json';
import en from '../../messages/en.json';

/** The German catalog is the reference: every full catalog has exactly its keys. */
export type Messages = typeof de;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

interface Catalog {
  messages: DeepPartial<Messages>;
  /** A regional variant lists only what differs and inherits the rest. */
  parent?: string;
}

export const CATALOGS: Readonly<Record<string, Catalog>> = {
  de: { messages: de },
  en: { messages: en },
  ar: { messages: ar },
  'de-AT': { messages: deAT, parent: 'de' },
};

/** UI language when nothing about the reader or the site says otherwise. */
export const DEFAULT_UI_LOCALE = 'en';

export function hasCatalog(tag: string): boolean {
  return Object.hasOwn(CATALOGS, tag);
}

/**
 * The catalog to show for a page locale: the locale's own, else the first of
 * its fallback chain that has one, else its language ("de-CH" → "de"), else English.
 */
export function catalogFor(tag: string, fallbacks: readonly string[] = []): string {
  for (const candidate of [tag, ...fallbacks]) if (hasCatalog(candidate)) return candidate;
  const language = tag.split('-')[0] ?? '';
  return hasCatalog(language) ? language : DEFAULT_UI_LOCALE;
}

const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The language the UI speaks on a page in `tag`: the page's own tag when its
 * catalog is of the same language ("de-CH" shown with the German catalog),
 * else the catalog's tag ("fr" without a French catalog → "en"). Labels,
 * plural rules and date formats all follow it, so a page's chrome is in one
 * language as a whole and can say which (docs/localization.md).
 */
export function uiLocaleFor(tag: string, fallbacks: readonly string[] = []): string {
  const catalog = catalogFor(tag, fallbacks);
  return languageOf(catalog) === languageOf(tag) ? tag : catalog;
}

export interface UiLanguage {
  tag: string;
  dir: 'ltr' | 'rtl';
  /** For the containers of UI text on the page: lang/dir when they differ from the page's, else nothing. */
  attrs: { lang?: string; dir?: 'ltr' | 'rtl' };
}

/** The UI language of a page locale, and the attributes its chrome needs when it is not the page's language. */
export function uiLanguageFor(locale: { tag: string; fallbacks?: readonly string[] | null; direction?: string | null }): UiLanguage {
  const pageDir = locale.direction === 'RTL' ? 'rtl' : 'ltr';
  const tag = uiLocaleFor(locale.tag, locale.fallbacks ?? []);
  if (tag === locale.tag) return { tag, dir: pageDir, attrs: {} };
  // The catalogs' own directions: Arabic is the one right-to-left catalog.
  const dir = /^(ar|he|fa|ur)(-|$)/i.test(tag) ? 'rtl' : 'ltr';
  return { tag, dir, attrs: { lang: tag, ...(dir !== pageDir ? { dir } : {}) } };
}

function merge<T extends object>(base: T, override: DeepPartial<T>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && current && typeof current === 'object' ? merge(current as object, value as object) : value;
  }
  return out as T;
}

const resolved = new Map<string, Messages>();

/** The full message tree of a catalog, with a variant's gaps filled from its parent. */
export function loadMessages(catalog: string): Messages {
  const cached = resolved.get(catalog);
  if (cached) return cached;
  const entry = CATALOGS[catalog];
  if (!entry) throw new Error(`There is no UI message catalog for "${catalog}".`);
  const messages = entry.parent ? merge(loadMessages(entry.parent), entry.messages) : (entry.messages as Messages);
  resolved.set(catalog, messages);
  return messages;
}
