/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import { createDocument, paragraph, publish } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';

const TENANT = 'gesundheit';
const text = (t: string) => ({ type: 'text' as const, text: t });

describeInBrowser('the emergency notice', () => {
  let editor: { email: string };
  let tenantId: string;
  let draftId: string;
  const site = useSite(async ({ services }) => {
    tenantId = (await services.tenancy.bySlug(TENANT)).id;
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    const { document } = await createDocument(services, tenantId, {
      slug: 'brustschmerz',
      title: 'Brustschmerz',
      blocks: [
        {
          id: 'em-herz',
          type: 'emergency',
          content: [text('Rufen Sie sofort den Notruf an: '), { type: 'link', href: 'tel:112', children: [text('112')] }, text('.')],
        },
        paragraph('p-ursachen', 'Brustschmerz hat viele Ursachen. Oft ist er harmlos.'),
      ],
    });
    await publish(services, tenantId, document.id);
    draftId = (await createDocument(services, tenantId, { slug: 'entwurf-notfall', title: 'Entwurf' })).document.id;
  });

  test.each([
    ['default theme', 'size=100&contrast=standard&spacing=normal&motion=system'],
    ['high-contrast theme', 'size=100&contrast=high&spacing=normal&motion=system'],
  ])('the patient page shows it as a region named "Notfall" with its text, and axe finds no violation (%s)', async (_theme, cookie) => {
    const { page, context } = site.browser;
    await context.addCookies([{ name: 'careleaf-reading', value: cookie, url: site.url('/') }]);
    const response = await page.goto(site.url('/de/brustschmerz'));
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('region', { name: 'Notfall' });
    await expect(notice.count()).resolves.toBe(1);
    await expect(notice.textContent()).resolves.toContain('Rufen Sie sofort den Notruf an: 112.');
    await expect(notice.getByRole('link', { name: '112' }).getAttribute('href')).resolves.toBe('tel:112');
    // In the accessibility tree: a landmark with its name, before the article's other text.
    const snapshot = await page.locator('main').ariaSnapshot();
    expect(snapshot).toMatch(/region "Notfall"[\s\S]*Brustschmerz hat viele Ursachen/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the editor adds one from "Add a block", edits its text, and it is stored as an emergency block', async () => {
    const page: Page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url('/de/editor/sign-in'));
    await page.fill('#email', editor.email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/flash=/), page.press('#password', 'Enter')]);

    await page.goto(site.url(`/de/editor/documents/${draftId}`));
    await page.selectOption('#new-kind', 'emergency');
    await page.fill('#new-text', 'Rufen Sie die 112 an.');
    await Promise.all([page.waitForURL(/flash=/), page.click('button[value="add"]')]);
    const field = page.locator('fieldset.editor-block-emergency textarea');
    await expect(field.count()).resolves.toBe(1);
    await field.fill('Rufen Sie **sofort** die 112 an.');
    await Promise.all([page.waitForURL(/flash=/), page.click('form.editor-form button[value="save"]')]);

    const stored = await site.database.services.db.withTenant(tenantId, async (tx) => {
      const revisions = await site.database.services.documents.revisions(tx, draftId, 'de');
      return revisions[0]!.content;
    });
    expect(stored.blocks.filter((b) => b.type === 'emergency')).toEqual([
      {
        id: expect.stringMatching(/^em-/),
        type: 'emergency',
        content: [text('Rufen Sie '), { type: 'strong', children: [text('sofort')] }, text(' die 112 an.')],
      },
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
