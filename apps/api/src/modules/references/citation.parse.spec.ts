import { parseReferenceText } from './citation.parse';

/**
 * Reference strings in the forms of real reference lists (Vancouver as in NLM and most guidelines,
 * APA 7, Harvard, Springer's German journals), each with the identifiers and fields it must give.
 * Written for this test, modelled on the reference lists of public guidelines.
 */
const CORPUS: [string, Record<string, unknown>][] = [
  // --- PubMed ids in every spelling
  [
    'Liu NH, Daumit GL, Dua T, et al. Excess mortality in persons with severe mental disorders. World Psychiatry. 2017;16(1):30-40. PMID: 28127922',
    {
      kind: 'journalArticle',
      style: 'vancouver',
      fields: {
        authors: [
          { family: 'Liu', given: 'N H' },
          { family: 'Daumit', given: 'G L' },
          { family: 'Dua', given: 'T' },
        ],
        title: 'Excess mortality in persons with severe mental disorders',
        journal: 'World Psychiatry',
        year: 2017,
        volume: '16',
        issue: '1',
        pages: '30-40',
        pubmedId: '28127922',
      },
    },
  ],
  [
    'Ward ZJ, Bleich SN, Cradock AL, et al. Projected U.S. state-level prevalence of adult obesity and severe obesity. N Engl J Med. 2019 Dec 19;381(25):2440-2450. PMID 31851800.',
    {
      kind: 'journalArticle',
      fields: {
        journal: 'N Engl J Med',
        year: 2019,
        month: 12,
        day: 19,
        volume: '381',
        issue: '25',
        pages: '2440-2450',
        pubmedId: '31851800',
      },
    },
  ],
  [
    'Ridker PM, Everett BM, Thuren T, et al. Antiinflammatory therapy with canakinumab for atherosclerotic disease. N Engl J Med. 2017;377(12):1119-31. [PubMed: 28845751]',
    {
      kind: 'journalArticle',
      fields: {
        title: 'Antiinflammatory therapy with canakinumab for atherosclerotic disease',
        journal: 'N Engl J Med',
        year: 2017,
        pages: '1119-31',
        pubmedId: '28845751',
      },
    },
  ],
  [
    'Collaborators GBD. Global burden of 87 risk factors. Lancet. 2020 Oct;396(10258):1223-49. https://pubmed.ncbi.nlm.nih.gov/33069327/',
    { kind: 'journalArticle', fields: { journal: 'Lancet', year: 2020, month: 10, pubmedId: '33069327' }, ids: { pubmedId: '33069327' } },
  ],
  [
    'Smith J. Old article. BMJ. 1998;316:1-2. http://www.ncbi.nlm.nih.gov/pubmed/9462313',
    { fields: { pubmedId: '9462313', journal: 'BMJ', volume: '316', pages: '1-2', year: 1998 }, ids: { url: undefined } },
  ],
  ['[PubMed: 24142513]', { ids: { pubmedId: '24142513' }, isReference: true }],
  // --- PMC ids
  [
    'Hoffmann TC, Glasziou PP, Boutron I, et al. Better reporting of interventions: TIDieR checklist. BMJ. 2014;348:g1687. PMID: 24609605; PMCID: PMC3983617.',
    { fields: { pubmedId: '24609605', pmcId: 'PMC3983617', volume: '348', pages: 'g1687' } },
  ],
  [
    'Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement. BMJ. 2021;372:n71. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8005924/',
    { fields: { pmcId: 'PMC8005924', journal: 'BMJ', pages: 'n71' }, ids: { url: undefined } },
  ],
  // --- DOIs: bare, doi:, doi.org addresses
  [
    'Williams B, Mancia G, Spiering W, et al. 2018 ESC/ESH Guidelines for the management of arterial hypertension. Eur Heart J. 2018;39(33):3021-104. doi:10.1093/eurheartj/ehy339',
    { kind: 'journalArticle', fields: { journal: 'Eur Heart J', year: 2018, issue: '33', doi: '10.1093/eurheartj/ehy339' } },
  ],
  [
    'Murray CJ. The global burden of disease. Lancet. 2012;380(9859):2053-4. DOI 10.1016/S0140-6736(12)62133-3.',
    { fields: { doi: '10.1016/S0140-6736(12)62133-3', year: 2012 } },
  ],
  [
    'Tan KS. Anxiety in adolescents. J Adolesc Health. 2021;68(2):240-6. https://doi.org/10.1016/j.jadohealth.2020.09.012',
    { fields: { doi: '10.1016/j.jadohealth.2020.09.012', journal: 'J Adolesc Health' }, ids: { url: undefined } },
  ],
  ['Leitlinie zitiert nach 10.1007/s00108-019-00693-z.', { ids: { doi: '10.1007/s00108-019-00693-z' }, isReference: true }],
  ['https://dx.doi.org/10.1000%2Fabc', { ids: { doi: '10.1000/abc' } }],
  // --- APA 7
  [
    'Brown, A. B., Green, C., & White, D.-E. (2020). Sleep and mood in older adults. Journal of Sleep Research, 29(4), e13012. https://doi.org/10.1111/jsr.13012',
    {
      kind: 'journalArticle',
      style: 'apa',
      fields: {
        authors: [
          { family: 'Brown', given: 'A B' },
          { family: 'Green', given: 'C' },
          { family: 'White', given: 'D-E' },
        ],
        title: 'Sleep and mood in older adults',
        journal: 'Journal of Sleep Research',
        year: 2020,
        volume: '29',
        issue: '4',
        pages: 'e13012',
        doi: '10.1111/jsr.13012',
      },
    },
  ],
  [
    'Kim, S. (2019, March). Hand hygiene in clinics. American Journal of Infection Control, 47(3), 200–205.',
    {
      kind: 'journalArticle',
      style: 'apa',
      fields: { year: 2019, month: 3, journal: 'American Journal of Infection Control', pages: '200–205' },
    },
  ],
  [
    'American Psychiatric Association. (2013). Diagnostic and statistical manual of mental disorders (5th ed.). American Psychiatric Publishing. ISBN 978-0-89042-555-8',
    {
      kind: 'book',
      style: 'apa',
      fields: {
        authors: [{ family: 'American Psychiatric Association' }],
        title: 'Diagnostic and statistical manual of mental disorders',
        edition: 5,
        publisher: 'American Psychiatric Publishing',
        year: 2013,
        isbn: '978-0-89042-555-8',
      },
    },
  ],
  [
    'World Health Organization. (2023, July 12). Diabetes fact sheet. https://www.who.int/news-room/fact-sheets/detail/diabetes',
    {
      kind: 'webPage',
      fields: {
        organisation: 'World Health Organization',
        title: 'Diabetes fact sheet',
        date: '2023-07-12',
        url: 'https://www.who.int/news-room/fact-sheets/detail/diabetes',
      },
    },
  ],
  // --- Harvard
  [
    'Jones, P. and Patel, R. (2018) Diet and blood pressure. Hypertension Research, 41(2), pp. 100-108.',
    {
      kind: 'journalArticle',
      style: 'harvard',
      fields: {
        authors: [
          { family: 'Jones', given: 'P' },
          { family: 'Patel', given: 'R' },
        ],
        journal: 'Hypertension Research',
        volume: '41',
        issue: '2',
        pages: '100-108',
        year: 2018,
      },
    },
  ],
  [
    'Greenhalgh, T. (2019) How to read a paper: the basics of evidence-based medicine. 6th edn. Oxford: Wiley-Blackwell.',
    {
      kind: 'book',
      style: 'harvard',
      fields: {
        title: 'How to read a paper: the basics of evidence-based medicine',
        edition: 6,
        place: 'Oxford',
        publisher: 'Wiley-Blackwell',
        year: 2019,
      },
    },
  ],
  [
    'NHS (2022) Asthma - Treatment. Available at: https://www.nhs.uk/conditions/asthma/treatment/ (Accessed: 4 March 2024).',
    {
      kind: 'webPage',
      style: 'harvard',
      fields: {
        organisation: 'NHS',
        title: 'Asthma - Treatment',
        url: 'https://www.nhs.uk/conditions/asthma/treatment/',
        accessedOn: '2024-03-04',
        year: 2022,
      },
    },
  ],
  // --- Springer (German journals)
  [
    'Müller A, Schmidt B (2019) Hausärztliche Versorgung bei Diabetes. Z Allgemeinmed 95(2):12–18',
    {
      kind: 'journalArticle',
      fields: {
        authors: [
          { family: 'Müller', given: 'A' },
          { family: 'Schmidt', given: 'B' },
        ],
        journal: 'Z Allgemeinmed',
        volume: '95',
        issue: '2',
        pages: '12–18',
        year: 2019,
      },
    },
  ],
  // --- Books with ISBN-10 and ISBN-13 (checksums checked)
  [
    'Longmore M, Wilkinson IB, Baldwin A, Wallin E. Oxford handbook of clinical medicine. 9th ed. Oxford: Oxford University Press; 2014. ISBN 978-0-19-960962-8.',
    {
      kind: 'book',
      style: 'vancouver',
      fields: {
        title: 'Oxford handbook of clinical medicine',
        edition: 9,
        place: 'Oxford',
        publisher: 'Oxford University Press',
        year: 2014,
        isbn: '978-0-19-960962-8',
      },
    },
  ],
  [
    'Herold G. Innere Medizin. Köln: Herold; 2020. ISBN-10: 0-306-40615-2',
    { kind: 'book', fields: { isbn: '0-306-40615-2', place: 'Köln', publisher: 'Herold', year: 2020 } },
  ],
  ['Some book. ISBN 978-0-19-960962-9.', { ids: { isbn: undefined } }],
  ['Thieme Verlag, Stuttgart 2018, 978-3-13-240782-4', { ids: { isbn: '978-3-13-240782-4' } }],
  // --- Trial registries
  [
    'Study of drug X in adults with asthma. ClinicalTrials.gov identifier: NCT04280705. https://clinicaltrials.gov/study/NCT04280705',
    { kind: 'webPage', fields: { trialIds: ['NCT04280705'], url: 'https://clinicaltrials.gov/study/NCT04280705' } },
  ],
  ['Deutsches Register Klinischer Studien. DRKS00012345. Stand 2021.', { ids: { trialIds: ['DRKS00012345'] }, isReference: true }],
  ['EudraCT 2015-001234-56; ISRCTN12345678', { ids: { trialIds: ['EudraCT 2015-001234-56', 'ISRCTN12345678'] } }],
  ['EU CT number 2023-501234-12-00', { ids: { trialIds: ['EU CT 2023-501234-12-00'] } }],
  [
    'Meier K, Lang S. Exercise after stroke: a randomised trial. Stroke. 2022;53(5):1500-8. NCT03012345; DRKS00023456.',
    { kind: 'journalArticle', fields: { trialIds: ['NCT03012345', 'DRKS00023456'], journal: 'Stroke', year: 2022 } },
  ],
  // --- Web pages, guidelines, Vancouver "[Internet]" and "[cited …]"
  [
    'National Institute for Health and Care Excellence. Hypertension in adults: diagnosis and management [Internet]. London: NICE; 2019 [updated 2023 Nov 21; cited 2024 Mar 1]. Available from: https://www.nice.org.uk/guidance/ng136',
    {
      fields: {
        url: 'https://www.nice.org.uk/guidance/ng136',
        accessedOn: '2024-03-01',
        title: 'Hypertension in adults: diagnosis and management',
      },
      ids: { accessedOn: '2024-03-01' },
    },
  ],
  [
    'Deutsche Gesellschaft für Allgemeinmedizin. S3-Leitlinie Müdigkeit. AWMF-Register-Nr. 053-002. Berlin: DEGAM; 2022.',
    { kind: 'guideline', fields: { issuingBody: 'Deutsche Gesellschaft für Allgemeinmedizin', year: 2022 } },
  ],
  [
    'Robert Koch-Institut. Impfkalender. https://www.rki.de/impfkalender (Zugriff am 03.02.2024)',
    { kind: 'webPage', fields: { url: 'https://www.rki.de/impfkalender', accessedOn: '2024-02-03', organisation: 'Robert Koch-Institut' } },
  ],
  [
    'https://www.gesundheitsinformation.de/diabetes-typ-2.html',
    { kind: 'webPage', ids: { url: 'https://www.gesundheitsinformation.de/diabetes-typ-2.html' }, isReference: true },
  ],
  // --- Partial dates stay partial
  ['Ng K, Ho L. Vitamin D and falls. Age Ageing. 2016 Jan;45(1):60-5.', { fields: { year: 2016, month: 1, day: undefined, issue: '1' } }],
  ['Ng K. Falls. Age Ageing. 2016;45:60-5.', { fields: { year: 2016, month: undefined, volume: '45', issue: undefined } }],
  // --- Not references: notes and plain sentences
  ["Publisher's note: this leaflet was written by the editorial team in 2024.", { isReference: false }],
  ['Stand: März 2024', { isReference: false }],
  ['Herausgeber: Careleaf Gesundheitsinformation, Berlin 2023', { isReference: false }],
  ['We thank all patients who read earlier versions of this text.', { isReference: false }],
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const given = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, isObject(v) ? given(v) : v]),
  );
const absent = (o: Record<string, unknown>, at = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v === undefined ? [`${at}${k}`] : isObject(v) ? absent(v, `${at}${k}.`) : []));

describe('reading a reference in the forms of real reference lists', () => {
  test('the corpus has at least 30 references', () => {
    expect(CORPUS.filter(([, e]) => e.isReference !== false).length).toBeGreaterThanOrEqual(30);
  });

  test.each(CORPUS)('%s', (text, expected) => {
    const parsed = parseReferenceText(text);
    expect(parsed).toMatchObject(given(expected));
    // An expected `undefined` means: this must not be found (a partial date stays partial, an identifier link is no address).
    for (const path of absent(expected))
      expect([path, path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], parsed)]).toEqual([path, undefined]);
  });
});

test('links of the reference count as much as its text; identifier links are not its web address', () => {
  const parsed = parseReferenceText('Studie. Online', [
    'https://pubmed.ncbi.nlm.nih.gov/111/',
    'https://doi.org/10.1000/x',
    'https://www.example.org/studie',
  ]);
  expect(parsed.ids).toEqual({ pubmedId: '111', doi: '10.1000/x', url: 'https://www.example.org/studie' });
});

test('only http(s) addresses are kept', () => {
  expect(parseReferenceText('Siehe ftp://example.org/x', ['javascript:alert(1)', 'mailto:a@example.org']).ids).toEqual({});
});

test('a reference that cannot be read keeps its whole text as the title', () => {
  const text = 'Ein Buch ohne Kennung, das jemand empfohlen hat';
  expect(parseReferenceText(text).fields.title).toBe(text);
});
