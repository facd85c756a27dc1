import { citationInput } from './citation-form';

const form = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('the new-source form', () => {
  test('sends only the filled fields, authors one per line as family and given names', () => {
    expect(
      citationInput(
        form({ kind: 'JOURNAL_ARTICLE', title: 'Ein Artikel', authors: 'Meyer, Hanna\nWHO\n', year: '2021', journal: 'J Clin', doi: '' }),
      ),
    ).toEqual({
      value: {
        kind: 'JOURNAL_ARTICLE',
        title: 'Ein Artikel',
        authors: [{ family: 'Meyer', given: 'Hanna' }, { family: 'WHO' }],
        year: 2021,
        journal: 'J Clin',
      },
    });
  });

  test('a missing title, an unknown kind or a year that is not four digits names the field', () => {
    expect(citationInput(form({ kind: 'JOURNAL_ARTICLE' }))).toEqual({ error: 'titleMissing', field: 'title' });
    expect(citationInput(form({ kind: 'POEM', title: 'x' }))).toEqual({ error: 'kindInvalid', field: 'kind' });
    expect(citationInput(form({ kind: 'BOOK', title: 'x', year: '21' }))).toEqual({ error: 'yearInvalid', field: 'year' });
  });
});
