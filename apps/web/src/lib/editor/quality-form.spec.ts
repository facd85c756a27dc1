import { controlFor, readQuality, sentRows } from './quality-form';

const form = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('the quality form', () => {
  const values = {
    publisher: 'Institut',
    'author-name-0': 'Dr. A',
    'author-qualification-0': 'Ärztin',
    'author-name-1': '',
    'author-name-2': 'B',
    'reviewer-name-0': '',
    'reviewer-name-1': 'Prof. C',
    'reviewer-role-1': 'externalExpert',
    lastReviewed: '2025-01-31',
    reviewTrigger: 'newEvidence',
    funding: '',
  };
  const rows = { authors: 3, reviewers: 2 };

  test('rows without a name are dropped, empty texts are sent as cleared', () => {
    expect(readQuality(form(values), rows)).toEqual({
      publisher: 'Institut',
      authors: [
        { name: 'Dr. A', qualification: 'Ärztin' },
        { name: 'B', qualification: null },
      ],
      reviewers: [{ name: 'Prof. C', role: 'externalExpert', qualification: null }],
      lastReviewed: '2025-01-31',
      nextReviewDue: null,
      reviewTrigger: 'newEvidence',
      conflictsOfInterest: null,
      funding: null,
      evidenceNotes: null,
    });
  });

  test("an API error about a row points at that row's control in the form", () => {
    const sent = sentRows(form(values), rows);
    expect(sent).toEqual({ authors: [0, 2], reviewers: [1] });
    expect(controlFor('quality.authors[1].name', sent)).toBe('author-name-2');
    expect(controlFor('quality.reviewers[0].role', sent)).toBe('reviewer-role-1');
    expect(controlFor('quality.nextReviewDue', sent)).toBe('nextReviewDue');
    expect(controlFor(undefined, sent)).toBeUndefined();
  });
});
