/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { createTenant } from '../factories/tenant.factory';
import { createPublishedDocument, heading, paragraph } from '../factories/document.factory';

const HOST = 'sante.localhost';
const TITLE = 'Le diabète de type 2';
const SECTION = 'Ce qu’il faut savoir';
const PARAGRAPH = 'Le diabète de type 2 se soigne bien quand il est reconnu tôt.';

/** Every visible-or-not text node of the body with the nearest lang around it and where it sits. */
interface TextNode {
  text: string;
  lang: string | null;
  /** The language switcher names each language in itself; the site name is in the tenant's default language. */
  own: 'switcher' | 'site-name' | null;
}

describeInBrowser('a page locale without a UI catalog (French content, English UI)', () => {
  const site = useSite(async ({ services }) => {
    // French for content only: there is no French UI catalog, so the UI falls back along fr → en → de to English.
    const tenant = await createTenant(services, {
      slug: 'sante',
      name: 'Santé pour tous',
      domains: [HOST],
      locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }, { tag: 'fr', fallbacks: ['en', 'de'] }],
      defaultLocale: 'de',
    });
    await createPublishedDocument(services, tenant.id, {
      locale: 'fr',
      slug: 'diabete-type-2',
      title: TITLE,
      blocks: [heading('h-1', SECTION), paragraph('p-1', PARAGRAPH)],
    });
  });

  const textNodes = () =>
    site.browser.page.evaluate((): TextNode[] => {
      const out: TextNode[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('script, style, template')) continue;
        const own = parent.closest('.language-switcher') ? 'switcher' : parent.closest('.site-name') ? 'site-name' : null;
        out.push({ text, lang: parent.closest('[lang]')?.getAttribute('lang') ?? null, own });
      }
      return out;
    });

  test('the page is French, its content is in lang=fr and every word of the UI around it is in lang=en', async () => {
    const { page } = site.browser;
    const response = await page.goto(site.url('/fr/diabete-type-2', HOST));
    expect(response?.status()).toBe(200);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    const nodes = await textNodes();
    const contentTexts = [TITLE, `${TITLE}: a short summary.`, SECTION, PARAGRAPH];
    const content = nodes.filter((n) => contentTexts.includes(n.text));
    // The title is also the breadcrumbs' last item: in French there too.
    expect([...new Set(content.map((n) => n.text))].sort()).toEqual([...contentTexts].sort());
    expect(content.filter((n) => n.lang !== 'fr')).toEqual([]);
    const chrome = nodes.filter((n) => !contentTexts.includes(n.text) && n.own === null);
    // Header, navigation, labels and footer: the skip link, the menu, the review facts, the disclaimer …
    expect(chrome.length).toBeGreaterThan(10);
    expect(chrome.filter((n) => n.lang !== 'en')).toEqual([]);
    // The UI speaks English as a whole, not a word of French or German mixed in.
    expect(chrome.map((n) => n.text)).toEqual(expect.arrayContaining(['Skip to main content', 'Menu']));
    expect(nodes.filter((n) => n.own === 'site-name')).toEqual([{ text: 'Santé pour tous', lang: 'de', own: 'site-name' }]);
    const switcher = nodes.filter((n) => n.own === 'switcher');
    expect(switcher.map((n) => [n.text, n.lang])).toEqual(
      expect.arrayContaining([
        ['Deutsch', 'de'],
        ['English', 'en'],
        ['Français', 'fr'],
      ]),
    );
  });

  test('the region is named in the UI language, not the page language', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/fr/diabete-type-2', HOST));
    await expect(page.locator('#region-select option').allTextContents()).resolves.toEqual(['Germany']);
  });

  test('the page is axe-clean', async () => {
    const { page } = site.browser;
    await page.goto(site.url('/fr/diabete-type-2', HOST));
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});
