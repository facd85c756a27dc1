import type { Page } from 'playwright-core';
import { createDocument } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';

const TENANT = 'gesundheit';
const ARTICLE = '# Diabetes Typ 2\n\nZu viel Zucker im Blut. Bewegung und Essen helfen.\n';

describeInBrowser('the address of an imported article', () => {
  let editor: { email: string };
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    const tenantId = (await services.tenancy.bySlug(TENANT)).id;
    // The address the article's title gives is taken.
    await createDocument(services, tenantId, { slug: 'diabetes-typ-2', title: 'Diabetes Typ 2 (alt)' });
  });

  async function signIn(page: Page): Promise<void> {
    await page.goto(site.url('/de/editor/sign-in'));
    await page.fill('#email', editor.email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/\/de\/editor\?flash=/), page.click('form[action$="/sign-in/submit"] button')]);
  }

  async function importTaken(page: Page): Promise<void> {
    await page.goto(site.url('/de/editor/import'));
    await page.fill('#import-source', ARTICLE);
    await Promise.all([
      page.waitForURL(/\/de\/editor\/import\?flash=/),
      page.click('form[action$="/import/submit"] button[type="submit"]:not([name])'),
    ]);
  }

  test('without JavaScript, a taken address keeps the pasted article, links the error to the address and imports with the offered one', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page);
    await importTaken(page);

    await expect(page.inputValue('#import-source')).resolves.toBe(ARTICLE);
    const link = page.locator('.error-summary a');
    await expect(link.getAttribute('href')).resolves.toBe('#import-slug');
    await expect(link.textContent()).resolves.toContain('diabetes-typ-2');
    await expect(page.getAttribute('#import-slug', 'aria-invalid')).resolves.toBe('true');
    const accept = page.locator('button[name="acceptSlug"]');
    await expect(accept.getAttribute('value')).resolves.toBe('diabetes-typ-2-2');

    await Promise.all([page.waitForURL(/\/de\/editor\/documents\/[0-9a-f-]+\?/), accept.click()]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Diabetes Typ 2');

    // The draft's address: a taken one is refused with the typed value kept and a free one offered; a free one is saved.
    await expect(page.inputValue('#doc-slug')).resolves.toBe('diabetes-typ-2-2');
    await page.fill('#doc-slug', 'diabetes-typ-2');
    await Promise.all([page.waitForURL(/flash=/), page.click('form[action$="/address"] button[type="submit"]:not([name])')]);
    await expect(page.locator('.error-summary a').getAttribute('href')).resolves.toBe('#doc-slug');
    await expect(page.inputValue('#doc-slug')).resolves.toBe('diabetes-typ-2');
    await expect(page.locator('button[name="acceptSlug"]').getAttribute('value')).resolves.toBe('diabetes-typ-2-3');
    await page.fill('#doc-slug', 'zucker-im-blut');
    await Promise.all([page.waitForURL(/flash=/), page.click('form[action$="/address"] button[type="submit"]:not([name])')]);
    await expect(page.locator('.notice').count()).resolves.toBe(1);
    await expect(page.inputValue('#doc-slug')).resolves.toBe('zucker-im-blut');
    await context.close();
  }, 120_000);

  test('the import form with the address error passes axe', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page);
    await importTaken(page);
    await expect(page.locator('button[name="acceptSlug"]').getAttribute('value')).resolves.toMatch(/^diabetes-typ-2-\d+$/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
