import type { DocumentContent } from '@careleaf/schema/content';
import { loadMessages } from '../../i18n/catalogs';
import { blockKinds, countFindings, findingTarget, panelFindings } from './check-targets';
import { contentFromForm } from './content';
import { fillEditError } from './edit-error-message';
import { editErrorTexts } from './edit-error-text';
import { EditError } from './fields';
import { liveFindings } from './live-checks';
import { knownReferences, LIBRARY_ALT, ownTargets, valueAt, type LiveCheckSetup } from './live-setup';

const CIT = '31111111-2222-4333-8444-555566667777';
const GONE = '41111111-2222-4333-8444-555566667777';
const IMG = '51111111-2222-4333-8444-555566667777';
const text = (t: string) => ({ type: 'text' as const, text: t });

const stored: DocumentContent = {
  title: 'Blutdruck messen',
  summary: 'Wie man zu Hause misst.',
  blocks: [
    { id: 'h-a', type: 'heading', level: 2, content: [text('Vorbereitung')] },
    { id: 'p-b', type: 'paragraph', content: [text('Setzen Sie sich ruhig hin.'), { type: 'cite', citationIds: [CIT] }] },
    { id: 'h-c', type: 'heading', level: 3, content: [text('Messen')] },
    { id: 'p-d', type: 'paragraph', content: [text('Legen Sie die Manschette an.')] },
    {
      id: 'c-e',
      type: 'callout',
      variant: 'warning',
      blocks: [{ id: 'p-f', type: 'paragraph', content: [text('Bei Schwindel aufhören.')] }],
    },
  ],
};

const setup: LiveCheckSetup = {
  stored,
  locale: 'de',
  glossary: [{ id: 'term-1', key: 'manschette', term: 'Manschette' }],
  regions: ['DE'],
  citations: [CIT],
  terms: ['term-1'],
  media: [],
  targets: {},
};

const intl = (locale: 'de' | 'en') => ({ locale, texts: editErrorTexts(locale, loadMessages(locale)) });

/** The document form as the page renders it for `stored`, with `changes` typed in. */
function form(changes: Record<string, string> = {}): FormData {
  const values: Record<string, string> = {
    csrf: 'token',
    lang: 'de',
    baseVersion: '3',
    title: 'Blutdruck messen',
    summary: 'Wie man zu Hause misst.',
    'level-h-a': '2',
    'text-h-a': 'Vorbereitung',
    'text-p-b': `Setzen Sie sich ruhig hin.[^${CIT}]`,
    'level-h-c': '3',
    'text-h-c': 'Messen',
    'text-p-d': 'Legen Sie die Manschette an.',
    'variant-c-e': 'warning',
    'text-p-f': 'Bei Schwindel aufhören.',
    ...changes,
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

describe('the document form as content (shared by the save route and the checks while typing)', () => {
  test('an unchanged form gives the stored content, marks included', () => {
    expect(contentFromForm(stored, form(), { kind: 'save' }, { ...envOf(), random: () => 'x', mediaIds: [], regions: [] })).toEqual(stored);
  });

  test('typed changes end up in the content', () => {
    const content = contentFromForm(
      stored,
      form({ 'level-h-c': '4', 'text-p-d': 'Siehe [hier](https://example.org).' }),
      { kind: 'save' },
      {
        ...envOf(),
        random: () => 'x',
        mediaIds: [],
        regions: [],
      },
    );
    expect(content.blocks[2]).toMatchObject({ id: 'h-c', level: 4 });
    expect(content.blocks[3]).toEqual({
      id: 'p-d',
      type: 'paragraph',
      content: [text('Siehe '), { type: 'link', href: 'https://example.org', children: [text('hier')] }, text('.')],
    });
  });
});

function envOf() {
  return { terms: new Map([['manschette', 'term-1']]), termKeys: new Map([['term-1', 'manschette']]) };
}

describe('findings while typing', () => {
  test('the saved content as it is has no findings', () => {
    expect(liveFindings(form(), setup, intl('en'))).toEqual([]);
  });

  test('a heading level that skips a level is an error linked to the level select, in the UI language', () => {
    const findings = liveFindings(form({ 'level-h-c': '4' }), setup, intl('en'));
    expect(findings).toEqual([
      {
        severity: 'error',
        target: 'level-h-c',
        key: 'heading-skipped-level:blocks[2].level',
        message: expect.stringContaining('This level 4 heading follows a level 2 heading') as string,
      },
    ]);
    expect(liveFindings(form({ 'level-h-c': '4' }), setup, intl('de'))[0]?.message).toContain('Diese Überschrift der Ebene 4');
  });

  test('vague link text is a warning linked to the text, and errors come first', () => {
    const findings = liveFindings(form({ 'level-h-c': '4', 'text-p-f': 'Mehr dazu [hier](https://example.org).' }), setup, intl('en'));
    expect(findings.map((f) => [f.severity, f.target])).toEqual([
      ['error', 'level-h-c'],
      ['warning', 'text-p-f'],
    ]);
    expect(findings[1]?.message).toContain('"hier"');
    expect(countFindings(findings)).toEqual({ errors: 1, warnings: 1 });
  });

  test('bad inline syntax is a finding on its field, and the rest is still checked', () => {
    const findings = liveFindings(form({ 'text-p-d': 'Legen Sie die *Manschette an.', 'level-h-c': '4' }), setup, intl('en'));
    expect(findings).toEqual([
      {
        severity: 'error',
        target: 'text-p-d',
        key: 'field:text-p-d',
        message: expect.stringContaining('starts emphasis that never ends') as string,
      },
      expect.objectContaining({ severity: 'error', target: 'level-h-c' }),
    ]);
  });

  test('several broken fields are each reported, an emptied text too', () => {
    const findings = liveFindings(form({ 'text-p-d': '[Leitlinie', 'text-p-f': '', title: '' }), setup, intl('de'));
    expect(findings.map((f) => f.target).sort()).toEqual(['text-p-d', 'text-p-f', 'title']);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  test('a source the tenant does not have is reported, a known one is not', () => {
    const findings = liveFindings(form({ 'text-p-d': `Legen Sie die Manschette an.[^${GONE}]` }), setup, intl('en'));
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', target: 'text-p-d', key: 'citation-missing:blocks[3].content[1]' }),
    ]);
  });

  test("the tenant's readability targets are used", () => {
    const long = Array.from(
      { length: 12 },
      () => 'Die Blutdruckmessung erfordert Aufmerksamkeit bezüglich Körperhaltung, Manschettenposition und Ruhephasen.',
    ).join(' ');
    const strict = { ...setup, targets: ownTargets([{ score: 'amstad', min: 95, max: null, custom: true }]) };
    const lenient = { ...setup, targets: ownTargets([{ score: 'amstad', min: null, max: null, custom: true }]) };
    expect(liveFindings(form({ 'text-p-d': long }), strict, intl('en')).map((f) => f.key)).toContain('readability:blocks');
    expect(liveFindings(form({ 'text-p-d': long }), lenient, intl('en')).map((f) => f.key)).not.toContain('readability:blocks');
  });
});

describe('what the browser may treat as existing', () => {
  const withRefs: DocumentContent = {
    ...stored,
    blocks: [
      ...stored.blocks,
      { id: 'p-g', type: 'paragraph', content: [text('Alt.'), { type: 'cite', citationIds: [GONE] }] },
      { id: 'f-h', type: 'figure', mediaId: IMG, decorative: false, alt: '' },
      { id: 's-i', type: 'citations', citationIds: ['61111111-2222-4333-8444-555566667777'] },
    ],
  };

  test('references the API resolved stay known, ones it reported missing do not', () => {
    const known = knownReferences(withRefs, [{ checkId: 'citation-missing', blockId: 'p-g', path: 'blocks[5].content[1]' }], {
      citations: [CIT],
      terms: [],
      media: [],
    });
    expect(known.citations).toEqual([CIT, '61111111-2222-4333-8444-555566667777']);
    // No alt finding for the figure: its image has alt text in the library.
    expect(known.media).toEqual([{ id: IMG, alt: LIBRARY_ALT }]);
  });

  test('an image whose alt text the API missed has none while typing either', () => {
    const known = knownReferences(withRefs, [{ checkId: 'figure-alt-missing', blockId: 'f-h', path: 'blocks[6].alt' }], {
      citations: [],
      terms: [],
      media: [],
    });
    expect(known.media).toEqual([{ id: IMG, alt: '' }]);
  });

  test('paths of findings lead into the content', () => {
    expect(valueAt(withRefs, 'blocks[5].content[1]')).toEqual({ type: 'cite', citationIds: [GONE] });
    expect(valueAt(withRefs, 'blocks[4].blocks[0].id')).toBe('p-f');
    expect(valueAt(withRefs, 'blocks[9].id')).toBeUndefined();
  });

  test('only the targets the tenant set are passed on; a cleared one is no target', () => {
    expect(
      ownTargets([
        { score: 'amstad', min: 60, max: null, custom: false },
        { score: 'fleschKincaidGrade', min: null, max: 6, custom: true },
        { score: 'gulpease', min: null, max: null, custom: true },
      ]),
    ).toEqual({ fleschKincaidGrade: { max: 6 }, gulpease: null });
  });
});

describe('where a finding links to (the same for the saved and the typed version)', () => {
  const kinds = blockKinds(stored.blocks);

  test('heading order → level select, text blocks → their text, other blocks → their fieldset, nested blocks too', () => {
    expect(findingTarget({ checkId: 'heading-skipped-level', blockId: 'h-c' }, kinds)).toBe('level-h-c');
    expect(findingTarget({ checkId: 'link-vague', blockId: 'h-c' }, kinds)).toBe('text-h-c');
    expect(findingTarget({ checkId: 'block-empty', blockId: 'c-e' }, kinds)).toBe('block-c-e');
    expect(findingTarget({ checkId: 'link-vague', blockId: 'p-f' }, kinds)).toBe('text-p-f');
    expect(findingTarget({ checkId: 'readability', blockId: null }, kinds)).toBeNull();
    expect(findingTarget({ checkId: 'link-vague', blockId: 'gone' }, kinds)).toBeNull();
  });

  test('the API findings are listed errors first', () => {
    const listed = panelFindings(
      [
        { checkId: 'link-vague', blockId: 'p-b', severity: 'warning', message: 'vague', path: 'blocks[1].content[0]' },
        { checkId: 'heading-skipped-level', blockId: 'h-c', severity: 'error', message: 'skips', path: 'blocks[2].level' },
      ],
      kinds,
    );
    expect(listed.map((f) => [f.severity, f.message, f.target])).toEqual([
      ['error', 'skips', 'level-h-c'],
      ['warning', 'vague', 'text-p-b'],
    ]);
  });
});

describe('edit-error messages (the save route and the browser use the same texts)', () => {
  const texts = editErrorTexts('en', loadMessages('en'));

  test('the place, the value and the line are put in as typed', () => {
    const error = new EditError('items-l', {
      kind: 'syntax',
      detail: { code: 'badAddress', at: 3, near: '$& near', value: 'javascript:$1' },
      line: 2,
    });
    expect(fillEditError(texts, error)).toBe(
      'Line 2: “javascript:$1” cannot be a link address. Use an address starting with https://, mailto: or tel:, or a path on this site starting with /.',
    );
  });

  test('a field problem has its own text', () => {
    expect(fillEditError(texts, new EditError('title', { kind: 'field', key: 'titleMissing' }))).toBe(
      loadMessages('en').Editor.fieldError.titleMissing,
    );
  });
});
