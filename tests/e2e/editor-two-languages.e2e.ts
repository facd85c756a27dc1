/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import { createUser } from '../factories/user.factory';
import { describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { focusedMessage, signInWithKeyboard, signOutWithKeyboard } from '../support/editor-keyboard';

const TENANT = 'gesundheit';

const ARTICLE = [
  '# Blutdruck im Alltag',
  '',
  'Der Blutdruck schwankt über den Tag. Das ist normal.',
  '',
  '## Wann messen?',
  '',
  'Messen Sie morgens und abends zur gleichen Zeit.',
].join('\n');

/**
 * The promise, in one run: a pasted Markdown article goes from import to
 * published in German and English without leaving the editor (import, the
 * translation workspace, the workflow bar of each language, a second person
 * approving), and patients then read both.
 */
describeInBrowser('from a pasted article to published in two languages, all in the editor', () => {
  let editor: { email: string };
  let reviewer: { email: string };
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    reviewer = await createUser(services, { tenantSlug: TENANT, role: 'reviewer' });
  });

  let page: Page;
  beforeAll(() => {
    page = site.browser.page;
  });

  /** Clicks a workflow button of one language and expects the status the editor shows. */
  async function workflow(docPath: string, lang: string, action: string): Promise<void> {
    await page.goto(site.url(`${docPath}?lang=${lang}`));
    await Promise.all([page.waitForURL((url) => url.searchParams.has('flash')), page.click(`button[name="action"][value="${action}"]`)]);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status' });
  }

  test('import, translate into English, submit, a reviewer approves, publish both: patients read both', async () => {
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), editor.email);

    await page.goto(site.url('/de/editor/import'));
    await page.fill('#import-source', ARTICLE);
    await Promise.all([
      page.waitForURL((url) => /\/editor\/documents\/[^/]+$/.test(url.pathname)),
      page.click('form:has(#import-source) button[type="submit"]'),
    ]);
    const docPath = new URL(page.url()).pathname;

    await page.goto(site.url(`${docPath}/translate?to=en&filter=all`));
    await page.fill('#target-title', 'Blood pressure in everyday life');
    if (await page.locator('#target-summary').count()) await page.fill('#target-summary', 'Why it changes and when to measure it.');
    const targets = page.locator('textarea[name^="tr-"]');
    const count = await targets.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) await targets.nth(i).fill(`English text of part ${i + 1}.`);
    await Promise.all([page.waitForURL((url) => url.searchParams.has('flash')), page.click('button[name="op"][value="save"]')]);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status' });

    for (const lang of ['de', 'en']) await workflow(docPath, lang, 'submit');
    await signOutWithKeyboard(page);

    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), reviewer.email);
    for (const lang of ['de', 'en']) await workflow(docPath, lang, 'approve');
    await signOutWithKeyboard(page);

    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), editor.email);
    for (const lang of ['de', 'en']) await workflow(docPath, lang, 'publish');

    const documentId = docPath.split('/').pop()!;
    const { services } = site.database;
    const tenantId = (await services.tenancy.bySlug(TENANT)).id;
    const slugs = await services.db.withTenant(tenantId, async (tx) =>
      Object.fromEntries((await services.documents.locales(tx, documentId)).map((l) => [l.locale, { slug: l.slug, status: l.status }])),
    );
    expect(slugs.de?.status).toBe('published');
    expect(slugs.en?.status).toBe('published');

    await page.goto(site.url(`/de/${slugs.de!.slug}`));
    await expect(page.locator('h1').textContent()).resolves.toBe('Blutdruck im Alltag');
    await page.goto(site.url(`/en/${slugs.en!.slug}`));
    await expect(page.locator('h1').textContent()).resolves.toBe('Blood pressure in everyday life');
    await expect(page.locator('main').textContent()).resolves.toContain('English text of part');
  });
});
