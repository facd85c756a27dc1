/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { BrowserContext, Page } from 'playwright-core';
import { createUser } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { focusedMessage, pressAndWaitForMessage, signInWithKeyboard, tabTo } from '../support/editor-keyboard';

// The web app signs the visitor's address for the API, as scripts/start.mjs arranges, so each browser has its own.
const CLIENT_IP_SECRET = 'browser-test client address secret, 32+ chars';
const LAPTOP = {
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.77' },
};
const PHONE = {
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.23' },
};

/** The rows of the sessions table as text, one string per row. */
function rows(page: Page): Promise<string[]> {
  return page.$$eval('table.editor-table tbody tr', (trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Whether the editor bar (signed in) is on the page; an editor page without a session shows the sign-in prompt instead. */
async function signedIn(page: Page): Promise<boolean> {
  return (await page.$('.editor-signout button')) !== null;
}

describeInBrowser('the sessions page', () => {
  // One account per test: a test's sessions stay out of the other's list.
  let editor: { email: string };
  let translator: { email: string };
  const site = useSite(
    async ({ services }) => {
      editor = await createUser(services, { tenantSlug: 'gesundheit', role: 'editor' });
      translator = await createUser(services, { tenantSlug: 'gesundheit', role: 'translator', locales: ['en'] });
    },
    { api: { CARELEAF_CLIENT_IP_SECRET: CLIENT_IP_SECRET }, web: { CARELEAF_CLIENT_IP_SECRET: CLIENT_IP_SECRET } },
  );
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function browserOf(device: typeof LAPTOP, email: string): Promise<Page> {
    const context = await site.browser.newContext(device);
    contexts.push(context);
    const page = await context.newPage();
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), email);
    return page;
  }

  test('lists both browsers, signs the other one out by keyboard, and that browser is signed out on its next page', async () => {
    const laptop = await browserOf(LAPTOP, editor.email);
    const phone = await browserOf(PHONE, editor.email);

    await tabTo(laptop, 'a[href$="/editor/account/sessions"]');
    await Promise.all([laptop.waitForURL(/\/de\/editor\/account\/sessions$/), laptop.keyboard.press('Enter')]);
    expect(await laptop.textContent('h1')).toBe('Ihre Sitzungen');
    expect(await rows(laptop)).toEqual([
      expect.stringMatching(/^Safari 17 auf iOS 17 \(Telefon\).*198\.51\.100\.0\/24/),
      expect.stringMatching(/^Chrome 131 auf Windows 10 \(Computer\) Dieses Gerät.*203\.0\.113\.0\/24/),
    ]);
    const text = (await laptop.textContent('main')) ?? '';
    expect(text).not.toContain('203.0.113.77');
    expect(text).not.toContain('198.51.100.23');
    expect(await axeViolations(laptop)).toEqual([]);

    // Only the other session has a sign-out button; its name says which device it ends.
    expect(await laptop.$$eval('button[value="one"]', (bs) => bs.map((b) => b.textContent))).toEqual([
      expect.stringMatching(/^Safari 17 auf iOS 17 abmelden, angemeldet am /),
    ]);
    await tabTo(laptop, 'button[value="one"]');
    await pressAndWaitForMessage(laptop);
    await expect(focusedMessage(laptop)).resolves.toMatchObject({
      role: 'status',
      text: 'Diese Sitzung ist abgemeldet. Das Gerät muss sich neu anmelden.',
    });
    expect(await rows(laptop)).toEqual([expect.stringContaining('Dieses Gerät')]);
    expect(await axeViolations(laptop)).toEqual([]);

    await phone.goto(site.url('/de/editor/documents'));
    expect(await phone.textContent('h1')).toBe('Bitte melden Sie sich an');
    expect(await signedIn(phone)).toBe(false);
    await laptop.goto(site.url('/de/editor/documents'));
    expect(await signedIn(laptop)).toBe(true);
  });

  test('"sign out everywhere else" ends every other browser and keeps this one', async () => {
    const laptop = await browserOf(LAPTOP, translator.email);
    const phone = await browserOf(PHONE, translator.email);
    const tablet = await browserOf(PHONE, translator.email);

    await laptop.goto(site.url('/de/editor/account/sessions'));
    expect(await rows(laptop)).toHaveLength(3);
    await tabTo(laptop, 'button[value="everywhere"]');
    await pressAndWaitForMessage(laptop);
    await expect(focusedMessage(laptop)).resolves.toMatchObject({
      role: 'status',
      text: 'Alle anderen Sitzungen sind abgemeldet. Dieses Gerät bleibt angemeldet.',
    });
    expect(await rows(laptop)).toHaveLength(1);
    expect(await laptop.textContent('main')).toContain('Sie sind nirgends sonst angemeldet.');
    expect(await axeViolations(laptop)).toEqual([]);

    for (const other of [phone, tablet]) {
      await other.goto(site.url('/de/editor'));
      expect(await signedIn(other)).toBe(false);
    }
  });
});
