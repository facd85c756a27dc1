import { checkHref, displayHref, safeRedirectPath, type HrefProblem } from './url-policy';

/** Addresses seen in phishing and open-redirect reports, each with the reason it must be refused for. */
const HOSTILE: [string, HrefProblem][] = [
  ['//evil.example/login', 'protocol-relative'],
  ['///evil.example/login', 'protocol-relative'],
  ['/\\evil.example/login', 'backslash'],
  ['\\\\evil.example', 'backslash'],
  ['https:\\\\evil.example', 'backslash'],
  ['/%2F%2Fevil.example', 'protocol-relative'],
  ['javascript:alert(1)', 'not-allowed'],
  ['JaVaScRiPt:alert(1)', 'not-allowed'],
  ['java\tscript:alert(1)', 'hidden-characters'],
  [' javascript:alert(1)', 'hidden-characters'],
  ['data:text/html;base64,PHNjcmlwdD4=', 'not-allowed'],
  ['vbscript:msgbox(1)', 'not-allowed'],
  ['file:///etc/passwd', 'not-allowed'],
  ['https://example.org/\u202Efdp.exe', 'hidden-characters'],
  ['https://example.org/%E2%80%AEfdp.exe', 'hidden-characters'],
  ['https://exa\u200Bmple.org/', 'hidden-characters'],
  ['https://example.org/\u2066x\u2069', 'hidden-characters'],
  ['https://example.org/\u200Fa', 'hidden-characters'],
  ['https://example.org/a\nb', 'hidden-characters'],
  ['https://example.org/a b', 'hidden-characters'],
  ['https://example.org/\u00A0', 'hidden-characters'],
  ['https://example.org\uFEFF/', 'hidden-characters'],
  ['https://trusted.example@evil.example/', 'credentials'],
  ['https://user:pass@evil.example/', 'credentials'],
  ['https://@evil.example/', 'credentials'],
  ['https://p\u0430ypal.com/', 'mixed-script-host'], // Cyrillic а among Latin letters
  ['https://xn--pypal-4ve.com/', 'mixed-script-host'], // the same, already in punycode
  ['https://\u0430\u0440\u0440\u04CF\u0435.com/', 'look-alike-host'], // "аррӏе" in Cyrillic
  ['https:/evil.example', 'malformed'],
  ['https:evil.example', 'malformed'],
  ['https://', 'malformed'],
  ['mailto:someone@p\u0430ypal.com', 'mixed-script-host'],
  ['mailto:nobody', 'malformed'],
  ['tel:+49<script>', 'malformed'],
  ['#', 'malformed'],
  ['', 'empty'],
  [`https://example.org/${'a'.repeat(2100)}`, 'too-long'],
];

describe('checkHref refuses hostile addresses with a stable reason', () => {
  const named = HOSTILE.map(([href, reason]) => [
    href.length > 80 ? `${href.slice(0, 40)}… (${href.length} characters)` : href,
    reason,
    href,
  ]);
  test.each(named)('%j → %s', (_name, reason, href) => {
    const verdict = checkHref(href);
    expect(verdict).toMatchObject({ ok: false, reason });
  });

  test('a host written only in Greek letters that imitate Latin ones is refused under a Latin top-level domain', () => {
    expect(checkHref('https://\u03BF\u03BA\u03BF.com/')).toMatchObject({ ok: false, reason: 'look-alike-host' }); // "οκο"
  });
});

describe('checkHref accepts ordinary addresses', () => {
  test.each([
    ['https://www.krebsinformationsdienst.de/brustkrebs', 'web'],
    ['http://example.org/a?b=c#d', 'web'],
    ['https://example.org/files/my%20document.pdf', 'web'],
    ['/de/artikel/brustkrebs', 'path'],
    ['/de/suche?q=krebs#ergebnisse', 'path'],
    ['#abschnitt-2', 'fragment'],
    ['mailto:info@example.org', 'mailto'],
    ['tel:+49 30 1234 567', 'tel'],
    ['https://пример.рф/', 'web'],
    ['https://例え.jp/', 'web'],
    ['https://bücher.de/', 'web'],
  ])('%s', (href, kind) => {
    expect(checkHref(href)).toMatchObject({ ok: true, kind });
  });

  test('an international host is shown to editors in punycode', () => {
    expect(displayHref('https://bücher.de/')).toBe('https://xn--bcher-kva.de/');
    expect(displayHref('https://пример.рф/путь')).toBe('https://xn--e1afmkfd.xn--p1ai/путь');
    // anything else is shown as written, so showing and saving again changes nothing
    expect(displayHref('https://example.org')).toBe('https://example.org');
    expect(displayHref('/de/artikel/übersicht')).toBe('/de/artikel/übersicht');
  });
});

describe('the kinds a caller accepts', () => {
  test('a citation (web only) refuses paths, mailto: and tel:', () => {
    for (const href of ['/de/a', 'mailto:a@example.org', 'tel:+4930', '#a']) {
      expect(checkHref(href, ['web'])).toMatchObject({ ok: false, reason: 'not-allowed' });
    }
  });

  test('a redirect after sign-in only ever goes to a path on this site', () => {
    expect(safeRedirectPath('/de/editor/documents?lang=de', '/de/editor')).toBe('/de/editor/documents?lang=de');
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      '/%09/evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeRedirectPath(next, '/de/editor')).toBe('/de/editor');
    }
  });
});
