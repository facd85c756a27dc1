import { sentences } from './text';

/**
 * Finds sentences that are probably in another language than their block.
 *
 * Language detection on short text is unreliable, so this stays quiet unless
 * the evidence is clear (thresholds measured on German and English health
 * texts; see docs/adr/0004-content-checks-and-readability.md):
 * - only text runs of at least PARAGRAPH_MIN characters are looked at, and in
 *   them only sentences of at least SENTENCE_MIN characters;
 * - franc compares the sentence with a fixed set of common languages only
 *   (fewer look-alike candidates such as Low German or Scots);
 * - a sentence is reported when franc's best guess is another language AND the
 *   block's own language scores at most OWN_LANGUAGE_MAX relative to that
 *   guess (franc scores the best language 1 and the others relative to it).
 * Text already inside a `lang` span is not looked at.
 */
export const PARAGRAPH_MIN = 80;
export const SENTENCE_MIN = 40;
export const OWN_LANGUAGE_MAX = 0.75;

/** ISO 639-1 → the ISO 639-3 code franc reports. */
const FRANC_CODES: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  nl: 'nld',
  pt: 'por',
  pl: 'pol',
  tr: 'tur',
  ru: 'rus',
  uk: 'ukr',
  sv: 'swe',
  da: 'dan',
  nb: 'nob',
  no: 'nob',
  fi: 'fin',
  cs: 'ces',
  ro: 'ron',
  hu: 'hun',
  el: 'ell',
  hr: 'hrv',
  ar: 'arb',
  fa: 'pes',
  he: 'heb',
};
const FROM_FRANC = new Map(Object.entries(FRANC_CODES).map(([iso1, iso3]) => [iso3, iso1]));
const CANDIDATES = [...new Set(Object.values(FRANC_CODES))];

type FrancAll = typeof import('franc').francAll;
let francAll: FrancAll | undefined;
/** franc's language profiles take ~90 ms to load: only when a long enough text needs them. */
function detector(): FrancAll {
  francAll ??= (require('franc') as typeof import('franc')).francAll;
  return francAll;
}

/** Rankings of recent sentences: while an author types, most sentences of a document stay the same. */
const rankings = new Map<string, [string, number][]>();
function rank(sentence: string): [string, number][] {
  let ranking = rankings.get(sentence);
  if (!ranking) {
    if (rankings.size >= 10_000) rankings.clear();
    ranking = detector()(sentence, { only: CANDIDATES, minLength: SENTENCE_MIN });
    rankings.set(sentence, ranking);
  }
  return ranking;
}

export interface ForeignSentence {
  sentence: string;
  /** Two-letter code of franc's best guess. */
  detected: string | null;
}

/** Sentences of `text` that look like another language than `language`; empty when unsure. */
export function foreignSentences(text: string, locale: string, language: string): ForeignSentence[] {
  const own = FRANC_CODES[language];
  if (!own || text.trim().length < PARAGRAPH_MIN) return [];
  const found: ForeignSentence[] = [];
  for (const sentence of sentences(text, locale, language)) {
    if (sentence.length < SENTENCE_MIN) continue;
    const ranking = rank(sentence);
    const [best, bestScore] = ranking[0] ?? ['und', 0];
    if (best === 'und' || best === own || bestScore === 0) continue;
    const ownScore = ranking.find(([code]) => code === own)?.[1] ?? 0;
    if (ownScore <= OWN_LANGUAGE_MAX) found.push({ sentence, detected: FROM_FRANC.get(best) ?? null });
  }
  return found;
}
