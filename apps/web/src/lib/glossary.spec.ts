import { groupByLetter, letterAnchor } from './glossary';

describe('glossary grouping', () => {
  test('terms are sorted in the locale’s order and grouped by base letter', () => {
    const groups = groupByLetter([{ term: 'Östrogen' }, { term: 'Antikörper' }, { term: 'ärztlich' }, { term: 'HER2' }], 'de');
    expect(groups.map((g) => [g.letter, g.entries.map((e) => e.term)])).toEqual([
      ['A', ['Antikörper', 'ärztlich']],
      ['H', ['HER2']],
      ['O', ['Östrogen']],
    ]);
  });

  test('letters of other scripts get their own valid anchors', () => {
    const [group] = groupByLetter([{ term: 'ورم' }], 'ar');
    expect(group!.letter).toBe('و');
    expect(letterAnchor(group!.letter)).toMatch(/^letter-[0-9a-f]+$/);
  });
});
