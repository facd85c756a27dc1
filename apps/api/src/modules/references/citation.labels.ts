/**
 * The words a formatted citation uses, per language. Locales are matched by
 * language ("de-AT" uses "de"); a language without labels uses English.
 */
export interface CitationLabels {
  etAl: string;
  /** After the names of a book's editors: one and several. */
  editor: string;
  editors: string;
  /** Edition number → "2nd ed." / "2. Aufl." */
  edition(n: number): string;
  /** Before a book chapter's book. */
  in: string;
  /** Before a page range of a chapter. */
  pages: string;
  version: string;
  registryNumber: string;
  drugSafetyNotice: string;
  internet: string;
  availableFrom: string;
  accessed(date: string): string;
  /** The language dates are written in. */
  dateLocale: string;
}

const enOrdinal = new Intl.PluralRules('en', { type: 'ordinal' });
const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

const LABELS: Record<string, CitationLabels> = {
  en: {
    etAl: 'et al.',
    editor: 'editor',
    editors: 'editors',
    edition: (n) => `${n}${EN_SUFFIX[enOrdinal.select(n)] ?? 'th'} ed.`,
    in: 'In:',
    pages: 'p.',
    version: 'Version',
    registryNumber: 'Registry no.',
    drugSafetyNotice: 'drug safety notice',
    internet: 'Internet',
    availableFrom: 'Available from:',
    accessed: (date) => `accessed ${date}`,
    dateLocale: 'en-GB',
  },
  de: {
    etAl: 'et al.',
    editor: 'Hrsg.',
    editors: 'Hrsg.',
    edition: (n) => `${n}. Aufl.`,
    in: 'In:',
    pages: 'S.',
    version: 'Version',
    registryNumber: 'Registernr.',
    drugSafetyNotice: 'Sicherheitsinformation',
    internet: 'Internet',
    availableFrom: 'Verfügbar unter:',
    accessed: (date) => `abgerufen am ${date}`,
    dateLocale: 'de-DE',
  },
};

export const LABEL_LANGUAGES = Object.keys(LABELS);

export function labelsFor(locale: string): CitationLabels {
  let language = 'en';
  try {
    language = new Intl.Locale(locale).language;
  } catch {
    // an invalid tag gets English labels
  }
  return LABELS[language] ?? LABELS.en!;
}
