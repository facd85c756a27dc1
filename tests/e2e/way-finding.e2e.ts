/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import { accessibleWithin } from '../support/accessibility-tree';
import { describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';

const ARTICLE_DE = '/de/metastasierter-brustkrebs-behandlung';
const FAQ_DE = '/de/metastasierter-brustkrebs-fragen';
const ARTICLE_AR = '/ar/metastatic-breast-cancer-treatment';

describeInBrowser('Way-finding: breadcrumbs, topic pages, back to top, contents in view', () => {
  const site = useSite();

  test('an article says where it is: Home › its topic › the article, the last one the current page and no link', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    await expect(accessibleWithin(page, 'nav.breadcrumbs', 'link')).resolves.toEqual({
      role: 'navigation',
      name: 'Sie sind hier',
      names: ['Startseite', 'Brustkrebs'],
    });
    const current = page.locator('.breadcrumbs [aria-current="page"]');
    await expect(current.textContent()).resolves.toBe(await page.locator('h1').textContent());
    await expect(current.evaluate((e) => e.closest('a'))).resolves.toBeNull();
    // The breadcrumbs come before the heading a reader lands on.
    await expect(page.locator('.breadcrumbs + article h1').count()).resolves.toBe(1);
  });

  test('on a phone the breadcrumbs shrink to the way up, so the title stays on the first screen', async () => {
    const { page } = site.browser;
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.url(ARTICLE_DE));
    await expect(accessibleWithin(page, 'nav.breadcrumbs', 'link')).resolves.toEqual({
      role: 'navigation',
      name: 'Sie sind hier',
      names: ['Brustkrebs'],
    });
    const h1 = await page.locator('h1').boundingBox();
    expect(h1!.y).toBeLessThan(640);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test("a topic's landing page lists its article and FAQ, and the article's topic link leads there", async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    await page.locator('.breadcrumbs a', { hasText: 'Brustkrebs' }).click();
    expect(new URL(page.url()).pathname).toBe('/de/topics/brustkrebs');
    await expect(page.locator('h1').textContent()).resolves.toBe('Brustkrebs');
    const links = await page.locator('main .document-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([ARTICLE_DE, FAQ_DE]);
    await expect(accessibleWithin(page, 'nav.breadcrumbs', 'link')).resolves.toEqual({
      role: 'navigation',
      name: 'Sie sind hier',
      names: ['Startseite', 'Themen'],
    });
  });

  test('the topic index and the home page link to the landing pages; an unknown topic is a 404', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de/topics'));
    await expect(page.locator('h2 a[href="/de/topics/brustkrebs"]').count()).resolves.toBe(1);
    await page.goto(site.url('/de'));
    await expect(page.locator('main a[href="/de/topics/brustkrebs"]').count()).resolves.toBeGreaterThan(0);
    const missing = await page.goto(site.url('/de/topics/keine-solche-seite'));
    expect(missing?.status()).toBe(404);
    const tooLong = await page.goto(site.url(`/de/topics/${'x'.repeat(300)}`));
    expect(tooLong?.status()).toBe(404);
  });

  test('"Back to top" at the end of an article brings a keyboard user back to the start of the main content', async () => {
    const { page } = site.browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site.url(ARTICLE_DE));
    const back = page.locator('.back-to-top a');
    await back.focus();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await expect(page.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().top >= 0)).resolves.toBe(true);
  });

  test('on a wide screen "On this page" stays in view while reading; on a narrower one it scrolls away with the text', async () => {
    const { page } = site.browser;
    const contentsInView = async () =>
      page.evaluate(() => {
        const box = document.querySelector('.contents')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(site.url(ARTICLE_DE));
    // Halfway through the text.
    const halfway = () => page.evaluate(() => window.scrollTo(0, document.querySelector('.document')!.scrollHeight / 2));
    await halfway();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
    await expect(contentsInView()).resolves.toBe(true);
    // Beside the text, not over it.
    const overlap = await page.evaluate(() => {
      const contents = document.querySelector('.contents')!.getBoundingClientRect();
      const text = document.querySelector('.document h1')!.getBoundingClientRect();
      return contents.left < text.right && text.left < contents.right;
    });
    expect(overlap).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url(ARTICLE_DE));
    await halfway();
    await expect(contentsInView()).resolves.toBe(false);
  });

  test('in Arabic the breadcrumbs run right to left and keep the page language', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_AR));
    const nav = page.locator('nav.breadcrumbs');
    await expect(nav.evaluate((e) => getComputedStyle(e).direction)).resolves.toBe('rtl');
    const [home, current] = await Promise.all([nav.locator('a').first().boundingBox(), nav.locator('[aria-current="page"]').boundingBox()]);
    // Right to left: the first crumb sits right of the current page.
    expect(home!.x).toBeGreaterThan(current!.x);
  });
});
