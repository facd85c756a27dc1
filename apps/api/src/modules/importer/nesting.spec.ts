import { markdownInlineNesting, markdownNesting } from './nesting';

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

describe('markdownInlineNesting', () => {
  test('ordinary emphasis, links and stray stars stay shallow', () => {
    expect(markdownInlineNesting('Text with **bold**, *em* and [a link](https://example.org).')).toBeLessThanOrEqual(2);
    expect(markdownInlineNesting('5 * 3 = 15, snake_case_name and a ***strong em*** word')).toBeLessThanOrEqual(3);
    expect(markdownInlineNesting('[[nested] link]')).toBe(2);
    expect(markdownInlineNesting('[a](https://example.org/a_(b)) and (an aside) [b](/c)')).toBeLessThanOrEqual(2);
  });

  test('openers left open across a paragraph add up; a blank line or a heading starts again', () => {
    expect(markdownInlineNesting('**a '.repeat(100))).toBe(200);
    expect(markdownInlineNesting(`${'*a '.repeat(20)}\n\n${'*a '.repeat(20)}`)).toBe(20);
    expect(markdownInlineNesting('*'.repeat(2500) + 'x' + '*'.repeat(2500))).toBe(2500);
    expect(markdownInlineNesting('['.repeat(300) + 'x')).toBe(300);
    expect(markdownInlineNesting('[a]('.repeat(100))).toBe(100);
  });

  test('fenced code and escaped characters do not count', () => {
    const code = '```python\n' + 'def f(*args, **kwargs):\n'.repeat(200) + '```\n';
    expect(markdownInlineNesting(code)).toBe(0);
    expect(markdownInlineNesting('\\*'.repeat(100) + '\\['.repeat(100))).toBe(0);
  });
});
