/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import { systemActor } from '../../apps/api/src/modules/audit/audit.service';
import { describeInBrowser, horizontalOverflow } from '../support/browser';
import { httpGet, httpRequest } from '../support/browser-server';
import { AUSTRIAN_HOST, useSite } from '../support/browser-site';

const ARTICLE_DE = '/de/metastasierter-brustkrebs-behandlung';
const ARTICLE_EN = '/en/metastatic-breast-cancer-treatment';
const ARTICLE_AR = '/ar/metastatic-breast-cancer-treatment';
const FAQ_DE = '/de/metastasierter-brustkrebs-fragen';

// Read by the web server this file starts (it inherits the environment).
process.env.CARELEAF_REVALIDATE_SECRET = 'content-pages-test-secret';

/** Heading levels in document order. */
const headingLevels = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1))));

function expectNoSkippedLevels(levels: number[]) {
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
}

describeInBrowser('articles, FAQ, glossary and topics', () => {
  const site = useSite(async ({ services }) => {
    // A second region for the German demo tenant, so region blocks can differ.
    await services.tenancy.update(
      'gesundheit',
      {
        regions: [
          { code: 'DE', name: 'Deutschland', defaultLocale: 'de', locales: ['de', 'en', 'ar'] },
          { code: 'CH', name: 'Schweiz', defaultLocale: 'de', locales: ['de', 'en'] },
        ],
      },
      systemActor('browser test'),
    );
  });

  test('the article has one h1, no skipped heading levels, the landmarks and a contents list of its sections', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    expectNoSkippedLevels(await headingLevels(page));
    await expect(page.locator('h1').textContent()).resolves.toContain('Metastasierter Brustkrebs');
    for (const role of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(role).count()).resolves.toBe(1);
    const contents = page.getByRole('navigation', { name: 'Auf dieser Seite' });
    const targets = await contents.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const href of targets) await expect(page.locator(`h2${href}`).count()).resolves.toBe(1);
  });

  test('review dates and the publisher are visible', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    const facts = await page.locator('.review-facts').innerText();
    expect(facts).toContain('Zuletzt geprüft: 12. Oktober 2026');
    expect(facts).toContain('Nächste Prüfung: 12. Oktober 2027');
    expect(facts).toMatch(/Herausgegeben von: \S/);
  });

  test('glossary terms are <dfn> links described by their definition; abbreviations are <abbr> expanded once', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    const term = page.locator('a.term').first();
    await expect(term.locator('dfn').count()).resolves.toBe(1);
    const describedBy = (await term.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toMatch(/\S{10,}/);
    const dmp = page.locator('abbr', { hasText: 'DMP' });
    await expect(dmp.first().getAttribute('title')).resolves.toMatch(/Disease-Management/);
    await expect(page.locator('.abbr-expansion').count()).resolves.toBeGreaterThanOrEqual(6);
    const whoExpansions = await page.locator('abbr:text-is("WHO") + .abbr-expansion').count();
    expect(whoExpansions).toBe(1);
  });

  test('a glossary definition opens when its term is followed with the keyboard, and opens and closes with Enter', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    const term = page.locator('a.term').first();
    const target = (await term.getAttribute('href'))!;
    const details = page.locator(`details:has(${target})`);
    await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(true);
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
    await page.keyboard.press('Space');
    await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(true);
  });

  test('citation points link to the numbered reference list, which links back to them', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    const items = page.locator('ol.references > li');
    await expect(items.count()).resolves.toBe(10);
    const cite = page.locator('sup.cite a').first();
    const refId = (await cite.getAttribute('href'))!.slice(1);
    await expect(page.locator(`ol.references > li[id="${refId}"]`).count()).resolves.toBe(1);
    const backLinks = await page.locator('ol.references a.back-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(backLinks.length).toBeGreaterThan(0);
    for (const href of backLinks) await expect(page.locator(`sup.cite${href}`).count()).resolves.toBe(1);
    await expect(page.locator('ol.references a[href^="http"]').count()).resolves.toBeGreaterThan(0);
  });

  test('the language switcher and hreflang links lead to the translations’ own slugs', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_DE));
    const switcher = page.getByRole('navigation', { name: /Sprache/ });
    await expect(switcher.locator('a[hreflang="en"]').getAttribute('href')).resolves.toBe(ARTICLE_EN);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => Object.fromEntries(ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])));
    expect(alternates).toEqual({ de: ARTICLE_DE, en: ARTICLE_EN, ar: ARTICLE_AR, 'x-default': ARTICLE_DE });
  });

  test('the article carries MedicalWebPage JSON-LD', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_EN));
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      inLanguage: 'en',
      lastReviewed: '2026-10-12',
      audience: { audienceType: 'Patient' },
    });
    expect(data.citation).toHaveLength(10);
    expect((data.reviewedBy as unknown[]).length).toBeGreaterThan(0);
    expect((data.about as unknown[]).length).toBeGreaterThan(0);
  });

  test('the partial Arabic article is right to left and lists its sources', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_AR));
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    expectNoSkippedLevels(await headingLevels(page));
    await expect(page.locator('ol.references > li').count()).resolves.toBe(10);
  });

  test('the partial Arabic article says in Arabic that parts are shown in English, and those blocks carry lang="en"', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE_AR));
    await expect(page.locator('.fallback-notice').textContent()).resolves.toBe(
      'لم تُترجم بعض أجزاء هذه الصفحة إلى العربية بعد، وهي معروضة باللغة الإنجليزية.',
    );
    // Title, summary and headings are Arabic: no lang of their own. The English paragraphs, lists and callouts have one, with dir.
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBeNull();
    await expect(page.locator('main h2[lang]').count()).resolves.toBe(0);
    const english = await page.locator('main [lang="en"]').evaluateAll((els) => els.map((e) => [e.tagName, e.getAttribute('dir')]));
    expect(english.filter(([tag]) => tag === 'P').length).toBeGreaterThan(10);
    expect(english.every(([, dir]) => dir === 'ltr')).toBe(true);
    // Nested blocks inherit the callout's language; its label is Arabic again.
    const callout = page.locator('.callout[lang="en"]').first();
    await expect(callout.locator('p[lang]:not(.callout-label)').count()).resolves.toBe(0);
    await expect(callout.locator('.callout-label > span > span').first().getAttribute('lang')).resolves.toBe('ar');
    for (const path of [ARTICLE_DE, ARTICLE_EN]) {
      await page.goto(site.url(path));
      await expect(page.locator('.fallback-notice').count()).resolves.toBe(0);
    }
  });

  test('a page not translated at all says so, and its title and summary carry their own language', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/en/vorsorgeuntersuchung', AUSTRIAN_HOST));
    await expect(page.locator('.fallback-notice').textContent()).resolves.toBe(
      'This page is not yet available in English; it is shown in German.',
    );
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('de');
    await expect(page.locator('.lead').getAttribute('lang')).resolves.toBe('de');
    await expect(page.locator('.review-facts').innerText()).resolves.toContain('Published by');
    // Austrian German falls back to standard German block by block: marked, but not announced as untranslated.
    await page.goto(site.url('/de-AT/vorsorgeuntersuchung', AUSTRIAN_HOST));
    await expect(page.locator('.fallback-notice').count()).resolves.toBe(0);
    await expect(page.locator('main h2[lang="de"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main p', { hasText: 'Ordination' }).getAttribute('lang')).resolves.toBeNull();
  });

  test('the FAQ collection shows questions as details/summary', async () => {
    const { page } = site.browser;
    await page.goto(site.url(FAQ_DE));
    expectNoSkippedLevels(await headingLevels(page));
    const questions = page.locator('details.faq');
    expect(await questions.count()).toBeGreaterThanOrEqual(2);
    await questions.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(questions.first().evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(true);
  });

  test('without JavaScript the article renders completely', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(ARTICLE_DE));
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(8);
    await expect(page.locator('ol.references > li').count()).resolves.toBe(10);
    await expect(page.locator('table caption').count()).resolves.toBeGreaterThan(0);
    await page.goto(site.url(FAQ_DE));
    expect(await page.locator('details.faq .faq-answer p').count()).toBeGreaterThanOrEqual(2);
  });

  test('at 320 px and 200 % text the content pages do not scroll sideways', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addCookies([
      { name: 'careleaf-reading', value: 'size=200&contrast=standard&spacing=normal&motion=system', url: site.url('/') },
    ]);
    const page = await context.newPage();
    for (const path of [ARTICLE_DE, FAQ_DE, '/de/glossary', ARTICLE_AR]) {
      await page.goto(site.url(path));
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
    }
  });

  test('readers in Germany and elsewhere see different practical sections', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url(ARTICLE_DE));
    const german = await page.locator('main').innerText();
    expect(german).toContain('116 117');
    await context.addCookies([{ name: 'careleaf-region', value: 'CH', url: site.url('/') }]);
    await page.goto(site.url(ARTICLE_DE));
    const elsewhere = await page.locator('main').innerText();
    expect(elsewhere).not.toContain('116 117');
    expect(elsewhere).toContain('Notrufnummer Ihres Landes');
  });

  test('an unknown slug is a real 404 in the URL’s language; the glossary and topics are found', async () => {
    const missing = await httpGet(site.url('/de/gibt-es-nicht'));
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('lang="de"');
    // Another language's address is served through the reader's fallback chain (en → de); the canonical link names
    // the English address, so search engines and readers keep one URL per language.
    const viaFallback = await httpGet(site.url('/en/metastasierter-brustkrebs-behandlung'));
    expect(viaFallback.status).toBe(200);
    expect(viaFallback.body).toMatch(new RegExp(`rel="canonical" href="[^"]*${ARTICLE_EN}"`));
    expect((await httpGet(site.url(ARTICLE_EN))).status).toBe(200);
    expect((await httpGet(site.url('/de/glossary'))).status).toBe(200);
  });

  test('the glossary lists terms A–Z with letter anchors and an anchor per term', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/de/glossary'));
    expectNoSkippedLevels(await headingLevels(page));
    const letters = await page.locator('.letter-index a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(letters.length).toBeGreaterThan(3);
    for (const href of letters) await expect(page.locator(`h2${href}`).count()).resolves.toBe(1);
    // The 13 terms of the breast-cancer article and those of the other demo documents, each with its own anchor.
    const ids = await page.locator('dl.glossary .glossary-entry').evaluateAll((es) => es.map((e) => e.id));
    expect(ids.length).toBeGreaterThanOrEqual(13);
    expect(new Set(ids).size).toBe(ids.length);
    await expect(page.locator('dl.glossary dfn').count()).resolves.toBe(ids.length);
  });

  test('the home page lists topics and featured articles from the published documents', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/en'));
    const featured = page.locator('#featured-heading + ul a');
    await expect(featured.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toContain(ARTICLE_EN);
    expect(await page.locator('#topics-heading + ul a').count()).toBeGreaterThan(0);
  });

  test('sitemap.xml lists documents with hreflang alternates, and robots.txt points to it', async () => {
    const sitemap = await httpGet(site.url('/sitemap.xml'));
    expect(sitemap.status).toBe(200);
    expect(sitemap.body).toContain(`<loc>${site.url(ARTICLE_DE)}</loc>`);
    expect(sitemap.body).toContain(`hreflang="ar" href="${site.url(ARTICLE_AR)}"`);
    const robots = await httpGet(site.url('/robots.txt'));
    expect(robots.body).toContain(`Sitemap: ${site.url('/sitemap.xml')}`);
  });

  test('the revalidation hook needs the shared secret', async () => {
    const body = JSON.stringify({ host: 'gesundheit.localhost', documents: [{ locale: 'de', slug: 'x' }] });
    const json = { 'content-type': 'application/json' };
    expect((await httpRequest('POST', site.url('/api/revalidate'), json, body)).status).toBe(401);
    const ok = await httpRequest('POST', site.url('/api/revalidate'), { ...json, authorization: 'Bearer content-pages-test-secret' }, body);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ revalidated: ['tenant:gesundheit.localhost', 'slug:gesundheit.localhost:de:x'] });
  });
});
