import { markerNumbers } from './inline';
import { isSourcesTitle, parseReference } from './sources';

describe('reading a reference', () => {
  test.each([
    ['PMID: 32979513', { pmid: '32979513' }],
    ['pmid 123', { pmid: '123' }],
    ['https://pubmed.ncbi.nlm.nih.gov/12345678/', { pmid: '12345678' }],
    ['http://www.ncbi.nlm.nih.gov/pubmed/7654321', { pmid: '7654321' }],
    ['Ann Oncol 2020. doi:10.1016/j.annonc.2020.09.010.', { doi: '10.1016/j.annonc.2020.09.010' }],
    ['DOI 10.1016/S0140-6736(11)61629-2', { doi: '10.1016/S0140-6736(11)61629-2' }],
    ['https://doi.org/10.1000%2Fabc', { doi: '10.1000/abc' }],
    ['https://dx.doi.org/10.1056/NEJMoa1234567)', { doi: '10.1056/NEJMoa1234567' }],
    ['Leitlinie, 2021. https://www.example.org/leitlinie.', { url: 'https://www.example.org/leitlinie' }],
    ['Ein Buch ohne Kennung. Berlin 2019.', {}],
  ])('%s', (text, expected) => {
    const { ids } = parseReference(text);
    expect({ pmid: ids.pubmedId, doi: ids.doi, url: ids.url }).toEqual({ pmid: undefined, doi: undefined, url: undefined, ...expected });
  });

  test('a link next to PubMed and DOI links is the reference address; identifier links are not', () => {
    expect(
      parseReference('Studie. Online', [
        'https://pubmed.ncbi.nlm.nih.gov/111/',
        'https://doi.org/10.1000/x',
        'https://www.example.org/studie',
      ]).ids,
    ).toEqual({ pubmedId: '111', doi: '10.1000/x', url: 'https://www.example.org/studie' });
  });

  test('only http(s) addresses are kept', () => {
    expect(parseReference('Siehe ftp://example.org/x', ['javascript:alert(1)', 'mailto:a@example.org']).ids).toEqual({});
  });
});

describe('citation markers', () => {
  test.each([
    ['1', ['1']],
    ['1, 3', ['1', '3']],
    ['2–4', ['2', '3', '4']],
    ['1,3-5; 8', ['1', '3', '4', '5', '8']],
    ['5–2', null],
    ['1–500', null],
  ])('[%s]', (spec, expected) => {
    expect(markerNumbers(spec)).toEqual(expected);
  });
});

test.each([
  'Quellen',
  'Quellen:',
  'Literatur',
  'Literaturverzeichnis',
  'Sources',
  'References',
  'Bibliografía',
  'Références',
  'Quellen und weiterführende Literatur',
])('"%s" names a list of sources', (title) => {
  expect(isSourcesTitle(title)).toBe(true);
});

test.each(['Behandlung', 'Referenzbereich der Laborwerte', 'Quellwasser', 'Sources of infection', 'Literatur für Kinder'])(
  '"%s" does not',
  (title) => {
    expect(isSourcesTitle(title)).toBe(false);
  },
);
