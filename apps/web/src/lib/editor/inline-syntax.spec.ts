import type { Inline } from '@careleaf/schema/content';
import { formatInline, parseInline, type SyntaxCode } from './inline-syntax';

const CITE_A = '3f2a9c1e-1111-4222-8333-444455556666';
const CITE_B = '9b8a7c6d-aaaa-4bbb-8ccc-ddddeeeeffff';
const TERM = '0d1e2f3a-5555-4666-8777-888899990000';
const terms = new Map([['mammografie', TERM]]);
const termKeys = new Map([[TERM, 'mammografie']]);

const text = (t: string): Inline => ({ type: 'text', text: t });

function parsed(source: string): Inline[] {
  const result = parseInline(source, { terms });
  if (!result.ok) throw new Error(`unexpected ${result.problem.code} at ${result.problem.at}`);
  return result.nodes;
}

function problem(source: string): { code: SyntaxCode; at: number; value?: string } {
  const result = parseInline(source, { terms });
  if (result.ok) throw new Error(`"${source}" parsed, but should not`);
  const { code, at, value } = result.problem;
  return value === undefined ? { code, at } : { code, at, value };
}

/** Every kind of mark, written as the editor shows it and as stored. */
const ROUND_TRIPS: [string, string, Inline[]][] = [
  ['plain text', 'Nur Text, ohne Zeichen.', [text('Nur Text, ohne Zeichen.')]],
  ['emphasis', 'Das ist *wichtig*.', [text('Das ist '), { type: 'emphasis', children: [text('wichtig')] }, text('.')]],
  ['strong', '**Achtung:** heiß', [{ type: 'strong', children: [text('Achtung:')] }, text(' heiß')]],
  [
    'strong inside emphasis',
    '*sehr **wichtig** hier*',
    [{ type: 'emphasis', children: [text('sehr '), { type: 'strong', children: [text('wichtig')] }, text(' hier')] }],
  ],
  ['emphasis around strong only', '***beides***', [{ type: 'emphasis', children: [{ type: 'strong', children: [text('beides')] }] }]],
  [
    'emphasis next to strong',
    '*a***b**',
    [
      { type: 'emphasis', children: [text('a')] },
      { type: 'strong', children: [text('b')] },
    ],
  ],
  [
    'link',
    'Siehe [die Leitlinie](https://example.org/leitlinie_(2021)) dazu.',
    [text('Siehe '), { type: 'link', href: 'https://example.org/leitlinie_(2021)', children: [text('die Leitlinie')] }, text(' dazu.')],
  ],
  [
    'link with emphasis inside',
    '[*hier* lesen](/de/blutdruck)',
    [{ type: 'link', href: '/de/blutdruck', children: [{ type: 'emphasis', children: [text('hier')] }, text(' lesen')] }],
  ],
  ['abbreviation', '{abbr:World Health Organization|WHO}', [{ type: 'abbr', title: 'World Health Organization', children: [text('WHO')] }]],
  [
    'glossary term by key',
    'Die {term:mammografie|Mammografie} zeigt',
    [text('Die '), { type: 'term', termId: TERM, children: [text('Mammografie')] }, text(' zeigt')],
  ],
  [
    'language span',
    'Das heißt {lang:en|screening}.',
    [text('Das heißt '), { type: 'lang', lang: 'en', children: [text('screening')] }, text('.')],
  ],
  ['one citation', 'Belegt.[^' + CITE_A + ']', [text('Belegt.'), { type: 'cite', citationIds: [CITE_A] }]],
  ['two citations', 'Belegt[^' + CITE_A + ', ' + CITE_B + ']', [text('Belegt'), { type: 'cite', citationIds: [CITE_A, CITE_B] }]],
  ['special characters kept as text', '5 \\* 3, \\[1], \\{x}, C:\\\\Daten', [text('5 * 3, [1], {x}, C:\\Daten')]],
  [
    'nested marks in braces',
    '{lang:en|*evidence* {abbr:randomised controlled trial|RCT}}',
    [
      {
        type: 'lang',
        lang: 'en',
        children: [
          { type: 'emphasis', children: [text('evidence')] },
          text(' '),
          { type: 'abbr', title: 'randomised controlled trial', children: [text('RCT')] },
        ],
      },
    ],
  ],
  ['a bar and brace in an expansion', '{abbr:a\\|b \\} c|AB}', [{ type: 'abbr', title: 'a|b } c', children: [text('AB')] }]],
  ['lines kept', 'Erste Zeile\n*zweite* Zeile', [text('Erste Zeile\n'), { type: 'emphasis', children: [text('zweite')] }, text(' Zeile')]],
];

describe('the inline mark syntax of the editor', () => {
  test.each(ROUND_TRIPS)('%s: text → marks → the same text', (_name, source, nodes) => {
    expect(parsed(source)).toEqual(nodes);
    expect(formatInline(nodes, { termKeys })).toBe(source);
  });

  test('stored marks the syntax would read differently are written so they read back the same on screen', () => {
    // Strong around emphasis is written as emphasis around strong (both are bold italic).
    const strongEm: Inline[] = [{ type: 'strong', children: [{ type: 'emphasis', children: [text('x')] }] }];
    expect(parsed(formatInline(strongEm))).toEqual([{ type: 'emphasis', children: [{ type: 'strong', children: [text('x')] }] }]);
    // Spaces at the edge of emphasis move outside, and neighbouring emphasis is joined.
    const spaced: Inline[] = [text('a'), { type: 'emphasis', children: [text(' b ')] }, { type: 'emphasis', children: [text('c')] }];
    expect(formatInline(spaced)).toBe('a *b c*');
    // A term with no known key is written with its id, which reads back as that id.
    expect(parsed(formatInline([{ type: 'term', termId: TERM, children: [text('M')] }]))).toEqual([
      { type: 'term', termId: TERM, children: [text('M')] },
    ]);
    // Brackets in link text and unbalanced parentheses in an address are escaped.
    const link: Inline[] = [{ type: 'link', href: 'https://example.org/a)b', children: [text('[1]')] }];
    expect(formatInline(link)).toBe('[\\[1\\]](https://example.org/a%29b)');
    // An escaped closing bracket outside link text is read as the bracket too.
    expect(parsed('\\[1\\]')).toEqual([text('[1]')]);
  });

  test('bad syntax is refused with a code, the place and the value at fault', () => {
    expect(problem('Das ist *wichtig.')).toEqual({ code: 'unclosedEmphasis', at: 8 });
    expect(problem('5 * 3')).toEqual({ code: 'unclosedEmphasis', at: 2 });
    expect(problem('Siehe [Leitlinie')).toEqual({ code: 'unclosedLink', at: 6 });
    expect(problem('Siehe [Leitlinie] dort')).toEqual({ code: 'linkNeedsAddress', at: 6 });
    expect(problem('[x](https://example.org')).toEqual({ code: 'unclosedLink', at: 3 });
    expect(problem('[x](javascript:alert(1))')).toEqual({ code: 'badAddress', at: 3, value: 'javascript:alert(1)' });
    expect(problem('[](https://example.org)')).toEqual({ code: 'emptyText', at: 0 });
    expect(problem('{abbr:WHO')).toEqual({ code: 'unclosedBrace', at: 0 });
    expect(problem('{abbr:WHO}')).toEqual({ code: 'missingBar', at: 0 });
    expect(problem('{abbr:|WHO}')).toEqual({ code: 'emptyDetail', at: 0 });
    expect(problem('{abbr:World Health Organization|WHO')).toEqual({ code: 'unclosedBrace', at: 32 });
    expect(problem('{bold:x|y}')).toEqual({ code: 'unknownKind', at: 0, value: 'bold' });
    expect(problem('a {b} c')).toEqual({ code: 'unknownKind', at: 2, value: 'b' });
    expect(problem('{lang:english language|x}')).toEqual({ code: 'badLanguage', at: 0, value: 'english language' });
    expect(problem('{term:unbekannt|x}')).toEqual({ code: 'unknownTerm', at: 0, value: 'unbekannt' });
    expect(problem('Belegt[^quelle-1]')).toEqual({ code: 'badCitation', at: 6, value: 'quelle-1' });
    expect(problem('Belegt[^' + CITE_A)).toEqual({ code: 'unclosedCitation', at: 6 });
  });

  test('a problem carries a few characters from its place for the message', () => {
    const result = parseInline('Text mit *offener Betonung und mehr Worten danach');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.near).toBe('*offener Betonung und me');
  });
});

test('the editor shows a link to an international host in punycode, and refuses hostile addresses', () => {
  const link: Inline[] = [{ type: 'link', href: 'https://bücher.de/krebs', children: [text('Bücher')] }];
  expect(formatInline(link)).toBe('[Bücher](https://xn--bcher-kva.de/krebs)');
  for (const href of ['//evil.example/x', '/\\evil.example', 'https://p\u0430ypal.com/', 'https://example.org/\u202Etxt']) {
    expect(problem(`[hier](${href})`).code).toBe('badAddress');
  }
});
