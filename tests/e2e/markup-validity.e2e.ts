import { HtmlValidate, type Message } from 'html-validate';
import { describeInBrowser } from '../support/browser';
import { httpGet } from '../support/browser-server';
import { useSite } from '../support/browser-site';
import { SITE_LOCALES, sitePages } from '../support/site-pages';

/**
 * The HTML the server sends, checked with html-validate's recommended rules.
 * Switched off only what concerns how React serialises markup (the browser
 * builds the same tree either way), never what a reader or a tool receives.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // React writes hrefLang, charSet, noModule…: HTML attribute names are case-insensitive.
    'attr-case': 'off',
    // React writes <meta … /> and boolean attributes as disabled="" — both valid HTML.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
  },
});

const THEMES = [
  ['default theme', 'size=100&contrast=standard&spacing=normal&motion=system'],
  ['high-contrast theme', 'size=200&contrast=high&spacing=wide&motion=reduce'],
] as const;

/**
 * Next.js's bootstrap script carries React's generated id `_R_`: valid HTML5,
 * but not the letter-first id the rule asks of ours, and not ours to change.
 */
const frameworkOnly = (m: Message) => m.ruleId === 'valid-id' && m.selector === '#_R_';

function problems(messages: Message[]): string[] {
  return messages.filter((m) => !frameworkOnly(m)).map(summary);
}

function summary(m: Message): string {
  return `${m.ruleId} ${m.line}:${m.column} ${m.selector ?? ''} — ${m.message}`;
}

describeInBrowser('html-validate on every page type of the patient site', () => {
  const site = useSite();

  describe.each(THEMES)('%s', (_theme, cookie) => {
    test.each([...SITE_LOCALES])('finds no errors in %s', async (locale) => {
      const found: Record<string, string[]> = {};
      for (const { name, path, status } of sitePages(locale)) {
        const response = await httpGet(site.url(path), { cookie: `careleaf-reading=${encodeURIComponent(cookie)}` });
        expect([name, response.status]).toEqual([name, status]);

        const report = await validator.validateString(response.body, `${locale}${path}`);
        const messages = problems(report.results.flatMap((r) => r.messages));
        if (messages.length) found[name] = messages;
      }
      expect(found).toEqual({});
    });
  });

  test('the page for a host that belongs to no tenant is valid too', async () => {
    const response = await httpGet(site.url('/de', 'nobody.localhost'));
    const report = await validator.validateString(response.body, 'nobody');
    expect(problems(report.results.flatMap((r) => r.messages))).toEqual([]);
  });
});
