import type { CitationData, CitationKind, Person } from './citation.model';
import type { CitationView } from './citation.queries';
import { CitationKindValue, type CitationType, type PersonType } from './citation.types';

// Stored kinds and the GraphQL enum spell the same strings; the tables let the compiler check every kind has its value.
const KIND_VALUE: Record<CitationKind, CitationKindValue> = {
  journalArticle: CitationKindValue.JOURNAL_ARTICLE,
  guideline: CitationKindValue.GUIDELINE,
  book: CitationKindValue.BOOK,
  bookChapter: CitationKindValue.BOOK_CHAPTER,
  drugSafetyNotice: CitationKindValue.DRUG_SAFETY_NOTICE,
  webPage: CitationKindValue.WEB_PAGE,
};
const KIND_OF: Record<CitationKindValue, CitationKind> = {
  [CitationKindValue.JOURNAL_ARTICLE]: 'journalArticle',
  [CitationKindValue.GUIDELINE]: 'guideline',
  [CitationKindValue.BOOK]: 'book',
  [CitationKindValue.BOOK_CHAPTER]: 'bookChapter',
  [CitationKindValue.DRUG_SAFETY_NOTICE]: 'drugSafetyNotice',
  [CitationKindValue.WEB_PAGE]: 'webPage',
};

/** Presenter: a stored citation as the GraphQL type. */
export const toCitationType = (view: CitationView): CitationType => ({ ...view, kind: KIND_VALUE[view.kind] });

/** The citation data behind a GraphQL citation (for formatting it). */
export function citationDataOf(citation: CitationType): CitationData {
  const { authors, editors, ...rest } = citation;
  return {
    ...rest,
    kind: KIND_OF[citation.kind],
    ...(authors ? { authors: authors.map(person) } : {}),
    ...(editors ? { editors: editors.map(person) } : {}),
  };
}

// GraphQL allows a null given name; the stored form leaves it out.
const person = ({ family, given }: PersonType): Person => (given === null || given === undefined ? { family } : { family, given });
