/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { createDocument, paragraph, systemActor } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { GERMAN_HOST, useSite } from '../support/browser-site';

const TENANT = 'gesundheit';

describeInBrowser('the publish gate in the editor', () => {
  let admin: { email: string };
  let tenantId: string;
  let documentId: string;
  const site = useSite(
    async ({ services }) => {
      admin = await createUser(services, { tenantSlug: TENANT, role: 'admin' });
      tenantId = (await services.tenancy.bySlug(TENANT)).id;
      // Approved, but with no author, reviewer, review date or source.
      documentId = (
        await createDocument(services, tenantId, {
          slug: 'ohne-angaben',
          title: 'Ohne Angaben',
          blocks: [paragraph('p-1', 'Kurzer Text.')],
        })
      ).document.id;
      await services.db.withTenant(tenantId, async (tx) => {
        for (const step of ['submit', 'approve'] as const)
          await services.workflow.transition(tx, systemActor, step, { documentId, locale: 'de' });
      });
    },
    {},
    { gate: true },
  );

  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
    await page.goto(site.url('/de/editor/sign-in', GERMAN_HOST));
    await page.fill('#email', admin.email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL((u) => u.pathname === '/de/editor'), page.press('#password', 'Enter')]);
  });
  afterEach(async () => {
    await context.close();
  });

  test('the editor sees the missing requirements before publishing, and the refusal, in German', async () => {
    await page.goto(site.url(`/de/editor/documents/${documentId}`, GERMAN_HOST));
    const list = page.locator('#publish-requirements');
    await expect(list.textContent()).resolves.toContain('Nennen Sie eine Autorin oder einen Autor.');
    await expect(list.textContent()).resolves.toContain('Belegen Sie die medizinischen Aussagen mit mindestens einer Quelle.');
    await Promise.all([page.waitForURL((u) => u.searchParams.has('flash')), page.click('button[value="publish"]')]);
    await expect(page.locator('#editor-message').textContent()).resolves.toContain(
      'Das kann noch nicht veröffentlicht werden: 4 Voraussetzungen fehlen.',
    );
    const row = await site.database.services.db.withTenant(tenantId, (tx) =>
      site.database.services.documents.documentLocale(tx, documentId, 'de'),
    );
    expect(row.status).toBe('approved');
  });

  test('the settings section "Publishing requirements" saves and passes axe', async () => {
    await page.goto(site.url('/de/editor/settings', GERMAN_HOST));
    expect(await axeViolations(page)).toEqual([]);
    await page.uncheck('#publish-rule-sources');
    await page.check('#publish-readability-error');
    await Promise.all([
      page.waitForURL((u) => u.searchParams.has('flash')),
      page.click('section[aria-labelledby="publishing-heading"] button[type="submit"]'),
    ]);
    await expect(page.locator('section[aria-labelledby="publishing-heading"]').textContent()).resolves.toContain(
      'Voraussetzungen für das Veröffentlichen gespeichert.',
    );
    const view = await site.database.services.db.withTenant(tenantId, (tx) => site.database.services.tenancy.view(tx));
    expect(view.publishRequirements).toMatchObject({ author: true, sources: false, readability: 'error' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
