import type { Block } from '@careleaf/schema';
import { checkContent, runChecks, blockingFindings } from '../index';
import { CITATION, ctx, doc, h, p, TERM, text } from '../test-support';

const UNKNOWN = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

describe('text in another language without a lang span', () => {
  const english = 'Shared decision making means that you and your doctor decide together.';
  const german = 'Die Behandlung richtet sich nach dem Stadium der Erkrankung und den Wünschen der Patientin.';

  test('an English sentence in a long German paragraph is a warning naming the sentence', () => {
    const findings = runChecks(doc(p('p1', `${german} ${english}`)), ctx());
    expect(findings).toEqual([
      {
        checkId: 'language-unmarked',
        severity: 'warning',
        blockId: 'p1',
        path: 'blocks[0].content',
        message: expect.stringContaining('Shared decision'),
      },
    ]);
    expect(findings[0]!.message).toMatch(/does not look like German \(it may be English\)/);
  });

  test('the same sentence inside a lang span passes', () => {
    const lang = { type: 'lang' as const, lang: 'en', children: [text(english)] };
    expect(runChecks(doc(p('p1', `${german} `, lang)), ctx())).toEqual([]);
  });

  test('a German paragraph in a German document passes', () => {
    expect(runChecks(doc(p('p1', `${german} Sprechen Sie mit Ihrer Ärztin über mögliche Nebenwirkungen.`)), ctx())).toEqual([]);
  });

  test('paragraphs shorter than 80 characters are not judged (detection is unreliable there)', () => {
    expect(runChecks(doc(p('p1', english)), ctx())).toEqual([]);
  });

  test('a German sentence in an English list item is reported in the German interface language', () => {
    const list: Block = {
      id: 'l1',
      type: 'list',
      ordered: false,
      items: [{ content: [text(`Ask your doctor about side effects. ${german}`)] }],
    };
    const [finding] = runChecks(doc(list), ctx({ locale: 'en-GB', uiLocale: 'de' }));
    expect(finding).toMatchObject({ checkId: 'language-unmarked', path: 'blocks[0].items[0].content' });
    expect(finding!.message).toMatch(/scheint nicht Englisch zu sein \(vielleicht Deutsch\)/);
  });
});

describe('references', () => {
  test('known citations and glossary terms pass', () => {
    const blocks: Block[] = [
      p('p1', 'Wirkt ', { type: 'term', termId: TERM, children: [text('gut')] }, { type: 'cite', citationIds: [CITATION] }),
      { id: 'c1', type: 'citations', citationIds: [CITATION] },
    ];
    expect(runChecks(doc(...blocks), ctx())).toEqual([]);
  });

  test('a citation point, a source list entry and a glossary mark that point nowhere are errors', () => {
    const blocks: Block[] = [
      p('p1', 'Wirkt ', { type: 'term', termId: UNKNOWN, children: [text('gut')] }, { type: 'cite', citationIds: [CITATION, UNKNOWN] }),
      { id: 'c1', type: 'citations', citationIds: [CITATION, UNKNOWN] },
    ];
    expect(runChecks(doc(...blocks), ctx()).map((f) => [f.checkId, f.severity, f.blockId, f.path])).toEqual([
      ['term-missing', 'error', 'p1', 'blocks[0].content[1]'],
      ['citation-missing', 'error', 'p1', 'blocks[0].content[2]'],
      ['citation-missing', 'error', 'c1', 'blocks[1].citationIds[1]'],
    ]);
  });
});

describe('readability targets', () => {
  // 23 words, 1 sentence, many long words: repeated 5 times = 115 words.
  const hard =
    'Adjuvant endocrine therapy substantially reduces the probability of recurrence in hormone receptor positive disease, although considerable individual variation exists regarding tolerability and adherence. ';
  // 25 words in 4 short sentences (5 + 5 + 7 + 8): repeated 5 times = 125 words.
  const easy =
    'Sprechen Sie mit Ihrer Ärztin. Sie erklärt Ihnen die Behandlung. Fragen Sie nach, wenn etwas unklar ist. Nehmen Sie eine Person mit, der Sie vertrauen. ';

  test('a hard English text misses the default grade target of 8: one document-level warning', () => {
    const report = checkContent(doc(p('p1', hard.repeat(5))), ctx({ locale: 'en' }));
    expect(report.readability).toMatchObject({ language: 'en', words: 115, sentences: 5, enoughText: true });
    const grade = report.readability.scores.find((s) => s.name === 'fleschKincaidGrade')!;
    expect(grade.value).toBeGreaterThan(8);
    expect(grade).toMatchObject({ target: { max: 8 }, met: false });
    expect(report.findings).toEqual([
      {
        checkId: 'readability',
        severity: 'warning',
        blockId: null,
        path: 'blocks',
        message: expect.stringMatching(/^Flesch–Kincaid grade is \d+(\.\d)?; the target is at most 8\./),
      },
    ]);
  });

  test('a tenant target replaces the default, and null switches it off', () => {
    const content = doc(p('p1', hard.repeat(5)));
    expect(runChecks(content, ctx({ locale: 'en', targets: { fleschKincaidGrade: { max: 30 } } }))).toEqual([]);
    expect(runChecks(content, ctx({ locale: 'en', targets: { fleschKincaidGrade: null } }))).toEqual([]);
  });

  test('an easy German text meets Amstad ≥ 60 and reports its scores', () => {
    const report = checkContent(doc(p('p1', easy.repeat(5))), ctx());
    expect(report.findings).toEqual([]);
    expect(report.readability).toMatchObject({ language: 'de', words: 125, sentences: 20, syllableMethod: 'hyphenation+vowels' });
    expect(report.readability.scores.map((s) => [s.name, s.met])).toEqual([
      ['amstad', true],
      ['wienerSachtextformel', null],
    ]);
  });

  test('under 100 words the scores are shown but not judged', () => {
    const report = checkContent(doc(p('p1', hard)), ctx({ locale: 'en' }));
    expect(report.readability.enoughText).toBe(false);
    expect(report.readability.scores.every((s) => s.met === null)).toBe(true);
    expect(report.findings).toEqual([]);
  });

  test('headings are not part of the score; words in a language span are', () => {
    const lang = { type: 'lang' as const, lang: 'en', children: [text('Shared decision making')] };
    const report = checkContent(
      doc(h('h1x', 2, 'Eine sehr lange Überschrift ohne Punkt'), p('p1', 'Das ist kurz. ', lang, ' ist wichtig.')),
      ctx(),
    );
    expect(report.readability).toMatchObject({ words: 8, sentences: 2 });
  });
});

describe('the whole run', () => {
  test('findings come in document order, document-level ones last, and only errors block publishing', () => {
    const content = doc(
      p('p1', 'Das DMP hilft.'),
      h('h1x', 4, 'Zu tief'),
      { id: 'f1', type: 'figure', mediaId: '0b4e7c1a-1f2d-4c3b-9a8e-5d6f7a8b9c0d', decorative: false, alt: 'bild1' },
      p('p2', 'Adjuvant endocrine therapy substantially reduces the probability of recurrence in receptor positive disease. '.repeat(10)),
    );
    const findings = runChecks(content, ctx({ locale: 'en' }));
    expect(findings.map((f) => [f.blockId, f.checkId])).toEqual([
      ['p1', 'abbreviation-unexpanded'],
      ['h1x', 'heading-first-level'],
      ['f1', 'figure-alt-filename'],
      [null, 'readability'],
    ]);
    expect(blockingFindings(findings).map((f) => f.checkId)).toEqual(['heading-first-level', 'figure-alt-filename']);
  });

  test('every message exists in German and English and differs between them', () => {
    const content = doc(h('h1x', 3, 'x'), { id: 'f1', type: 'figure', mediaId: UNKNOWN, decorative: false, alt: '' });
    const en = runChecks(content, ctx({ uiLocale: 'en' }));
    const de = runChecks(content, ctx({ uiLocale: 'de' }));
    expect(en.map((f) => f.checkId)).toEqual(['heading-first-level', 'figure-media-missing', 'figure-alt-missing']);
    expect(de.map((f) => f.checkId)).toEqual(en.map((f) => f.checkId));
    de.forEach((f, i) => expect(f.message).not.toBe(en[i]!.message));
    expect(de[0]!.message).toMatch(/Ändern Sie sie auf Ebene 2/);
  });
});
