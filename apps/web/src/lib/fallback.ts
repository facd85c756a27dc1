/** What a published document says about the languages it is shown in. */
export interface ShownLanguages {
  requestedLocale: string;
  /** The locale of title and summary. */
  locale: string;
  fallback: 'FULL' | 'PARTIAL' | 'NONE';
  blockLocales: readonly { locale: string }[];
}

export interface FallbackNotice {
  kind: 'full' | 'partial';
  /** The other locales shown, in order of appearance. */
  locales: string[];
}

const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Whether the page must say that it is (partly) shown in another language,
 * and which. Another variant of the reader's language (de for a de-AT reader)
 * does not count: regional variants hold only what differs, by design, and
 * the reader understands the rest. Such blocks still carry their own lang.
 */
export function fallbackNotice(doc: ShownLanguages): FallbackNotice | null {
  if (doc.fallback === 'NONE') return null;
  const own = language(doc.requestedLocale);
  const locales: string[] = [];
  for (const l of [doc.locale, ...doc.blockLocales.map((b) => b.locale)]) {
    if (l !== doc.requestedLocale && language(l) !== own && !locales.includes(l)) locales.push(l);
  }
  if (!locales.length) return null;
  return { kind: doc.fallback === 'FULL' ? 'full' : 'partial', locales };
}
