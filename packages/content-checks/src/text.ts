/**
 * Sentence and word splitting with Intl.Segmenter (Unicode rules per locale),
 * plus two corrections the plain Unicode rules lack: no sentence break after
 * common abbreviations ("z. B.", "Dr.", "e.g."), and hyphenated compounds
 * ("Brustkrebs-Therapie", "well-known") counted as one word, as a reader sees them.
 */

const ABBREVIATIONS: Record<string, string[]> = {
  en: [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'vs',
    'etc',
    'approx',
    'no',
    'fig',
    'vol',
    'ed',
    'eds',
    'al',
    'jr',
    'sr',
    'dept',
    'min',
    'max',
  ],
  de: [
    'dr',
    'prof',
    'bzw',
    'ca',
    'nr',
    'abb',
    'tab',
    'ggf',
    'evtl',
    'usw',
    'vgl',
    'inkl',
    'max',
    'min',
    'std',
    'mio',
    'mrd',
    'etc',
    'sog',
    'str',
    'tel',
    'bspw',
    'gem',
    'jh',
    'jhd',
    'kap',
    'lt',
    'med',
    'mind',
    'zzgl',
  ],
  fr: ['dr', 'pr', 'm', 'mme', 'mlle', 'etc', 'env', 'p', 'cf', 'fig', 'vol', 'éd', 'av', 'bd'],
  es: ['dr', 'dra', 'sr', 'sra', 'srta', 'etc', 'pág', 'p', 'fig', 'vol', 'ed', 'aprox', 'núm', 'ej', 'ud', 'uds'],
  it: ['dr', 'dott', 'prof', 'sig', 'sig.ra', 'ecc', 'pag', 'p', 'fig', 'vol', 'ed', 'ca', 'es'],
  nl: ['dr', 'prof', 'dhr', 'mevr', 'mw', 'bijv', 'bv', 'enz', 'ca', 'nr', 'fig', 'vol', 'blz', 'o.a', 'i.p.v', 'm.b.t'],
};

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${locale}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

function endsWithAbbreviation(sentence: string, language: string): boolean {
  const trimmed = sentence.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const last = trimmed.slice(0, -1).split(/\s+/).pop() ?? '';
  const token = last.replace(/^[("'„“‚«]+/, '').toLowerCase();
  if (!token) return false;
  if (/^\p{L}$/u.test(token)) return true; // an initial or "z." in "z. B."
  if (/^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(token)) return true; // "u.a", "e.g", "i.p.v"
  if (language === 'de' && /^\d{1,2}$/.test(token)) return true; // German ordinals: "am 5. März"
  return (ABBREVIATIONS[language] ?? []).includes(token);
}

/** Sentences of `text` (each trimmed, empty ones dropped). */
export function sentences(text: string, locale: string, language: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter(locale, 'sentence').segment(text)) {
    pending += segment;
    if (endsWithAbbreviation(pending, language)) continue;
    if (pending.trim()) out.push(pending.trim());
    pending = '';
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

const HAS_LETTER = /\p{L}/u;

/** Words of `text`: word-like segments with at least one letter; hyphenated compounds stay one word. */
export function words(text: string, locale: string): string[] {
  const out: string[] = [];
  let joinNext = false;
  let lastWasWord = false;
  for (const { segment, isWordLike } of segmenter(locale, 'word').segment(text)) {
    if (isWordLike) {
      if (joinNext && out.length > 0) out[out.length - 1] += `-${segment}`;
      else out.push(segment);
      joinNext = false;
      lastWasWord = true;
    } else {
      joinNext = lastWasWord && (segment === '-' || segment === '\u2011');
      lastWasWord = false;
    }
  }
  return out.filter((w) => HAS_LETTER.test(w));
}

/** Number of letters in a word (digits, hyphens and apostrophes do not count). */
export function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}
