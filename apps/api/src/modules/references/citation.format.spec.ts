import { formatCitation, initials, webLinkLabel } from './citation.format';
import type { CitationData } from './citation.model';

const article: CitationData = {
  kind: 'journalArticle',
  authors: [
    { family: 'Müller', given: 'Anna Lena' },
    { family: 'Schmidt', given: 'Jan-Peter' },
    { family: 'Ng', given: 'Li' },
  ],
  title: 'Endocrine therapy in advanced breast cancer',
  journal: 'Lancet Oncol',
  year: 2021,
  volume: '22',
  issue: '3',
  pages: '301-12',
  pubmedId: '33123456',
  doi: '10.1016/S1470-2045(20)30001-1',
};

const guideline: CitationData = {
  kind: 'guideline',
  issuingBody: 'Leitlinienprogramm Onkologie',
  title: 'S3-Leitlinie Mammakarzinom',
  guidelineVersion: '4.4',
  registryNumber: 'AWMF 032-045OL',
  year: 2021,
  url: 'https://example.org/mammakarzinom/',
};

const book: CitationData = {
  kind: 'book',
  editors: [{ family: 'Weber', given: 'Klaus' }],
  title: 'Onkologie für Pflegeberufe',
  edition: 3,
  place: 'Stuttgart',
  publisher: 'Beispielverlag',
  year: 2019,
  isbn: '978-3-16-148410-0',
};

const chapter: CitationData = {
  kind: 'bookChapter',
  authors: [{ family: 'Lee', given: 'Sun' }],
  chapterTitle: 'Lymphoedema after surgery',
  editors: [
    { family: 'Brown', given: 'Alex' },
    { family: 'Green', given: 'Bo' },
  ],
  title: 'Supportive care in oncology',
  edition: 2,
  place: 'Oxford',
  publisher: 'Example Press',
  year: 2020,
  pages: '45-67',
};

const notice: CitationData = {
  kind: 'drugSafetyNotice',
  authority: 'BfArM',
  title: 'Rote-Hand-Brief zu einem Wirkstoff',
  date: '2023-03-05',
  url: 'https://example.org/rhb',
};

const page: CitationData = {
  kind: 'webPage',
  organisation: 'Krebsinformationsdienst',
  title: 'Brustkrebs: Behandlung',
  url: 'https://example.org/brustkrebs',
  accessedOn: '2024-05-01',
};

test.each<[string, CitationData, string, string]>([
  [
    'journal article',
    article,
    'Müller AL, Schmidt J-P, Ng L. Endocrine therapy in advanced breast cancer. Lancet Oncol. 2021;22(3):301-12. doi:10.1016/S1470-2045(20)30001-1. PMID: 33123456.',
    'Müller AL, Schmidt J-P, Ng L. Endocrine therapy in advanced breast cancer. Lancet Oncol. 2021;22(3):301-12. doi:10.1016/S1470-2045(20)30001-1. PMID: 33123456.',
  ],
  [
    'guideline',
    guideline,
    'Leitlinienprogramm Onkologie. S3-Leitlinie Mammakarzinom. Version 4.4. Registry no. AWMF 032-045OL. 2021. Available from: https://example.org/mammakarzinom/',
    'Leitlinienprogramm Onkologie. S3-Leitlinie Mammakarzinom. Version 4.4. Registernr. AWMF 032-045OL. 2021. Verfügbar unter: https://example.org/mammakarzinom/',
  ],
  [
    'book by its editor',
    book,
    'Weber K, editor. Onkologie für Pflegeberufe. 3rd ed. Stuttgart: Beispielverlag; 2019. ISBN 978-3-16-148410-0.',
    'Weber K, Hrsg. Onkologie für Pflegeberufe. 3. Aufl. Stuttgart: Beispielverlag; 2019. ISBN 978-3-16-148410-0.',
  ],
  [
    'book chapter',
    chapter,
    'Lee S. Lymphoedema after surgery. In: Brown A, Green B, editors. Supportive care in oncology. 2nd ed. Oxford: Example Press; 2020. p. 45-67.',
    'Lee S. Lymphoedema after surgery. In: Brown A, Green B, Hrsg. Supportive care in oncology. 2. Aufl. Oxford: Example Press; 2020. S. 45-67.',
  ],
  [
    'drug-safety notice',
    notice,
    'BfArM. Rote-Hand-Brief zu einem Wirkstoff [drug safety notice]. 5 March 2023. Available from: https://example.org/rhb',
    'BfArM. Rote-Hand-Brief zu einem Wirkstoff [Sicherheitsinformation]. 5. März 2023. Verfügbar unter: https://example.org/rhb',
  ],
  [
    'web page',
    page,
    'Krebsinformationsdienst. Brustkrebs: Behandlung [Internet]. Available from: https://example.org/brustkrebs (accessed 1 May 2024)',
    'Krebsinformationsdienst. Brustkrebs: Behandlung [Internet]. Verfügbar unter: https://example.org/brustkrebs (abgerufen am 1. Mai 2024)',
  ],
])('a %s is formatted in English and German', (_label, citation, en, de) => {
  expect(formatCitation(citation, 'en').text).toBe(en);
  expect(formatCitation(citation, 'de').text).toBe(de);
});

test.each([article, guideline, book, chapter, notice, page])('the parts of a $kind join to exactly its text', (citation) => {
  for (const locale of ['en', 'de', 'ar']) {
    const f = formatCitation(citation, locale);
    expect(f.parts.map((p) => p.text).join('')).toBe(f.text);
    expect(f.parts.every((p) => p.text.length > 0)).toBe(true);
  }
});

test('DOI and PubMed id become links to doi.org and PubMed, both in the parts and in the link list', () => {
  const f = formatCitation(article, 'en');
  expect(f.links).toEqual([
    { kind: 'doi', href: 'https://doi.org/10.1016/S1470-2045(20)30001-1', label: 'doi:10.1016/S1470-2045(20)30001-1' },
    { kind: 'pubmed', href: 'https://pubmed.ncbi.nlm.nih.gov/33123456/', label: 'PMID: 33123456' },
  ]);
  expect(f.parts.filter((p) => p.href).map((p) => p.role)).toEqual(['identifier', 'identifier']);
  expect(f.parts.find((p) => p.role === 'title')?.text).toBe('Endocrine therapy in advanced breast cancer');
});

test('a web page is linked by its title, never by its raw address, which the reference text still gives', () => {
  const page: CitationData = {
    kind: 'webPage',
    title: 'Krebsinformationsdienst',
    organisation: 'Deutsches Krebsforschungszentrum (DKFZ)',
    url: 'https://www.krebsinformationsdienst.de',
    accessedOn: '2026-10-12',
  };
  const f = formatCitation(page, 'de');
  expect(f.links).toEqual([{ kind: 'url', href: 'https://www.krebsinformationsdienst.de', label: 'Krebsinformationsdienst' }]);
  expect(f.text).toContain('Verfügbar unter: https://www.krebsinformationsdienst.de');
  expect(webLinkLabel(`  ${'Sehr langer Titel '.repeat(10)} `)).toHaveLength(120);
  expect(webLinkLabel('Sehr langer Titel '.repeat(10)).endsWith('…')).toBe(true);
});

test('a DOI with characters that would break a URL is escaped in the link only', () => {
  const f = formatCitation({ ...article, doi: '10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2' }, 'en');
  expect(f.links[0]!.href).toBe('https://doi.org/10.1002/(SICI)1097-0258(19980815/30)17:15/16%3C1661::AID-SIM968%3E3.0.CO;2-2');
  expect(f.text).toContain('doi:10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2.');
});

test('more than six authors: the first six, then et al.', () => {
  const authors = Array.from({ length: 8 }, (_, i) => ({ family: `Author${i + 1}`, given: 'Kim' }));
  const text = formatCitation({ ...article, authors }, 'de').text;
  expect(text).toMatch(/^Author1 K, Author2 K, Author3 K, Author4 K, Author5 K, Author6 K, et al\. Endocrine/);
  expect(text).not.toContain('Author7');
});

test('a journal article without volume, issue, pages or identifiers still reads cleanly, with its address', () => {
  const text = formatCitation(
    {
      kind: 'journalArticle',
      title: 'Is exercise safe during chemotherapy?',
      journal: 'Support Care Cancer',
      year: 2019,
      url: 'https://example.org/a',
    },
    'en',
  ).text;
  expect(text).toBe('Is exercise safe during chemotherapy? Support Care Cancer. 2019. Available from: https://example.org/a');
});

test('Austrian German writes January as Jänner; other languages get English labels', () => {
  const jan = { ...notice, date: '2024-01-15' };
  expect(formatCitation(jan, 'de-AT').text).toContain('15. Jänner 2024');
  expect(formatCitation(jan, 'de').text).toContain('15. Januar 2024');
  expect(formatCitation(page, 'ar').text).toContain('(accessed 1 May 2024)');
});

test('initials keep hyphenated given names apart', () => {
  expect(initials('Anna-Lena Maria')).toBe('A-LM');
  expect(initials('  li ')).toBe('L');
});

test('an imported draft is shown as the article wrote it, with its identifier links', () => {
  const text = 'Colberg SR, et al. Physical activity and diabetes. Diabetes Care. 2016;39(11):2065-79. https://doi.org/10.2337/dc16-1728';
  const formatted = formatCitation(
    { kind: 'journalArticle', title: 'Physical activity and diabetes', doi: '10.2337/dc16-1728', draft: true, originalText: text },
    'en',
  );
  expect(formatted.text).toBe(text);
  expect(formatted.links).toEqual([{ kind: 'doi', href: 'https://doi.org/10.2337/dc16-1728', label: 'doi:10.2337/dc16-1728' }]);
});
