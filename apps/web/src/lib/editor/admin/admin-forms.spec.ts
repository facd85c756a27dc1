import { entryControlFor, parseIdentifiers, readEntryForm } from './registry-form';
import { localeFieldId, parseLocales, parseRegions, parseReview, regionFieldId, splitList, targetFieldId } from './settings-form';
import { switchTargets } from './switcher';
import { formatRatio, themeProblems } from './theme-check';

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
}

const THEME = {
  background: '#ffffff',
  surface: '#f3f2f1',
  text: '#0b0c0c',
  mutedText: '#484f53',
  link: '#1a5fa3',
  accent: '#1d4f91',
  accentText: '#ffffff',
  focus: '#ffdd00',
  focusText: '#0b0c0c',
  focusRing: '#0b0c0c',
  border: '#5c666b',
};

describe('the theme check of the editor', () => {
  test('a theme that meets AA has no problems', () => {
    expect(themeProblems(THEME)).toEqual([]);
  });

  test('a pale link fails on the background and on panels, each with its ratio and the minimum', () => {
    const problems = themeProblems({ ...THEME, link: '#8ab4e0' });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'link', kind: 'contrast', background: 'background', bg: '#ffffff', needed: 4.5 }),
      expect.objectContaining({ field: 'link', kind: 'contrast', background: 'surface', bg: '#f3f2f1', needed: 4.5 }),
    ]);
    expect(problems[0]!.kind === 'contrast' && problems[0]!.ratio).toBeCloseTo(2.17, 2);
  });

  test('missing and malformed colours are named before any contrast is computed', () => {
    expect(themeProblems({ ...THEME, link: 'blau', border: ' ' })).toEqual([
      { field: 'link', kind: 'format', value: 'blau' },
      { field: 'border', kind: 'missing' },
    ]);
  });

  test('a ratio just below the minimum never shows as passing', () => {
    expect(formatRatio(4.4999, 'en')).toBe('4.49:1');
    expect(formatRatio(4.4999, 'de')).toBe('4,49:1');
  });
});

describe('the settings forms', () => {
  test('lists split on commas, semicolons and spaces', () => {
    expect(splitList(' de, en;fr  it ')).toEqual(['de', 'en', 'fr', 'it']);
  });

  test('locale rows: removed and empty rows are left out, and API errors land on the row they came from', () => {
    const parsed = parseLocales(
      form({
        rows: '4',
        [localeFieldId(0, 'tag')]: 'de',
        [localeFieldId(1, 'tag')]: 'en',
        [localeFieldId(1, 'remove')]: 'on',
        [localeFieldId(2, 'tag')]: 'ar',
        [localeFieldId(2, 'fallbacks')]: 'en, de',
        [localeFieldId(3, 'tag')]: '',
        'default-locale': 'de',
      }),
    );
    expect(parsed.input).toEqual({
      locales: [
        { tag: 'de', fallbacks: [] },
        { tag: 'ar', fallbacks: ['en', 'de'] },
      ],
      defaultLocale: 'de',
    });
    expect(parsed.fieldId('locales[1].fallbacks[0]')).toBe('locale-2-fallbacks');
    expect(parsed.fieldId('locales[1].tag')).toBe('locale-2-tag');
    expect(parsed.fieldId('defaultLocale')).toBe('default-locale');
    expect(parsed.fieldId('locales')).toBe('locale-0-tag');
  });

  test('region rows: empty name and default language are left to the API', () => {
    const parsed = parseRegions(
      form({
        rows: '2',
        [regionFieldId(0, 'code')]: 'DE',
        [regionFieldId(1, 'code')]: 'AT',
        [regionFieldId(1, 'domains')]: 'a.example, b.example',
      }),
    );
    expect(parsed.input.regions).toEqual([
      { code: 'DE', name: null, defaultLocale: null, locales: [], domains: [] },
      { code: 'AT', name: null, defaultLocale: null, locales: [], domains: ['a.example', 'b.example'] },
    ]);
    expect(parsed.fieldId('regions[1].domains[0]')).toBe('region-1-domains');
  });

  test('readability targets: untouched defaults stay defaults, changed or own ones are sent, a comma is a decimal sign', () => {
    const parsed = parseReview(
      form({
        'review-cycle': '24',
        [targetFieldId('amstad', 'min')]: '60',
        'target-amstad-was': '60||default',
        [targetFieldId('fleschKincaidGrade', 'max')]: '9,5',
        'target-fleschKincaidGrade-was': '|8|default',
        [targetFieldId('gulpease', 'min')]: '',
        'target-gulpease-was': '55||custom',
      }),
      ['amstad', 'fleschKincaidGrade', 'gulpease'],
    );
    expect(parsed.input).toEqual({
      reviewCycleMonths: 24,
      readabilityTargets: [
        { score: 'fleschKincaidGrade', min: null, max: 9.5 },
        { score: 'gulpease', min: null, max: null },
      ],
    });
    expect(parsed.fieldId('readabilityTargets[1].min')).toBe('target-gulpease-min');
    expect(parseReview(form({ [targetFieldId('amstad', 'min')]: 'viel' }), ['amstad']).badNumber).toBe('target-amstad-min');
  });
});

describe('the registry entry form', () => {
  test('reads texts per locale, ticked regions, identifiers and carries over what the form does not show', () => {
    const input = readEntryForm(
      form({
        'entry-kind': 'HOTLINE',
        'entry-name-de': 'Telefon',
        'entry-description-de': '',
        'entry-name-en': '',
        regions: ['DE'],
        'entry-identifiers': 'IK: 109519176\r\nohne',
        'entry-tags': 'krebs, rat',
        'entry-valid-until': '2030-12-31',
      }),
      ['de', 'en'],
      { lastVerifiedOn: '2025-01-02', sample: true },
    );
    expect(input).toMatchObject({
      kind: 'HOTLINE',
      texts: [{ locale: 'de', name: 'Telefon', description: null }],
      regions: ['DE'],
      identifiers: [
        { scheme: 'IK', value: '109519176' },
        { scheme: 'ohne', value: '' },
      ],
      tags: ['krebs', 'rat'],
      validUntil: '2030-12-31',
      website: null,
      lastVerifiedOn: '2025-01-02',
      sample: true,
    });
    expect(parseIdentifiers('')).toEqual([]);
  });

  test('API problems map to the control that fixes them', () => {
    const at = (f: string) => entryControlFor(f, ['de', 'de-AT'], ['DE', 'AT']);
    expect(at('texts.de-AT.name')).toBe('entry-name-de-at');
    expect(at('texts')).toBe('entry-name-de');
    expect(at('regions[1]')).toBe('entry-region-de');
    expect(at('identifiers[0]')).toBe('entry-identifiers');
    expect(at('validUntil')).toBe('entry-valid-until');
    expect(at('legalBasis')).toBe('entry-legal-basis');
  });
});

describe('the tenant switcher', () => {
  const memberships = [
    { tenant: { slug: 'a', name: 'A', host: 'a.example', defaultLocale: 'de', locales: ['de', 'en'] } },
    { tenant: { slug: 'b', name: 'B', host: 'b.example', defaultLocale: 'de-AT', locales: ['de-AT', 'en'] } },
    { tenant: { slug: 'c', name: 'C', host: null, defaultLocale: 'de', locales: ['de'] } },
  ];

  test('links to each other tenant’s editor on its domain, in the current language when it has it, with the configured scheme and port', () => {
    const dev = (domain: string) => `http://${domain}:3000`;
    expect(switchTargets(memberships, { tenantSlug: 'a', locale: 'de', originOf: dev })).toEqual([
      { name: 'A', href: '/de/editor', current: true },
      { name: 'B', href: 'http://b.example:3000/de-AT/editor', current: false },
    ]);
    expect(switchTargets(memberships, { tenantSlug: 'a', locale: 'en', originOf: (d) => `https://${d}` })[1]).toEqual({
      name: 'B',
      href: 'https://b.example/en/editor',
      current: false,
    });
  });
});
