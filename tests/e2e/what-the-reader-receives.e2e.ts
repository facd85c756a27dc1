/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import { describeInBrowser } from '../support/browser';
import { accessibleDescription, measureFocusIndicators } from '../support/focus-appearance';
import { useSite } from '../support/browser-site';

// What a screen reader announces and what a keyboard user sees, read from the
// browser's accessibility tree and rendered pixels rather than from attributes.
const ARTICLE_DE = '/de/metastasierter-brustkrebs-behandlung';
const ARTICLE_AR = '/ar/metastatic-breast-cancer-treatment';

const PAGE_TYPES = [
  ['home', '/de'],
  ['article', ARTICLE_DE],
  ['article, right to left', ARTICLE_AR],
  ['FAQ', '/de/metastasierter-brustkrebs-fragen'],
  ['glossary', '/de/glossary'],
  ['topics', '/de/topics'],
  ['search results', '/de/search?q=Therapie'],
  ['reading settings', '/de/settings'],
  ['accessibility statement', '/de/accessibility'],
  ['page not found', '/de/gibt-es-nicht'],
] as const;

describeInBrowser('what the reader receives', () => {
  const site = useSite();

  test('a focused glossary term is announced with its definition, although the definition sits in a closed disclosure', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    const termId = await page.locator('a.term').first().getAttribute('href');
    const definition = (await page.locator(termId!).textContent())!.trim();
    await expect(page.locator(`details:has(${termId!})`).evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
    await page.locator('a.term').first().focus();
    const announced = await accessibleDescription(page, 'a.term');
    expect(definition.length).toBeGreaterThan(10);
    expect(announced.description).toBe(definition);
    expect(announced.name.length).toBeGreaterThan(1);
  });

  test.each(PAGE_TYPES)(
    'every focusable element on the %s page shows a focus indicator of at least the WCAG 2.2 size',
    async (_kind, path) => {
      const { page } = site.browser;
      await page.goto(site.url(path));
      const measured = await measureFocusIndicators(page);
      expect(measured.length).toBeGreaterThan(3);
      const tooSmall = measured.filter((m) => m.changedArea < m.requiredArea);
      expect(tooSmall).toEqual([]);
    },
  );

  test.each(['/de', ARTICLE_DE, '/de/search?q=Therapie'])(
    'with high contrast and 200 %% text, every focusable element on %s still shows a large enough focus indicator',
    async (path) => {
      const context = await site.browser.newContext({ reducedMotion: 'reduce' });
      await context.addCookies([
        { name: 'careleaf-reading', value: 'size=200&contrast=high&spacing=normal&motion=system', url: site.url('/') },
      ]);
      const page = await context.newPage();
      await page.goto(site.url(path));
      await expect(page.locator('html').getAttribute('data-contrast')).resolves.toBe('high');
      const measured = await measureFocusIndicators(page);
      expect(measured.length).toBeGreaterThan(3);
      expect(measured.filter((m) => m.changedArea < m.requiredArea)).toEqual([]);
      await context.close();
    },
  );

  test('citation links have a real box, so their focus indicator can be seen', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    const box = await page.locator('sup.cite a').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(16);
    expect(box!.width).toBeGreaterThanOrEqual(24);
  });

  test('search hits are marked differently from keyboard focus', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de/search?q=Therapie'));
    const mark = page.locator('mark').first();
    await expect(mark.count()).resolves.toBe(1);
    const markStyle = await mark.evaluate((m) => getComputedStyle(m).backgroundColor);
    const link = page.locator('main a').first();
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const focusStyle = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
    expect(markStyle).not.toBe(focusStyle);
  });
});
