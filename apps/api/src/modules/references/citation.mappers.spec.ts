// The GraphQL types carry decorators that need the metadata API loaded first.
import 'reflect-metadata';
import { CITATION_KINDS } from './citation.model';
import { citationDataOf, toCitationType } from './citation.mappers';
import type { CitationView } from './citation.queries';

const view = (kind: CitationView['kind']): CitationView => ({
  kind,
  title: 'Title',
  authors: [{ family: 'Smith', given: 'Ann' }, { family: 'WHO' }],
  year: 2024,
  id: '00000000-0000-4000-8000-000000000001',
  version: 3,
  createdAt: new Date('2024-01-01T00:00:00Z'),
  updatedAt: new Date('2024-01-02T00:00:00Z'),
  draft: false,
  originalText: null,
});

test('a stored citation of every kind becomes the GraphQL citation with the same kind and fields, and back', () => {
  for (const kind of CITATION_KINDS) {
    const type = toCitationType(view(kind));
    expect(String(type.kind)).toBe(kind);
    expect(type).toMatchObject({ title: 'Title', year: 2024, version: 3, authors: [{ family: 'Smith', given: 'Ann' }, { family: 'WHO' }] });
    expect(citationDataOf(type)).toMatchObject({ kind, title: 'Title', year: 2024 });
  }
});

test('a person with a null given name from GraphQL is stored without one', () => {
  const type = { ...toCitationType(view('book')), editors: [{ family: 'Doe', given: null }] };
  expect(citationDataOf(type).editors).toEqual([{ family: 'Doe' }]);
});
