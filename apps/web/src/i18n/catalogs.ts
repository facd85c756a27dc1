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
