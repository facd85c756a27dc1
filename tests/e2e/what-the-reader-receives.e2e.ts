/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import { describeInBrowser } from '../support/browser';
import { accessibilityTree, accessibleDescription } from '../support/accessibility-tree';
import { measureFocusIndicators } from '../support/focus-appearance';
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

  // Urgent advice looks urgent (the NHS care-card levels).

  test('each callout is a region named by its urgency and title, with a heading in the outline', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    const tree = await accessibilityTree(page);
    const regions = tree.filter((n) => n.role === 'region').map((n) => n.name);
    for (const label of ['Gut zu wissen', 'Dringend', 'Achtung']) expect(regions.some((name) => name.startsWith(`${label}: `))).toBe(true);
    const headings = tree.filter((n) => n.role === 'heading');
    const calloutHeading = headings.find((h) => h.name.startsWith('Gut zu wissen: '))!;
    expect(calloutHeading.level).toBeGreaterThanOrEqual(3);
  });

  test('the kinds differ in more than colour: frame, label band and icon shape', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de/bluthochdruck-blutdruck-messen'));
    const look = (variant: string) =>
      page
        .locator(`.callout-${variant}`)
        .first()
        .evaluate((el) => {
          const box = getComputedStyle(el);
          const label = getComputedStyle(el.querySelector('.callout-label')!);
          return {
            frame: `${box.borderTopWidth} ${box.borderInlineStartWidth}`,
            band: label.backgroundColor,
            icon: el.querySelector('.callout-icon path')!.getAttribute('d'),
          };
        });
    const [info, urgent] = [await look('info'), await look('urgent')];
    expect(urgent.frame).not.toBe(info.frame);
    expect(urgent.band).toBe('rgb(139, 0, 0)');
    expect(urgent.icon).not.toBe(info.icon);
    await page.goto(site.url('/de/typ-2-diabetes-hba1c'));
    const seeDoctor = await look('seeDoctor');
    await page.goto(site.url(ARTICLE_DE));
    const warning = await look('warning');
    expect(new Set([info, urgent, seeDoctor, warning].map((l) => JSON.stringify(l))).size).toBe(4);
  });

  test('on the FAQ page the urgent advice comes before every question, open to read', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de/metastasierter-brustkrebs-fragen'));
    const tree = await accessibilityTree(page);
    const urgent = tree.findIndex((n) => n.role === 'region' && n.name.startsWith('Dringend: '));
    const firstQuestion = tree.findIndex((n) => n.role === 'DisclosureTriangle');
    expect(urgent).toBeGreaterThan(-1);
    expect(firstQuestion).toBeGreaterThan(urgent);
    await expect(page.locator('.callout-urgent li').first().isVisible()).resolves.toBe(true);
  });
});
