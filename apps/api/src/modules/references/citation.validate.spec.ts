import { AppError } from '../../kernel/errors';
import { CITATION_SAMPLES } from '../../../../../tests/factories/citation.factory';
import { validateCitation, type CitationInputLike } from './citation.validate';

const TODAY = new Date('2026-11-27T12:00:00Z');

const VALID: Record<string, CitationInputLike> = CITATION_SAMPLES;

function rejection(input: CitationInputLike): { code: string; field?: string; message: string } {
  try {
    validateCitation(input, TODAY);
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a rejection');
}

test.each(Object.entries(VALID))('a complete %s is accepted', (kind, input) => {
  expect(validateCitation(input, TODAY)).toMatchObject({ kind, title: input.title });
});

test('text is trimmed, blanks count as not given, DOI and PubMed id come out bare', () => {
  const out = validateCitation(
    {
      ...VALID.journalArticle!,
      title: '  Aromatase   inhibitors  ',
      volume: '   ',
      issue: null,
      doi: 'https://doi.org/10.1200/JCO.19.01234',
      pubmedId: 'PMID: 31999999',
    },
    TODAY,
  );
  expect(out).toMatchObject({ title: 'Aromatase inhibitors', doi: '10.1200/JCO.19.01234', pubmedId: '31999999' });
  expect(out).not.toHaveProperty('volume');
  expect(out).not.toHaveProperty('issue');
});

test.each<[string, CitationInputLike, string]>([
  ['an unknown kind', { kind: 'podcast', title: 'x' }, 'kind'],
  ['a journal article without a journal', { ...VALID.journalArticle!, journal: ' ' }, 'journal'],
  ['a journal article without a year', { ...VALID.journalArticle!, year: null }, 'year'],
  ['a PubMed id with letters', { ...VALID.journalArticle!, pubmedId: '12a45' }, 'pubmedId'],
  ['a DOI without the 10. prefix', { ...VALID.journalArticle!, doi: '11.1234/abc' }, 'doi'],
  ['a DOI without a suffix', { ...VALID.journalArticle!, doi: '10.1234/' }, 'doi'],
  ['a year in the future', { ...VALID.journalArticle!, year: 2031 }, 'year'],
  ['a year before print', { ...VALID.journalArticle!, year: 1450 }, 'year'],
  ['an author without a family name', { ...VALID.journalArticle!, authors: [{ family: ' ', given: 'Ann' }] }, 'authors[0].family'],
  ['a journal article with a publisher', { ...VALID.journalArticle!, publisher: 'Someone' }, 'publisher'],
  ['a guideline without an issuing body', { ...VALID.guideline!, issuingBody: undefined }, 'issuingBody'],
  ['a guideline with a javascript: address', { ...VALID.guideline!, url: 'javascript:alert(1)' }, 'url'],
  ['a guideline with an ftp address', { ...VALID.guideline!, url: 'ftp://example.org/file' }, 'url'],
  ['a guideline with a journal', { ...VALID.guideline!, journal: 'Lancet' }, 'journal'],
  ['a book with neither authors nor editors', { ...VALID.book!, authors: [] }, 'authors'],
  ['a book without a publisher', { ...VALID.book!, publisher: '' }, 'publisher'],
  ['a book with a wrong ISBN check digit', { ...VALID.book!, isbn: '978-3-16-148410-1' }, 'isbn'],
  ['a book with edition zero', { ...VALID.book!, edition: 0 }, 'edition'],
  ['a chapter without its chapter title', { ...VALID.bookChapter!, chapterTitle: undefined }, 'chapterTitle'],
  ['a chapter without authors', { ...VALID.bookChapter!, authors: [] }, 'authors'],
  ['a notice without a date', { ...VALID.drugSafetyNotice!, date: undefined }, 'date'],
  ['a notice dated 31 February', { ...VALID.drugSafetyNotice!, date: '2024-02-31' }, 'date'],
  ['a notice with a German date format', { ...VALID.drugSafetyNotice!, date: '05.03.2024' }, 'date'],
  ['a notice without an authority', { ...VALID.drugSafetyNotice!, authority: null }, 'authority'],
  ['a web page without an access date', { ...VALID.webPage!, accessedOn: undefined }, 'accessedOn'],
  ['a web page read in the future', { ...VALID.webPage!, accessedOn: '2027-01-01' }, 'accessedOn'],
  ['a web page without an address', { ...VALID.webPage!, url: '' }, 'url'],
  ['a web page address with spaces', { ...VALID.webPage!, url: 'https://exa mple.org/' }, 'url'],
  ['a title of 1001 characters', { ...VALID.webPage!, title: 'x'.repeat(1001) }, 'title'],
])('%s is BAD_USER_INPUT naming the field', (_label, input, field) => {
  const r = rejection(input);
  expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(r.message.length).toBeGreaterThan(15);
});

test('ISBN-10 and ISBN-13 with valid check digits are accepted, with or without hyphens', () => {
  expect(validateCitation({ ...VALID.book!, isbn: 'ISBN 0-306-40615-2' }, TODAY).isbn).toBe('0-306-40615-2');
  expect(validateCitation({ ...VALID.book!, isbn: '9783161484100' }, TODAY).isbn).toBe('9783161484100');
});

test('next year is a plausible year (journals date issues ahead), the year after is not', () => {
  expect(validateCitation({ ...VALID.journalArticle!, year: 2027 }, TODAY).year).toBe(2027);
  expect(rejection({ ...VALID.journalArticle!, year: 2028 }).field).toBe('year');
});

test('the message says which fields the kind has when a foreign field is sent', () => {
  expect(rejection({ ...VALID.webPage!, isbn: '9783161484100' }).message).toMatch(/web page has no isbn.*accessedOn/);
});

test('month, day, PMC id and trial ids are checked and kept; a day needs its month', () => {
  const article = validateCitation(
    { ...VALID.journalArticle!, month: 3, day: 2, pmcId: 'pmcid: pmc3983617', trialIds: ['NCT01234567', 'EudraCT 2015-001234-56'] },
    TODAY,
  );
  expect(article).toMatchObject({ month: 3, day: 2, pmcId: 'PMC3983617', trialIds: ['NCT01234567', 'EudraCT 2015-001234-56'] });
  expect(rejection({ ...VALID.journalArticle!, month: 13 }).field).toBe('month');
  expect(rejection({ ...VALID.journalArticle!, day: 2 }).field).toBe('day');
  expect(rejection({ ...VALID.journalArticle!, pmcId: '3983617' }).field).toBe('pmcId');
  expect(rejection({ ...VALID.journalArticle!, trialIds: ['NCT123'] }).field).toBe('trialIds[0]');
});

test('an imported draft needs only a title, but every field it gives is still checked', () => {
  expect(validateCitation({ kind: 'book', title: 'Textbook of diabetes', isbn: '978-0-306-40615-7' }, TODAY, { draft: true })).toEqual({
    kind: 'book',
    title: 'Textbook of diabetes',
    isbn: '978-0-306-40615-7',
  });
  expect(() => validateCitation({ kind: 'book', title: 'Textbook of diabetes' }, TODAY)).toThrow(/needs publisher/);
  expect(() => validateCitation({ kind: 'book', title: 'T', isbn: '978-0-306-40615-8' }, TODAY, { draft: true })).toThrow(/ISBN/);
  expect(() => validateCitation({ kind: 'book', title: ' ' }, TODAY, { draft: true })).toThrow(/needs title/);
});
