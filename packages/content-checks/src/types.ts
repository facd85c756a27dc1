import type { DocumentContent } from '@careleaf/schema';

export type UiLocale = 'de' | 'en';
export type Severity = 'error' | 'warning';

/** Identifies the rule a finding comes from; stable, so the editor can group and link to help. */
export type CheckId =
  | 'heading-first-level'
  | 'heading-skipped-level'
  | 'figure-alt-missing'
  | 'figure-alt-filename'
  | 'figure-media-missing'
  | 'link-empty'
  | 'link-vague'
  | 'link-url-text'
  | 'table-caption'
  | 'table-headers'
  | 'table-header-empty'
  | 'abbreviation-unexpanded'
  | 'language-unmarked'
  | 'block-empty'
  | 'citation-missing'
  | 'term-missing'
  | 'urgency-wording'
  | 'urgency-hidden'
  | 'readability';

export interface Finding {
  checkId: CheckId;
  /** `error` blocks publishing; `warning` is shown to the editor. */
  severity: Severity;
  /** The innermost block the finding is about; null for the document as a whole. */
  blockId: string | null;
  /** Dotted path into the content, in the same form as validateDocumentContent() issues ("blocks[3].content[1]"). */
  path: string;
  /** In the editor's UI language; says what is wrong and how to fix it. */
  message: string;
}

/** The readability scores Careleaf computes; each belongs to one language. */
export type ReadabilityScoreName =
  | 'fleschReadingEase'
  | 'fleschKincaidGrade'
  | 'amstad'
  | 'wienerSachtextformel'
  | 'fernandezHuerta'
  | 'kandelMoles'
  | 'gulpease'
  | 'fleschDouma';

export interface TargetRange {
  min?: number;
  max?: number;
}

/** Per-tenant targets; a score outside its range gives a warning. Unset scores use the defaults. */
export type ReadabilityTargets = Partial<Record<ReadabilityScoreName, TargetRange | null>>;

export interface MediaInfo {
  /** Alt text of the media item per locale (BCP 47). */
  altByLocale: Record<string, string>;
}

export interface CheckContext {
  /** The locale of the content (BCP 47), e.g. "de-AT". */
  locale: string;
  /** Ids of the tenant's citations. */
  citationsKnown: Set<string>;
  /** Ids of the tenant's glossary terms. */
  glossaryKnown: Set<string>;
  /** The media items of the tenant that the content may reference. */
  media: Map<string, MediaInfo>;
  targets?: ReadabilityTargets;
  /** The language of the editor's interface: findings are written in it. */
  uiLocale: UiLocale;
}

export interface ReadabilityScore {
  name: ReadabilityScoreName;
  value: number;
  target: TargetRange | null;
  /** Whether the value is within the target; null when there is no target or too little text to judge. */
  met: boolean | null;
}

/** Raw numbers for the editor's readability panel (not findings). */
export interface ReadabilityInfo {
  locale: string;
  /** Two-letter language the formulas were chosen for. */
  language: string;
  words: number;
  sentences: number;
  /** Letters in all words (used by Gulpease and the average word length). */
  letters: number;
  /** null where Careleaf counts no syllables for the language. */
  syllables: number | null;
  /** How syllables were counted: the English dictionary package, hyphenation patterns plus vowel rules, or vowel rules alone. */
  syllableMethod: 'dictionary' | 'hyphenation+vowels' | 'vowels' | null;
  averageSentenceLength: number;
  averageWordLength: number;
  averageSyllablesPerWord: number | null;
  /** Formula scores for the language (empty for languages without a formula). */
  scores: ReadabilityScore[];
  /** Below this many words targets are not judged: scores of very short texts swing widely. */
  enoughText: boolean;
}

export interface CheckReport {
  findings: Finding[];
  readability: ReadabilityInfo;
}

export type { DocumentContent };
