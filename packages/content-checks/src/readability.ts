import { letterCount, sentences, words } from './text';
import { syllableCounter } from './syllables';
import type { ReadabilityInfo, ReadabilityScore, ReadabilityScoreName, ReadabilityTargets, TargetRange } from './types';

/** Counts a formula needs; computed once per text. */
export interface TextStats {
  words: number;
  sentences: number;
  letters: number;
  /** null where the language has no syllable counter. */
  syllables: number | null;
  /** Words with three or more syllables. */
  polysyllables: number;
  /** Words with one syllable. */
  monosyllables: number;
  /** Words with more than six letters. */
  longWords: number;
}

const asl = (s: TextStats) => s.words / s.sentences;
const asw = (s: TextStats) => (s.syllables ?? 0) / s.words;
const pct = (n: number, s: TextStats) => (100 * n) / s.words;

/** The formulas, each as published (see docs/adr/0004-content-checks-and-readability.md). */
export const FORMULAS: Record<ReadabilityScoreName, (s: TextStats) => number> = {
  /** Flesch (1948), English. Higher is easier; 60–70 is plain English. */
  fleschReadingEase: (s) => 206.835 - 1.015 * asl(s) - 84.6 * asw(s),
  /** Kincaid et al. (1975), English: US school grade. */
  fleschKincaidGrade: (s) => 0.39 * asl(s) + 11.8 * asw(s) - 15.59,
  /** Amstad (1978), German adaptation of Flesch. Higher is easier. */
  amstad: (s) => 180 - asl(s) - 58.5 * asw(s),
  /** Bamberger & Vanecek (1984), first Wiener Sachtextformel: school grade 4–15. */
  wienerSachtextformel: (s) =>
    0.1935 * pct(s.polysyllables, s) + 0.1672 * asl(s) + 0.1297 * pct(s.longWords, s) - 0.0327 * pct(s.monosyllables, s) - 0.875,
  /** Fernández Huerta (1959), Spanish, in the corrected form (sentence length, not sentences per 100 words). */
  fernandezHuerta: (s) => 206.84 - 60 * asw(s) - 1.02 * asl(s),
  /** Kandel & Moles (1958), French. */
  kandelMoles: (s) => 207 - 1.015 * asl(s) - 73.6 * asw(s),
  /** Lucisano & Piemontese (1988), Italian: letters instead of syllables, 0–100. */
  gulpease: (s) => 89 + (300 * s.sentences - 10 * s.letters) / s.words,
  /** Douma (1960), Dutch. */
  fleschDouma: (s) => 206.835 - 0.93 * asl(s) - 77 * asw(s),
};

export const FORMULAS_BY_LANGUAGE: Record<string, ReadabilityScoreName[]> = {
  en: ['fleschReadingEase', 'fleschKincaidGrade'],
  de: ['amstad', 'wienerSachtextformel'],
  es: ['fernandezHuerta'],
  fr: ['kandelMoles'],
  it: ['gulpease'],
  nl: ['fleschDouma'],
};

/**
 * Defaults for patient information: English grade ≤ 8 and German Amstad ≥ 60
 * (as asked for patient information), and for the other languages the band each
 * formula calls "fairly easy" or middle-school level (≥ 60).
 */
export const DEFAULT_TARGETS: Required<ReadabilityTargets> = {
  fleschReadingEase: null,
  fleschKincaidGrade: { max: 8 },
  amstad: { min: 60 },
  wienerSachtextformel: null,
  fernandezHuerta: { min: 60 },
  kandelMoles: { min: 60 },
  gulpease: { min: 60 },
  fleschDouma: { min: 60 },
};

/** Below this many words a score is shown but not judged against its target. */
export const MIN_WORDS_FOR_TARGETS = 100;

/** Counts words, sentences, letters and syllables over independent text units (paragraphs, list items). */
export function textStats(units: readonly string[], locale: string, language: string): TextStats {
  const counter = syllableCounter(language);
  const stats: TextStats = {
    words: 0,
    sentences: 0,
    letters: 0,
    syllables: counter ? 0 : null,
    polysyllables: 0,
    monosyllables: 0,
    longWords: 0,
  };
  for (const unit of units) {
    for (const sentence of sentences(unit, locale, language)) {
      const ws = words(sentence, locale);
      if (ws.length === 0) continue;
      stats.sentences++;
      for (const w of ws) {
        stats.words++;
        const letters = letterCount(w);
        stats.letters += letters;
        if (letters > 6) stats.longWords++;
        if (counter) {
          const n = counter.count(w);
          stats.syllables! += n;
          if (n >= 3) stats.polysyllables++;
          if (n === 1) stats.monosyllables++;
        }
      }
    }
  }
  return stats;
}

function judge(value: number, target: TargetRange | null, enough: boolean): boolean | null {
  if (!target || !enough) return null;
  return (target.min === undefined || value >= target.min) && (target.max === undefined || value <= target.max);
}

/** Readability of text units in `locale`, with the formulas for its language and the given targets. */
export function readability(units: readonly string[], locale: string, language: string, targets: ReadabilityTargets = {}): ReadabilityInfo {
  const stats = textStats(units, locale, language);
  const counter = syllableCounter(language);
  const enoughText = stats.words >= MIN_WORDS_FOR_TARGETS;
  const scores: ReadabilityScore[] =
    stats.words === 0 || stats.sentences === 0
      ? []
      : (FORMULAS_BY_LANGUAGE[language] ?? []).map((name) => {
          const value = FORMULAS[name](stats);
          const target = name in targets ? (targets[name] ?? null) : DEFAULT_TARGETS[name];
          return { name, value, target, met: judge(value, target, enoughText) };
        });
  return {
    locale,
    language,
    words: stats.words,
    sentences: stats.sentences,
    letters: stats.letters,
    syllables: stats.syllables,
    syllableMethod: counter?.method ?? null,
    averageSentenceLength: stats.sentences ? stats.words / stats.sentences : 0,
    averageWordLength: stats.words ? stats.letters / stats.words : 0,
    averageSyllablesPerWord: stats.syllables !== null && stats.words ? stats.syllables / stats.words : null,
    scores,
    enoughText,
  };
}
