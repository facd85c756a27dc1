import { markdownNesting } from './nesting';

test('counts block quotes and list markers at the start of a line, with or without spaces between them', () => {
  expect(markdownNesting('plain text\n')).toBe(0);
  expect(markdownNesting('> quote\n> > nested\n')).toBe(2);
  expect(markdownNesting('>>>> deep')).toBe(4);
  expect(markdownNesting('- a\n- - - b\n1. 2) > c')).toBe(3);
  expect(markdownNesting('> '.repeat(2500))).toBe(2500);
});

test('markers inside a line and numbers without a marker do not count', () => {
  expect(markdownNesting('a > b > c - d')).toBe(0);
  expect(markdownNesting('2024 was a year > 2023')).toBe(0);
  expect(markdownNesting('-not a list')).toBe(0);
});
