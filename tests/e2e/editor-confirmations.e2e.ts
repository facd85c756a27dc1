/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import { createPublishedDocument } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { focusedMessage, pressAndWaitForMessage, signInWithKeyboard, tabTo } from '../support/editor-keyboard';

const TENANT = 'gesundheit';

describeInBrowser('confirmations in the editor', () => {
  let editor: { email: string };
  let tenantId: string;
  const ids: Record<'plain' | 'keyboard' | 'forged', string> = { plain: '', keyboard: '', forged: '' };
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    tenantId = (await services.tenancy.bySlug(TENANT)).id;
    for (const which of ['plain', 'keyboard', 'forged'] as const) {
      ids[which] = (
        await createPublishedDocument(services, tenantId, { slug: `zurueckziehen-${which}`, title: `Impfpass ${which}` })
      ).document.id;
    }
  });

  /** The German language's workflow status as stored. */
  async function status(documentId: string): Promise<string> {
    const { services } = site.database;
    return services.db.withTenant(tenantId, async (tx) => (await services.documents.documentLocale(tx, documentId, 'de')).status);
  }

  const documentUrl = (id: string) => site.url(`/de/editor/documents/${id}?lang=de`);

  test('without JavaScript, Unpublish opens a page that says what happens; Cancel keeps it published, the red button unpublishes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(site.url('/de/editor/sign-in'));
    await page.fill('#email', editor.email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/\/de\/editor\?flash=/), page.click('form[action$="/sign-in/submit"] button')]);

    await page.goto(documentUrl(ids.plain));
    // Unpublish is not among the forward actions ("submit for review" and the like).
    await expect(page.$$('.editor-workflow .block-actions button[value="unpublish"]')).resolves.toHaveLength(0);
    const askPath = `/de/editor/documents/${ids.plain}/unpublish`;
    await Promise.all([page.waitForURL((u) => u.pathname === askPath), page.click('.editor-danger-actions button')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Veröffentlichung zurückziehen?');
    await expect(page.locator('form[action$="/workflow"] p').textContent()).resolves.toBe(
      '„Impfpass plain“ (Deutsch) wird Leserinnen und Lesern nicht mehr gezeigt. Links darauf finden keine Seite mehr. Der Text bleibt hier im Editor erhalten, und Sie können ihn später wieder veröffentlichen.',
    );
    expect(await status(ids.plain)).toBe('published');

    // Cancel goes back to the document and changes nothing.
    await Promise.all([
      page.waitForURL((u) => u.pathname === `/de/editor/documents/${ids.plain}`),
      page.click('text=Abbrechen, veröffentlicht lassen'),
    ]);
    expect(await status(ids.plain)).toBe('published');

    // Asked again, the destructive button unpublishes.
    await Promise.all([page.waitForURL((u) => u.pathname === askPath), page.click('.editor-danger-actions button')]);
    await Promise.all([page.waitForURL(/flash=/), page.click('form[action$="/workflow"] button.button-danger')]);
    expect(new URL(page.url()).pathname).toBe(`/de/editor/documents/${ids.plain}`);
    await expect(page.locator('.notice').textContent()).resolves.toBe('Diese Sprachfassung ist nicht mehr öffentlich.');
    expect(await status(ids.plain)).toBe('unpublished');
    // Nothing is left to unpublish: the confirmation page says so.
    await page.goto(site.url(`${askPath}?lang=de`));
    await expect(page.$$('form[action$="/workflow"]')).resolves.toHaveLength(0);
    await expect(page.content()).resolves.toContain('Diese Sprache der Seite ist nicht veröffentlicht');
    await context.close();
  }, 120_000);

  test('a form that posts unpublish without the confirmation field is sent to the confirmation page and unpublishes nothing', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), editor.email);
    await page.goto(site.url(`/de/editor/documents/${ids.forged}/unpublish?lang=de`));
    // The same form with the CSRF token, minus the field only the confirmation page sends.
    await page.evaluate(() => document.querySelector('input[name="confirmed"]')?.remove());
    const askPath = `/de/editor/documents/${ids.forged}/unpublish`;
    await Promise.all([page.waitForURL((u) => u.pathname === askPath), page.click('form[action$="/workflow"] button.button-danger')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Veröffentlichung zurückziehen?');
    expect(await status(ids.forged)).toBe('published');
    await context.close();
  }, 60_000);

  test('by keyboard: the confirmation page is axe-clean, Cancel keeps the page, the destructive button looks unlike the primary one', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), editor.email);
    await page.goto(documentUrl(ids.keyboard));

    const looks = (p: Page, selector: string) =>
      p.$eval(selector, (el) => {
        const s = getComputedStyle(el);
        return { color: s.color, background: s.backgroundColor, border: s.borderTopColor };
      });
    const primary = await looks(page, '.editor-workflow .block-actions button[value="submit"]');
    const danger = await looks(page, '.editor-danger-actions button');
    expect(danger).toEqual({ color: 'rgb(139, 0, 0)', background: 'rgb(255, 255, 255)', border: 'rgb(139, 0, 0)' });
    expect(danger).not.toEqual(primary);

    const askPath = `/de/editor/documents/${ids.keyboard}/unpublish`;
    await tabTo(page, '.editor-danger-actions button');
    await Promise.all([page.waitForURL((u) => u.pathname === askPath), page.keyboard.press('Enter')]);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, `a[href="/de/editor/documents/${ids.keyboard}?lang=de"]`);
    await Promise.all([page.waitForURL((u) => u.pathname === `/de/editor/documents/${ids.keyboard}`), page.keyboard.press('Enter')]);
    expect(await status(ids.keyboard)).toBe('published');

    await tabTo(page, '.editor-danger-actions button');
    await Promise.all([page.waitForURL((u) => u.pathname === askPath), page.keyboard.press('Enter')]);
    await tabTo(page, 'form[action$="/workflow"] button.button-danger');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toEqual({
      id: 'editor-message',
      role: 'status',
      text: 'Diese Sprachfassung ist nicht mehr öffentlich.',
    });
    expect(await status(ids.keyboard)).toBe('unpublished');
    await context.close();
  }, 120_000);
});
