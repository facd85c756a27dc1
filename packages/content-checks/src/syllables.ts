import { syllable } from 'syllable';
import type { HyphenationFunctionSync } from 'hyphen';

/**
 * Syllables per word, by language:
 * - English: the `syllable` package (a word list plus English spelling rules).
 * - German, French, Dutch: TeX hyphenation patterns (`hyphen`) split the word,
 *   then each part counts its vowel nuclei. Patterns find breaks vowel rules
 *   cannot see ("Mu-se-um", "ge-eig-net", "pa-ti-ënt"), the vowel rules count
 *   syllables the patterns leave unsplit at the edges of a word ("Abend", "Ehe").
 * - Spanish: vowel rules alone; Spanish spelling marks every hiatus by rule
 *   (two strong vowels, or an accented i/u) and the Spanish patterns deliberately
 *   never break between vowels, so they would add nothing.
 * Italian needs no syllables (Gulpease counts letters); other languages get none.
 */

type Counter = (word: string) => number;

/** Letter groups that make one vowel nucleus; longest first. Other adjacent vowels are separate syllables. */
const NUCLEI: Record<string, { vowels: string; groups: string[] }> = {
  de: { vowels: 'aeiouyäöü', groups: ['aa', 'ee', 'oo', 'ie', 'ei', 'ai', 'au', 'äu', 'eu', 'ey', 'ay'] },
  nl: {
    vowels: 'aeiouyÿáéèëíïóöúü',
    groups: ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ÿ', 'ou', 'au'],
  },
  fr: {
    vowels: 'aeiouyàâäéèêëîïôöùûüÿœæ',
    groups: [
      'eau',
      'oeu',
      'œu',
      'oei',
      'ai',
      'ei',
      'au',
      'ou',
      'eu',
      'oi',
      'ui',
      'ie',
      'ue',
      'ay',
      'oy',
      'ey',
      'œ',
      'ée',
      'ié',
      'io',
      'ia',
    ],
  },
};

function nuclei(part: string, language: string): number {
  const rule = NUCLEI[language]!;
  let s = part.toLowerCase();
  if (language === 'nl') s = s.replace(/ij/g, 'ÿ');
  s = s.replace(/qu/g, 'q'); // the u of "qu" is not a vowel
  let count = 0;
  let i = 0;
  while (i < s.length) {
    if (!rule.vowels.includes(s[i]!)) {
      i++;
      continue;
    }
    const group = rule.groups.find((g) => s.startsWith(g, i));
    i += group ? group.length : 1;
    count++;
  }
  return count;
}

const STRONG = 'aeoáéíóú';
const WEAK = 'iuüy';

/** Spanish: every vowel group is one syllable, except that two strong vowels (a, e, o or accented í, ú) are two. */
function spanish(word: string): number {
  const s = word
    .toLowerCase()
    .replace(/(q|g)u(?=[eéií])/g, '$1') // silent u in que, qui, gue, gui
    .replace(/y(?=[aeiouáéíóú])/g, 'c'); // y before a vowel is a consonant
  let count = 0;
  let prev = '';
  for (const ch of s) {
    const strong = STRONG.includes(ch);
    const vowel = strong || WEAK.includes(ch);
    if (!vowel) {
      prev = '';
      continue;
    }
    if (!prev) count++;
    else if (strong && STRONG.includes(prev)) count++; // hiatus
    prev = ch;
  }
  return count;
}

const FRENCH_MUTE_E = /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/;

const HYPHEN_LOADERS: Record<string, () => HyphenationFunctionSync> = {
  de: () => (require('hyphen/de') as { hyphenateSync: HyphenationFunctionSync }).hyphenateSync,
  fr: () => (require('hyphen/fr') as { hyphenateSync: HyphenationFunctionSync }).hyphenateSync,
  nl: () => (require('hyphen/nl') as { hyphenateSync: HyphenationFunctionSync }).hyphenateSync,
};
const hyphenators = new Map<string, HyphenationFunctionSync>();

function byPatterns(language: string): Counter {
  return (word) => {
    let hyphenate = hyphenators.get(language);
    if (!hyphenate) {
      // Patterns are large (German ~750 kB); load a language the first time it is needed.
      hyphenate = HYPHEN_LOADERS[language]!();
      hyphenators.set(language, hyphenate);
    }
    const parts = hyphenate(word, { hyphenChar: '|', minWordLength: 1 }).split(/[|-]/);
    let count = parts.reduce((n, part) => n + nuclei(part, language), 0);
    // French: a final mute e after a consonant ("lire", "grandes") is not spoken.
    if (language === 'fr' && count > 1 && FRENCH_MUTE_E.test(word.toLowerCase())) count--;
    return Math.max(1, count);
  };
}

const COUNTERS: Record<string, { count: Counter; method: 'dictionary' | 'hyphenation+vowels' | 'vowels' }> = {
  en: { count: (w) => Math.max(1, syllable(w)), method: 'dictionary' },
  de: { count: byPatterns('de'), method: 'hyphenation+vowels' },
  fr: { count: byPatterns('fr'), method: 'hyphenation+vowels' },
  nl: { count: byPatterns('nl'), method: 'hyphenation+vowels' },
  es: { count: (w) => Math.max(1, spanish(w)), method: 'vowels' },
};

/** Words repeat a lot, and the editor re-runs the checks as the author types: remember recent counts. */
function memo(count: Counter): Counter {
  const seen = new Map<string, number>();
  return (word) => {
    let n = seen.get(word);
    if (n === undefined) {
      if (seen.size >= 50_000) seen.clear();
      n = count(word);
      seen.set(word, n);
    }
    return n;
  };
}

const MEMOISED = Object.fromEntries(Object.entries(COUNTERS).map(([language, c]) => [language, { ...c, count: memo(c.count) }]));

/** The syllable counter for a language, or null where Careleaf counts none. */
export function syllableCounter(language: string): { count: Counter; method: 'dictionary' | 'hyphenation+vowels' | 'vowels' } | null {
  return MEMOISED[language] ?? null;
}
