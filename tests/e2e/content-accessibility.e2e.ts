/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import { axeViolations, describeInBrowser, type AxeViolationSummary } from '../support/browser';
import { useSite } from '../support/browser-site';

/**
 * The content pages of the German demo tenant. Arabic has the partial article
 * (headings and sources only) and the glossary; there is no Arabic FAQ.
 */
const PAGES: Record<string, [string, string][]> = {
  de: [
    ['article', '/de/metastasierter-brustkrebs-behandlung'],
    ['FAQ', '/de/metastasierter-brustkrebs-fragen'],
    ['glossary', '/de/glossary'],
    ['topics', '/de/topics'],
  ],
  en: [
    ['article', '/en/metastatic-breast-cancer-treatment'],
    ['FAQ', '/en/metastatic-breast-cancer-questions'],
    ['glossary', '/en/glossary'],
    ['topics', '/en/topics'],
  ],
  ar: [
    ['article', '/ar/metastatic-breast-cancer-treatment'],
    ['glossary', '/ar/glossary'],
  ],
};

const THEMES = [
  ['default theme', 'size=100&contrast=standard&spacing=normal&motion=system'],
  ['high-contrast theme', 'size=100&contrast=high&spacing=normal&motion=system'],
] as const;

describeInBrowser('axe-core (WCAG 2.0/2.1/2.2 A and AA) on articles, FAQ, glossary and topics', () => {
  const site = useSite();

  describe.each(THEMES)('%s', (_theme, cookie) => {
    describe.each([1280, 320])('at %i px', (width) => {
      test.each(['de', 'en', 'ar'])('finds no violations in %s', async (locale) => {
        const { page, context } = site.browser;
        await context.addCookies([{ name: 'careleaf-reading', value: cookie, url: site.url('/') }]);
        await page.setViewportSize({ width, height: 800 });
        const found: Record<string, AxeViolationSummary[]> = {};
        for (const [name, path] of PAGES[locale]!) {
          const response = await page.goto(site.url(path));
          expect(response?.status()).toBe(200);
          // Open every disclosure so axe also checks answers and definitions.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          const violations = await axeViolations(page);
          if (violations.length) found[name] = violations;
        }
        expect(found).toEqual({});
      });
    });
  });
});
