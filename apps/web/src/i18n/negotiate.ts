import Negotiator from 'negotiator';

/** Language tags from an Accept-Language header, most wanted first ("*" and malformed tags dropped). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const tags = new Negotiator({ headers: { 'accept-language': header } }).languages();
  const valid: string[] = [];
  for (const tag of tags) {
    if (tag === '*') continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) valid.push(canonical);
    } catch {
      // not BCP 47
    }
  }
  return valid;
}

const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The best of `available` for a reader who sends `header`, else `fallback`.
 * For each accepted tag in the reader's order: the same tag, then the tag with
 * subtags removed (RFC 4647 lookup: "de-AT" finds "de"), then another variant
 * of the same language ("de-CH" finds "de-AT"), before trying the next tag.
 */
export function negotiateLocale(header: string | null | undefined, available: readonly string[], fallback: string): string {
  for (const tag of acceptedLanguages(header)) {
    const lower = tag.toLowerCase();
    const exact = available.find((a) => a.toLowerCase() === lower);
    if (exact) return exact;
    const parts = lower.split('-');
    while (parts.length > 1) {
      parts.pop();
      const prefix = parts.join('-');
      const found = available.find((a) => a.toLowerCase() === prefix);
      if (found) return found;
    }
    const sibling = available.find((a) => languageOf(a) === languageOf(tag));
    if (sibling) return sibling;
  }
  return fallback;
}
