/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import { createTenant } from '../factories/tenant.factory';
import { describeInBrowser } from '../support/browser';
import { httpRequest } from '../support/browser-server';
import { useSite } from '../support/browser-site';

/** A tenant with two regions, so changing the region is visible. */
const HOST = 'zweiland.localhost';

async function tabTo(page: Page, selector: string, maxTabs = 30): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describeInBrowser('region and display settings forms', () => {
  const site = useSite(async ({ services }) => {
    await createTenant(services, {
      slug: 'zweiland',
      name: 'Zweiland Gesundheit',
      domains: [HOST],
      locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }],
      regions: [
        { code: 'DE', name: 'Deutschland' },
        { code: 'AT', name: 'Österreich' },
      ],
      defaultRegion: 'DE',
    });
  });

  describe.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('%s', (_label, javaScriptEnabled) => {
    let page: Page;
    beforeAll(async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      page = await context.newPage();
    });

    test('the region form submits with the keyboard and the page then shows the chosen region', async () => {
      await page.goto(site.url('/de/accessibility', HOST));
      await expect(page.inputValue('#region-select')).resolves.toBe('DE');
      await tabTo(page, '#region-select');
      await page.keyboard.press('ArrowDown');
      await expect(page.inputValue('#region-select')).resolves.toBe('AT');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Region übernehmen');
      await Promise.all([page.waitForURL(/saved=region/), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe('/de/accessibility');
      await expect(page.locator('[role="status"]').textContent()).resolves.toBe('Sie sehen jetzt Informationen für die Region Österreich.');
      await expect(page.inputValue('#region-select')).resolves.toBe('AT');
      await page.goto(site.url('/de', HOST));
      await expect(page.getByText('Regionale Hinweise gelten für: Österreich.').count()).resolves.toBe(1);
    });

    test('the display settings submit with the keyboard and change text size, contrast and spacing', async () => {
      await page.goto(site.url('/de/settings', HOST));
      await expect(page.evaluate(() => document.documentElement.dataset.textSize)).resolves.toBe('100');
      await tabTo(page, '#size-100');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
      await expect(page.isChecked('#size-200')).resolves.toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await expect(page.isChecked('#contrast-high')).resolves.toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(page.isChecked('#spacing-loose')).resolves.toBe(true);
      await tabTo(page, 'button[type="submit"]:not([name])');
      await Promise.all([page.waitForURL(/saved=reading/), page.keyboard.press('Enter')]);

      const html = await page.evaluate(() => ({ ...document.documentElement.dataset }));
      expect(html).toEqual({ textSize: '200', contrast: 'high', spacing: 'loose', motion: 'system' });
      await expect(page.locator('[role="status"]').textContent()).resolves.toBe('Ihre Anzeige-Einstellungen wurden gespeichert.');
      await expect(page.isChecked('#size-200')).resolves.toBe(true);
      const look = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { background: body.backgroundColor, fontSize: getComputedStyle(document.documentElement).fontSize };
      });
      expect(look).toEqual({ background: 'rgb(0, 0, 0)', fontSize: '32px' });

      // The settings follow the reader to every page of the site.
      await page.goto(site.url('/en', HOST));
      await expect(page.evaluate(() => document.documentElement.dataset.contrast)).resolves.toBe('high');
    });

    test('"Reset to standard" brings back the defaults', async () => {
      await page.goto(site.url('/de/settings', HOST));
      await tabTo(page, 'button[name="reset"]', 40);
      await Promise.all([page.waitForURL(/saved=reading/), page.keyboard.press('Enter')]);
      const html = await page.evaluate(() => ({ ...document.documentElement.dataset }));
      expect(html).toEqual({ textSize: '100', contrast: 'standard', spacing: 'normal', motion: 'system' });
    });
  });

  test('a form cannot send the reader to another site: a foreign "back" address falls back to the settings page', async () => {
    const body = new URLSearchParams({ size: '150', back: '//elsewhere.example/' }).toString();
    const res = await httpRequest('POST', site.url('/de/settings/reading', HOST), {}, body);
    expect([res.status, res.location]).toEqual([303, '/de/settings?saved=reading']);
  });

  test('a region the tenant does not have is refused with a message', async () => {
    await site.browser.page.goto(site.url('/de', HOST));
    const answer = await site.browser.page.evaluate(async () => {
      const r = await fetch('/de/settings/region', { method: 'POST', body: new URLSearchParams({ region: 'FR', back: '/de' }) });
      return { status: r.status, text: await r.text() };
    });
    expect(answer).toEqual({ status: 400, text: '"FR" is not one of this site\'s regions. Go back and choose one from the list.' });
  });
});
