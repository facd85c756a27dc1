/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import { axeViolations, describeInBrowser, type AxeViolationSummary } from '../support/browser';
import { useSite } from '../support/browser-site';
import { SITE_LOCALES, sitePages } from '../support/site-pages';

const THEMES = [
  ['default theme', 'size=100&contrast=standard&spacing=normal&motion=system'],
  ['high-contrast theme', 'size=100&contrast=high&spacing=normal&motion=system'],
] as const;

describeInBrowser('axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page type', () => {
  const site = useSite();

  describe.each(THEMES)('%s', (_theme, cookie) => {
    describe.each([1280, 320])('at %i px', (width) => {
      test.each([...SITE_LOCALES])('finds no violations in %s', async (locale) => {
        const { page, context } = site.browser;
        await context.addCookies([{ name: 'careleaf-reading', value: cookie, url: site.url('/') }]);
        await page.setViewportSize({ width, height: 800 });
        const found: Record<string, AxeViolationSummary[]> = {};
        for (const { name, path, status, mustHave } of sitePages(locale)) {
          const response = await page.goto(site.url(path));
          expect([name, response?.status()]).toEqual([name, status]);
          if (mustHave) expect([name, await page.locator(mustHave).count()]).not.toEqual([name, 0]);
          const expectedContrast = cookie.includes('contrast=high') ? 'high' : 'standard';
          await expect(page.evaluate(() => document.documentElement.dataset.contrast)).resolves.toBe(expectedContrast);
          // Open every disclosure (menu, answers, definitions) so axe also checks what they hide.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          const violations = await axeViolations(page);
          if (violations.length) found[name] = violations;
        }
        expect(found).toEqual({});
      });
    });
  });

  test('the page for a host that belongs to no tenant has no violations either', async () => {
    const { page } = site.browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site.url('/de', 'nobody.localhost'));
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});
