/** The kinds of source a tenant can cite, and the fields each kind has. */

export const CITATION_KINDS = ['journalArticle', 'guideline', 'book', 'bookChapter', 'drugSafetyNotice', 'webPage'] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

/** A person as cited: family name and given names (initials are derived). An organisation as author goes in `family` alone. */
export interface Person {
  family: string;
  given?: string;
}

/** Every field a citation can have; which ones a kind takes is in KIND_FIELDS. */
export interface CitationFields {
  title: string;
  authors?: Person[];
  editors?: Person[];
  /** Journal title, abbreviated as in MEDLINE where there is one ("N Engl J Med"). */
  journal?: string;
  year?: number;
  /** Month of publication (1–12) when the reference gives it; a partial date stays partial. */
  month?: number;
  /** Day of the month, only together with `month`. */
  day?: number;
  volume?: string;
  issue?: string;
  /** Page range or article number ("123-9", "e2021001"). */
  pages?: string;
  pubmedId?: string;
  /** PubMed Central id, "PMC1234567". */
  pmcId?: string;
  doi?: string;
  /** Trial registry ids: "NCT01234567", "DRKS00012345", "ISRCTN12345678", "EudraCT 2015-001234-56", "EU CT 2023-501234-12-00". */
  trialIds?: string[];
  /** Publisher of a guideline: a society, an agency or a guideline programme. */
  issuingBody?: string;
  /** As printed on the guideline, e.g. "4.4". */
  guidelineVersion?: string;
  /** Registry and number, e.g. "AWMF 032-045OL". */
  registryNumber?: string;
  url?: string;
  /** For a book chapter: the chapter's title (the book's title is `title`). */
  chapterTitle?: string;
  publisher?: string;
  place?: string;
  /** Edition number; the first edition is not printed. */
  edition?: number;
  isbn?: string;
  /** Medicines authority of a drug-safety notice (BfArM, EMA, MHRA, …). */
  authority?: string;
  /** ISO date (YYYY-MM-DD): when a notice was issued, or a web page published. */
  date?: string;
  /** For a web page: the organisation responsible for it. */
  organisation?: string;
  /** ISO date (YYYY-MM-DD) a web page was read. */
  accessedOn?: string;
}

export type CitationFieldName = keyof CitationFields;

export interface CitationData extends CitationFields {
  kind: CitationKind;
}

export interface KindSpec {
  /** Fields the kind must have. */
  required: CitationFieldName[];
  /** Fields the kind may have. */
  optional: CitationFieldName[];
  /** At least one of these must be given. */
  oneOf?: CitationFieldName[];
}

export const KIND_FIELDS: Record<CitationKind, KindSpec> = {
  journalArticle: {
    required: ['title', 'journal', 'year'],
    optional: ['authors', 'month', 'day', 'volume', 'issue', 'pages', 'pubmedId', 'pmcId', 'doi', 'trialIds', 'url'],
  },
  guideline: {
    required: ['issuingBody', 'title', 'year'],
    optional: ['authors', 'month', 'day', 'guidelineVersion', 'registryNumber', 'url'],
  },
  book: {
    required: ['title', 'publisher', 'year'],
    optional: ['authors', 'editors', 'month', 'edition', 'place', 'isbn', 'doi', 'url'],
    oneOf: ['authors', 'editors'],
  },
  bookChapter: {
    required: ['authors', 'chapterTitle', 'title', 'publisher', 'year'],
    optional: ['editors', 'edition', 'place', 'pages', 'isbn', 'doi', 'url'],
  },
  drugSafetyNotice: {
    required: ['authority', 'title', 'date'],
    optional: ['url'],
  },
  webPage: {
    required: ['title', 'url', 'accessedOn'],
    optional: ['authors', 'organisation', 'date', 'year', 'month', 'trialIds'],
  },
};

/** Names editors read in messages. */
export const KIND_LABELS: Record<CitationKind, string> = {
  journalArticle: 'journal article',
  guideline: 'guideline',
  book: 'book',
  bookChapter: 'book chapter',
  drugSafetyNotice: 'drug-safety notice',
  webPage: 'web page',
};

export const ALL_FIELDS: CitationFieldName[] = [
  'title',
  'authors',
  'editors',
  'journal',
  'year',
  'month',
  'day',
  'volume',
  'issue',
  'pages',
  'pubmedId',
  'pmcId',
  'doi',
  'trialIds',
  'issuingBody',
  'guidelineVersion',
  'registryNumber',
  'url',
  'chapterTitle',
  'publisher',
  'place',
  'edition',
  'isbn',
  'authority',
  'date',
  'organisation',
  'accessedOn',
];

export const pubmedUrl = (pmid: string): string => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
/** doi.org resolves the DOI; characters that would end or split the path are escaped. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi.replace(/[%?#<>"\s]/g, encodeURIComponent)}`;
