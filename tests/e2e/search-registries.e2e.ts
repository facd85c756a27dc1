/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { BrowserContext, Page } from 'playwright-core';
import { systemActor } from '../../apps/api/src/modules/audit/audit.service';
import { seedDemoRegistries } from '../../apps/api/src/server/seed/registries';
import { createPublishedDocument, paragraph } from '../factories/document.factory';
import { createRegistryEntry } from '../factories/registry.factory';
import { describeInBrowser } from '../support/browser';
import { httpGet } from '../support/browser-server';
import { useSite } from '../support/browser-site';

const ARTICLE_DE = '/de/metastasierter-brustkrebs-behandlung';
/** A word only the documents this file adds contain: more of them than fit on one page of results. */
const PAGED_WORD = 'Wundpflege';
const PAGED_DOCUMENTS = 12;
const HOTLINES = 21;

const headingLevels = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1))));

function expectNoSkippedLevels(levels: number[]) {
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
}

describeInBrowser('search and registries', () => {
  const site = useSite(async ({ services }) => {
    // The German demo institute also serving Austria (the partner's region), with the Austrian registry entries.
    await services.tenancy.update(
      'gesundheit',
      {
        regions: [
          { code: 'DE', name: 'Deutschland', defaultLocale: 'de', locales: ['de', 'en', 'ar'] },
          { code: 'AT', name: 'Österreich', defaultLocale: 'de', locales: ['de', 'en'] },
        ],
        defaultRegion: 'DE',
      },
      systemActor('browser test'),
    );
    await seedDemoRegistries(services, 'gesundheit');
    const tenant = await services.tenancy.bySlug('gesundheit');
    for (let i = 1; i <= PAGED_DOCUMENTS; i++) {
      await createPublishedDocument(services, tenant.id, {
        slug: `wundpflege-${i}`,
        title: `Wundpflege zu Hause, Teil ${i}`,
        blocks: [paragraph('p-1', `Die ${PAGED_WORD} nach einer Operation: was Sie selbst tun können (Teil ${i}).`)],
      });
    }
    for (let i = 1; i <= HOTLINES; i++) {
      await createRegistryEntry(services, tenant.id, {
        kind: 'hotline',
        texts: [{ locale: 'de', name: `Telefonberatung ${String(i).padStart(2, '0')}`, description: 'Berät kostenlos am Telefon.' }],
        phone: `0800 000 00 ${String(i).padStart(2, '0')}`,
      });
    }
  });

  /** A fresh context (cookies of its own), optionally without JavaScript or in a region. */
  async function open(opts: { javaScriptEnabled?: boolean; region?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await site.browser.newContext({ javaScriptEnabled: opts.javaScriptEnabled ?? true });
    if (opts.region) await context.addCookies([{ name: 'careleaf-region', value: opts.region, url: site.url('/') }]);
    return { context, page: await context.newPage() };
  }

  describe('search', () => {
    test('a German search finds inflected forms: “Chemotherapien” finds the breast-cancer article, the match marked', async () => {
      const { page } = site.browser;
      await page.goto(site.url(`/de/search?q=${encodeURIComponent('Chemotherapien')}`));
      // The article says "Chemotherapie", never "Chemotherapien": the match comes from stemming.
      const results = page.locator('.result-list > li');
      const links = await results.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain(ARTICLE_DE);
      const article = results.filter({ has: page.locator(`a[href="${ARTICLE_DE}"]`) });
      const marks = await article.locator('.snippet mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(m).toMatch(/^Chemotherapie/i);
      await expect(page.locator('h2#results-heading').textContent()).resolves.toMatch(/^\d+ Ergebnisse? für „Chemotherapien“$/);
      await expect(page.title()).resolves.toBe('Suchergebnisse für „Chemotherapien“ – Gesundheitswissen Demo-Institut');
      expectNoSkippedLevels(await headingLevels(page));
    });

    test('a search without results says so and helps: spelling tips, the topics and the glossary', async () => {
      const { page } = site.browser;
      await page.goto(site.url('/de/search?q=Xylofonquarkwurst'));
      await expect(page.locator('h2#results-heading').textContent()).resolves.toBe('Keine Ergebnisse für „Xylofonquarkwurst“');
      const help = page.locator('.no-results');
      await expect(help.getByText('Prüfen Sie die Schreibweise.').count()).resolves.toBe(1);
      await expect(help.locator('a[href="/de/topics"]').count()).resolves.toBe(1);
      await expect(help.locator('a[href="/de/glossary"]').count()).resolves.toBe(1);
      await expect(page.locator('.result-list').count()).resolves.toBe(0);
    });

    test('an empty query shows the form only; the form keeps the query it searched for', async () => {
      const { page } = site.browser;
      await page.goto(site.url('/de/search?q=%20%20'));
      await expect(page.locator('.search-results').count()).resolves.toBe(0);
      await expect(page.getByRole('search').getByLabel('Suchbegriff').inputValue()).resolves.toBe('');
      await page.goto(site.url('/de/search?q=Hormontherapie'));
      await expect(page.getByLabel('Suchbegriff').inputValue()).resolves.toBe('Hormontherapie');
    });

    test('without JavaScript, the header form searches and the result pages follow each other with plain links', async () => {
      const { context, page } = await open({ javaScriptEnabled: false });
      await page.goto(site.url('/de/topics'));
      await page.getByRole('search', { name: 'Diese Website durchsuchen' }).getByRole('searchbox').fill(PAGED_WORD);
      await Promise.all([page.waitForURL(/\/de\/search\?q=Wundpflege$/), page.keyboard.press('Enter')]);
      const items = page.locator('.result-list > li');
      await expect(items.count()).resolves.toBe(10);
      await expect(page.locator('h2#results-heading').textContent()).resolves.toBe(`${PAGED_DOCUMENTS} Ergebnisse für „${PAGED_WORD}“`);
      const pager = page.getByRole('navigation', { name: 'Seiten' });
      await expect(pager.locator('.pager-position').textContent()).resolves.toBe('Seite 1 von 2');
      await expect(pager.getByRole('link', { name: 'Vorherige Seite' }).count()).resolves.toBe(0);
      const firstPage = await items.locator('h3 a').allTextContents();

      await Promise.all([page.waitForURL(/after=/), pager.getByRole('link', { name: 'Nächste Seite' }).click()]);
      await expect(items.count()).resolves.toBe(PAGED_DOCUMENTS - 10);
      await expect(page.locator('.result-list').getAttribute('start')).resolves.toBe('11');
      await expect(pager.locator('.pager-position').textContent()).resolves.toBe('Seite 2 von 2');
      await expect(pager.getByRole('link', { name: 'Nächste Seite' }).count()).resolves.toBe(0);
      const secondPage = await items.locator('h3 a').allTextContents();
      expect(new Set([...firstPage, ...secondPage]).size).toBe(PAGED_DOCUMENTS);

      await Promise.all([page.waitForURL(/\?q=Wundpflege$/), pager.getByRole('link', { name: 'Vorherige Seite' }).click()]);
      await expect(items.locator('h3 a').allTextContents()).resolves.toEqual(firstPage);
      await context.close();
    });

    test('hits from a fallback language carry their lang and say they are not yet translated', async () => {
      const { page } = site.browser;
      await page.goto(site.url(`/en/search?q=${PAGED_WORD}`));
      const hit = page.locator('.result-list > li').first();
      await expect(hit.locator('h3').getAttribute('lang')).resolves.toBe('de');
      await expect(hit.locator('.snippet').getAttribute('lang')).resolves.toBe('de');
      await expect(hit.getByText('Not yet translated: this article is in German.').count()).resolves.toBe(1);
      // The link stays in the reader's language: the site serves the German text there, with a notice.
      const href = (await hit.locator('h3 a').getAttribute('href'))!;
      expect(href).toMatch(/^\/en\/wundpflege-\d+$/);
      await page.goto(site.url(href));
      await expect(page.locator('.fallback-notice').textContent()).resolves.toBe(
        'This page is not yet available in English; it is shown in German.',
      );
    });
  });

  describe('registries', () => {
    test('readers in Germany and Austria see different registries, each with its region named', async () => {
      const lists: Record<string, string[]> = {};
      for (const region of ['DE', 'AT']) {
        const { context, page } = await open({ region });
        await page.goto(site.url('/de/registries'));
        lists[region] = await page.locator('.registry-index li').allInnerTexts();
        const name = region === 'DE' ? 'Deutschland' : 'Österreich';
        await expect(page.locator('.region-line').innerText()).resolves.toContain(`Angezeigt für: ${name}.`);
        await expect(page.locator('.region-line a').getAttribute('href')).resolves.toBe('#region-select');
        await context.close();
      }
      expect(lists.DE).toContain('Strukturierte Behandlungsprogramme (DMP) (1 Eintrag)');
      expect(lists.AT!.some((l) => l.startsWith('Strukturierte Behandlungsprogramme'))).toBe(false);
      expect(lists.DE).toContain('Register für klinische Studien (6 Einträge)');
      expect(lists.AT).toContain('Register für klinische Studien (3 Einträge)');
    });

    test('a registry list shows each entry’s details, and differs between Germany and Austria', async () => {
      const { context, page } = await open({ region: 'DE' });
      await page.goto(site.url('/de/registries/clinical-trial-registry'));
      await expect(page.locator('h1').textContent()).resolves.toBe('Register für klinische Studien');
      const drks = page
        .locator('.registry-entry')
        .filter({ has: page.locator('h2', { hasText: 'Deutsches Register Klinischer Studien' }) });
      await expect(drks.locator('a[href="https://drks.de/"]').count()).resolves.toBe(1);
      await expect(drks.locator('p', { hasText: 'Primärregister' }).count()).resolves.toBe(1);
      expectNoSkippedLevels(await headingLevels(page));

      await page.goto(site.url('/de/registries/certified-care-centre'));
      const sample = page.locator('.registry-entry').first();
      await expect(sample.locator('.sample-label').textContent()).resolves.toMatch(/^Beispieleintrag/);
      await expect(sample.locator('dt', { hasText: 'Adresse' }).count()).resolves.toBe(1);
      await expect(sample.locator('dt', { hasText: 'Zertifikat' }).count()).resolves.toBe(1);

      await page.goto(site.url('/de/registries/disease-management-programme'));
      await expect(page.locator('.registry-entry dt', { hasText: 'Rechtsgrundlage' }).count()).resolves.toBe(1);
      await expect(page.locator('.registry-entry dd', { hasText: '§ 137f SGB V' }).count()).resolves.toBe(1);
      await context.close();

      const austria = await open({ region: 'AT' });
      await austria.page.goto(site.url('/de/registries/clinical-trial-registry'));
      const names = await austria.page.locator('.registry-entry h2').allTextContents();
      expect(names).toHaveLength(3);
      expect(names.join()).not.toContain('DRKS');
      await austria.page.goto(site.url('/de/registries/disease-management-programme'));
      await expect(austria.page.locator('h1').textContent()).resolves.toBe('Keine Einträge für Ihre Region');
      await austria.context.close();
    });

    test('an unknown kind of registry is a real 404 in the page language', async () => {
      const missing = await httpGet(site.url('/en/registries/pharmacies'));
      expect(missing.status).toBe(404);
      expect(missing.body).toContain('lang="en"');
      expect((await httpGet(site.url('/en/registries/hotline'))).status).toBe(200);
    });

    test('entries in a fallback language carry their lang; long lists are paged without JavaScript', async () => {
      const { context, page } = await open({ javaScriptEnabled: false });
      await page.goto(site.url('/en/registries/hotline'));
      const entries = page.locator('.registry-entry');
      await expect(entries.count()).resolves.toBe(20);
      await expect(entries.first().locator('h2').getAttribute('lang')).resolves.toBe('de');
      await expect(entries.first().getByText('(not yet translated)').count()).resolves.toBe(1);
      // Field labels stay in the reader's language.
      await expect(entries.first().locator('dt').first().getAttribute('lang')).resolves.toBeNull();
      await Promise.all([page.waitForURL(/after=/), page.getByRole('link', { name: 'Next page' }).click()]);
      await expect(entries.locator('h2').allTextContents()).resolves.toEqual([`Telefonberatung ${HOTLINES}`]);
      await expect(page.locator('.pager-position').textContent()).resolves.toBe('Page 2 of 2');
      await Promise.all([page.waitForURL(/\/en\/registries\/hotline$/), page.getByRole('link', { name: 'Previous page' }).click()]);
      await expect(entries.count()).resolves.toBe(20);
      await context.close();
    });

    test('without JavaScript the region form changes the registry list it sits above', async () => {
      const { context, page } = await open({ javaScriptEnabled: false });
      await page.goto(site.url('/de/registries/statutory-insurer'));
      await expect(page.locator('.registry-entry h2').allTextContents()).resolves.toEqual([
        'Gesetzliche Krankenkassen (Übersicht des GKV-Spitzenverbands)',
      ]);
      await page.selectOption('#region-select', 'AT');
      await Promise.all([page.waitForURL(/saved=region/), page.getByRole('button', { name: 'Region übernehmen' }).click()]);
      expect(new URL(page.url()).pathname).toBe('/de/registries/statutory-insurer');
      await expect(page.locator('.registry-entry h2').allTextContents()).resolves.toEqual(['Österreichische Gesundheitskasse (ÖGK)']);
      await expect(page.locator('.region-line').innerText()).resolves.toContain('Österreich');
      await context.close();
    });
  });

  describe('registry lists in the article', () => {
    test('Germany and Austria see different entries in the article’s registry lists', async () => {
      const seen: Record<string, string> = {};
      for (const region of ['DE', 'AT']) {
        const { context, page } = await open({ region });
        await page.goto(site.url(ARTICLE_DE));
        expectNoSkippedLevels(await headingLevels(page));
        seen[region] = await page.locator('.registry-embed').evaluateAll((es) => es.map((e) => (e as HTMLElement).innerText).join('\n'));
        await context.close();
      }
      expect(seen.DE).toContain('Deutsches Register Klinischer Studien (DRKS)');
      expect(seen.DE).toContain('Disease-Management-Programm (DMP) Brustkrebs');
      expect(seen.AT).not.toContain('DRKS');
      expect(seen.AT).not.toContain('Disease-Management-Programm (DMP) Brustkrebs');
      expect(seen.AT).toContain('ClinicalTrials.gov');
      expect(seen.AT).toContain('Für Ihre Region gibt es hier noch keine Einträge.');
    });

    test('an embed’s title is a heading one level below its section, its entries one below that, with a link to the full list', async () => {
      const { page } = site.browser;
      await page.goto(site.url(ARTICLE_DE));
      const embed = page.locator('#e-studienregister');
      await expect(embed.locator('h3').textContent()).resolves.toBe('Studienregister für Ihre Region');
      expect(await embed.locator('.registry-entry > h4').count()).toBeGreaterThan(1);
      await expect(embed.locator('a[href="/de/registries/clinical-trial-registry"]').count()).resolves.toBe(1);
    });
  });
});
