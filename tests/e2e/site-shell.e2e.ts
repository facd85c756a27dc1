/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import { describeInBrowser, horizontalOverflow } from '../support/browser';
import { freePort, httpGet, startWebServer } from '../support/browser-server';
import { accessibilityTree } from '../support/accessibility-tree';
import { AUSTRIAN_HOST, useSite } from '../support/browser-site';
import type { Page } from 'playwright-core';

async function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (els) => els.map((e) => Number(e.tagName.slice(1))));
}

describeInBrowser('patient site shell', () => {
  const site = useSite();

  describe.each([
    ['home', '/de'],
    ['accessibility statement', '/de/accessibility'],
    ['display settings', '/de/settings'],
    ['404', '/de/no-such-page'],
    ['search', '/de/search'],
    ['search results', '/de/search?q=Chemotherapie'],
    ['search without results', '/de/search?q=Xylofonquarkwurst'],
    ['registries', '/de/registries'],
    ['registry list', '/de/registries/clinical-trial-registry'],
  ])('the %s page', (_name, path) => {
    beforeAll(async () => {
      await site.browser.page.goto(site.url(path));
    });

    test('has exactly one h1 and heading levels never skip', async () => {
      const levels = await headingLevels(site.browser.page);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    });

    test('has banner, named navigations, main and footer landmarks', async () => {
      const { page } = site.browser;
      await expect(page.getByRole('banner').count()).resolves.toBe(1);
      await expect(page.getByRole('main').count()).resolves.toBe(1);
      await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
      await expect(page.getByRole('navigation', { name: 'Sprache wählen' }).count()).resolves.toBe(1);
      await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).resolves.toBe(1);
      await expect(page.getByRole('navigation', { name: 'Über diese Website' }).count()).resolves.toBe(1);
      const unnamed = await page.$$eval('nav', (navs) => navs.filter((n) => !n.getAttribute('aria-label')).length);
      expect(unnamed).toBe(0);
      // One search form on every page: in the header, or the search page's own.
      await expect(page.getByRole('search').count()).resolves.toBe(1);
      await expect(page.getByRole('search', { name: 'Diese Website durchsuchen' }).count()).resolves.toBe(1);
    });

    test('the first Tab reaches the skip link, and following it moves focus to main', async () => {
      const { page } = site.browser;
      await page.goto(site.url(path));
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({
        text: document.activeElement?.textContent,
        href: document.activeElement?.getAttribute('href'),
      }));
      expect(first).toEqual({ text: 'Zum Inhalt springen', href: '#main' });
      await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
      // The next Tab continues after the start of main, not back in the header.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const el = document.activeElement!;
        return { inHeader: !!el.closest('header'), afterMain: !!(document.getElementById('main')!.compareDocumentPosition(el) & 4) };
      });
      expect(next).toEqual({ inHeader: false, afterMain: true });
    });
  });

  test('after the skip link, Tab reaches the site name, the search and then the languages', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de'));
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(order).toEqual(['Zum Inhalt springen', 'Gesundheitswissen Demo-Institut', '', 'Suchen', 'Deutsch', 'English', 'العربية']);
  });

  test('language links name each language in itself, carry lang and hreflang, and mark the current one', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/en/accessibility'));
    const links = await page.$$eval('nav[aria-label="Choose language"] a', (as) =>
      as.map((a) => ({
        text: a.textContent,
        lang: a.getAttribute('lang'),
        hreflang: a.getAttribute('hreflang'),
        href: a.getAttribute('href'),
        current: a.getAttribute('aria-current'),
      })),
    );
    expect(links).toEqual([
      { text: 'Deutsch', lang: 'de', hreflang: 'de', href: '/de/accessibility', current: null },
      { text: 'English', lang: 'en', hreflang: 'en', href: '/en/accessibility', current: 'true' },
      { text: 'العربية', lang: 'ar', hreflang: 'ar', href: '/ar/accessibility', current: null },
    ]);
  });

  test('html lang and dir follow the page locale: Arabic is right to left', async () => {
    const { page } = site.browser;
    for (const [locale, dir] of [
      ['de', 'ltr'],
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ] as const) {
      await page.goto(site.url(`/${locale}`));
      await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual([locale, dir]);
    }
    await expect(page.locator('.skip-link').textContent()).resolves.toBe('انتقل إلى المحتوى الرئيسي');
  });

  test('a locale the tenant does not publish in is a 404 page in the tenant default language', async () => {
    const { page } = site.browser;
    const res = await page.goto(site.url('/fr/anything'));
    expect(res?.status()).toBe(404);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
    await expect(page.locator('h1').textContent()).resolves.toBe('Seite nicht gefunden');
    await expect(page.title()).resolves.toBe('Seite nicht gefunden – Gesundheitswissen Demo-Institut');
  });

  test('an unknown path under a valid locale is a 404 page in that locale', async () => {
    const { page } = site.browser;
    const res = await page.goto(site.url('/ar/no-such-page'));
    expect(res?.status()).toBe(404);
    await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['ar', 'rtl']);
    await expect(page.locator('h1').textContent()).resolves.toBe('الصفحة غير موجودة');
  });

  test('a host that belongs to no tenant gets a 404 page, never another tenant', async () => {
    const { page } = site.browser;
    const res = await page.goto(site.url('/de', 'nobody.localhost'));
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('No website at this address');
    await expect(page.content()).resolves.not.toContain('Gesundheitswissen');
  });

  test('the root redirects by Accept-Language among the tenant locales, with BCP 47 matching', async () => {
    const cases: [string, string, string][] = [
      [site.url('/'), 'ar-EG,ar;q=0.9', '/ar'],
      [site.url('/'), 'en-GB,en;q=0.8', '/en'],
      [site.url('/'), 'de-AT', '/de'],
      [site.url('/'), 'fr-FR', '/de'],
      [site.url('/', AUSTRIAN_HOST), 'de-AT,de;q=0.8', '/de-AT'],
      [site.url('/', AUSTRIAN_HOST), 'de-CH', '/de'],
      [site.url('/', AUSTRIAN_HOST), 'it', '/de-AT'],
    ];
    for (const [url, acceptLanguage, expected] of cases) {
      const res = await httpGet(url, { 'accept-language': acceptLanguage });
      expect([acceptLanguage, res.status, res.location]).toEqual([acceptLanguage, 307, expected]);
    }
  });

  test('at 320 px and 200% text size no page is wider than the viewport', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addCookies([
      { name: 'careleaf-reading', value: 'size=200&contrast=standard&spacing=loose&motion=system', url: site.url('/') },
    ]);
    const page = await context.newPage();
    for (const path of [
      '/de',
      '/de/accessibility',
      '/de/settings',
      '/de/no-such-page',
      '/ar',
      '/en/settings',
      '/de/search?q=Chemotherapie',
      '/de/search?q=Xylofonquarkwurst',
      '/de/registries',
      '/de/registries/clinical-trial-registry',
      '/ar/registries/clinical-trial-registry',
    ]) {
      await page.goto(site.url(path));
      await expect(page.evaluate(() => document.documentElement.dataset.textSize)).resolves.toBe('200');
      expect([path, await horizontalOverflow(page)]).toEqual([path, 0]);
    }
    await context.close();
  });

  describe('on a phone (320 × 640)', () => {
    const ARTICLE = '/de/metastasierter-brustkrebs-behandlung';
    const phone = async (textSize: '100' | '200', javaScriptEnabled = true) => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled });
      await context.addCookies([
        { name: 'careleaf-reading', value: `size=${textSize}&contrast=standard&spacing=normal&motion=system`, url: site.url('/') },
      ]);
      return { context, page: await context.newPage() };
    };

    test.each(['100', '200'] as const)('at %s %% text the article title starts on the first screen', async (size) => {
      const { context, page } = await phone(size);
      await page.goto(site.url(ARTICLE));
      const h1 = await page.locator('h1').boundingBox();
      const header = await page.locator('header.site-header').boundingBox();
      // The title's first line at least (at 200 % a long title alone is taller than the screen).
      const firstLine = await page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect(h1!.y + firstLine).toBeLessThanOrEqual(640);
      expect(header!.height).toBeLessThan(size === '100' ? 160 : 400);
      await context.close();
    });

    test.each([true, false])('the menu is a disclosure that opens with the keyboard (JavaScript %s)', async (javaScriptEnabled) => {
      const { context, page } = await phone('100', javaScriptEnabled);
      await page.goto(site.url(ARTICLE));
      const tree = async () => accessibilityTree(page);
      const menu = (await tree()).find((n) => n.name === 'Menü');
      expect(menu).toBeDefined();
      expect((await tree()).some((n) => n.role === 'navigation' && n.name === 'Hauptnavigation')).toBe(false);
      await page.locator('.header-menu > summary').focus();
      await page.keyboard.press('Enter');
      const opened = await tree();
      expect(opened.some((n) => n.role === 'navigation' && n.name === 'Hauptnavigation')).toBe(true);
      expect(opened.some((n) => n.role === 'navigation' && n.name === 'Sprache wählen')).toBe(true);
      expect(opened.some((n) => n.role === 'combobox' && n.name.startsWith('Ihre Region'))).toBe(true);
      expect(await horizontalOverflow(page)).toBe(0);
      // The panel is under the bar, before the content: the title moves down, nothing covers it.
      const panel = await page.locator('.header-menu-panel').boundingBox();
      const h1 = await page.locator('h1').boundingBox();
      expect(h1!.y).toBeGreaterThanOrEqual(panel!.y + panel!.height);
      await context.close();
    });

    test('search opens from its own disclosure and submits without JavaScript', async () => {
      const { context, page } = await phone('100', false);
      await page.goto(site.url(ARTICLE));
      await expect(page.locator('#site-search-q').isVisible()).resolves.toBe(false);
      await page.locator('.header-search > summary').click();
      await page.locator('#site-search-q').fill('Chemotherapie');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/de\/search\?q=Chemotherapie/);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/Suche/);
      await context.close();
    });
  });

  test("the organisation's name carries its own language on pages in another one", async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de'));
    await expect(page.locator('.site-name').getAttribute('lang')).resolves.toBeNull();
    await page.goto(site.url('/en'));
    await expect(page.locator('.site-name').getAttribute('lang')).resolves.toBe('de');
    await page.goto(site.url('/ar'));
    await expect(page.locator('.site-name').evaluate((a) => [a.getAttribute('lang'), a.getAttribute('dir')])).resolves.toEqual([
      'de',
      'ltr',
    ]);
  });

  test('on a wide screen the navigation, languages, region and search show without opening anything', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de'));
    for (const selector of ['.main-nav', '.language-switcher', '.region-form', '#site-search-q']) {
      await expect(page.locator(selector).isVisible()).resolves.toBe(true);
    }
    await expect(page.locator('.header-disclosure > summary').first().isVisible()).resolves.toBe(false);
  });

  test('targets in the header are at least 24 by 24 CSS pixels', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de'));
    const small = await page.$$eval('header a, header button, header select, header input:not([type="hidden"]), footer a', (els) =>
      els
        .map((e) => ({ text: e.textContent, box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text }) => text),
    );
    expect(small).toEqual([]);
  });

  test('focus is visible: a focused link gets the focus colours', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { background: s.backgroundColor, color: s.color };
    });
    expect(style).toEqual({ background: 'rgb(255, 221, 0)', color: 'rgb(11, 12, 12)' });
  });

  test('the print stylesheet leaves out navigation and forms but keeps the content', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de'));
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(page.locator('.language-switcher').isVisible()).resolves.toBe(false);
      await expect(page.locator('.region-form').isVisible()).resolves.toBe(false);
      await expect(page.locator('.search-form').isVisible()).resolves.toBe(false);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('when the API cannot be reached, pages answer 503 with a page in the language of the URL', async () => {
    const deadApi = `http://127.0.0.1:${await freePort()}/graphql`;
    const web = await startWebServer(deadApi);
    try {
      const { page } = site.browser;
      const res = await page.goto(web.url('gesundheit.localhost', '/ar/accessibility'));
      expect(res?.status()).toBe(503);
      await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['ar', 'rtl']);
      await expect(page.locator('h1').textContent()).resolves.toBe('حدث خطأ');
    } finally {
      await web.stop();
    }
  });
});
