/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { BrowserContext, Page } from 'playwright-core';
import { unsubscribeToken } from '../../apps/api/src/modules/notifications/unsubscribe-token';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { GERMAN_HOST, useSite } from '../support/browser-site';
import { rawRequest } from '../support/raw-http';

describeInBrowser('the notification settings page and the unsubscribe link', () => {
  let editor: { id: string; email: string };
  let tenantId: string;
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: 'gesundheit', role: 'editor' });
    tenantId = (await services.tenancy.bySlug('gesundheit')).id;
  });
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function page(javaScriptEnabled: boolean): Promise<Page> {
    const context = await site.browser.newContext({ javaScriptEnabled });
    contexts.push(context);
    return context.newPage();
  }

  /** The member's stored settings, read as the owner. */
  async function stored(): Promise<{ off: string[]; daily: string[]; locale: string | null; key: Buffer } | undefined> {
    const rows: { off: string[]; daily: string[]; locale: string | null; unsubscribe_key: Buffer }[] = await site.database.dataSource.query(
      `SELECT off, daily, locale, unsubscribe_key FROM notification_preferences WHERE tenant_id = $1 AND user_id = $2`,
      [tenantId, editor.id],
    );
    return rows[0] && { off: rows[0].off, daily: rows[0].daily, locale: rows[0].locale, key: rows[0].unsubscribe_key };
  }

  test('without JavaScript, a member chooses per kind immediately, daily summary or none, and the language; the page is axe-clean', async () => {
    const noScript = await page(false);
    await noScript.goto(site.url('/de/editor/sign-in'));
    await noScript.fill('#email', editor.email);
    await noScript.fill('#password', TEST_PASSWORD);
    await Promise.all([noScript.waitForURL(/flash=/), noScript.press('#password', 'Enter')]);
    await noScript.goto(site.url('/de/editor/account/notifications'));
    expect(await noScript.textContent('h1')).toBe('E-Mail-Benachrichtigungen');
    // Every kind is sent immediately until changed: one radio group per kind, "immediately" chosen.
    expect(await noScript.$$eval('input[type="radio"]:checked', (radios) => radios.map((r) => (r as HTMLInputElement).id))).toEqual([
      'kind-REVIEW_REQUESTED-IMMEDIATELY',
      'kind-REVIEW_APPROVED-IMMEDIATELY',
      'kind-REVIEW_SENT_BACK-IMMEDIATELY',
      'kind-DOCUMENT_PUBLISHED-IMMEDIATELY',
      'kind-SCHEDULED_CHANGE-IMMEDIATELY',
      'kind-INVITATION_ACCEPTED-IMMEDIATELY',
      'kind-REVIEW_OVERDUE-IMMEDIATELY',
    ]);
    // The weekly list is a summary already: it offers no daily summary.
    expect(await noScript.locator('#kind-REVIEW_OVERDUE-DAILY_DIGEST').count()).toBe(0);
    // Each group is a fieldset named by its kind, so a screen reader announces the kind with each choice.
    expect(await noScript.textContent('fieldset.field:has(#kind-REVIEW_SENT_BACK-OFF) > legend')).toBe(
      'eine von mir eingereichte Fassung zurückgeschickt wird',
    );
    await noScript.check('#kind-REVIEW_APPROVED-OFF');
    await noScript.check('#kind-REVIEW_SENT_BACK-DAILY_DIGEST');
    await noScript.selectOption('#locale', 'en');
    await Promise.all([
      noScript.waitForURL(/flash=/),
      noScript.click('button[type="submit"].button >> text=Benachrichtigungseinstellungen speichern'),
    ]);
    expect(await noScript.locator('[role="status"]').textContent()).toBe('Ihre Benachrichtigungseinstellungen sind gespeichert.');
    expect(await noScript.isChecked('#kind-REVIEW_APPROVED-OFF')).toBe(true);
    expect(await noScript.isChecked('#kind-REVIEW_SENT_BACK-DAILY_DIGEST')).toBe(true);
    expect(await noScript.isChecked('#kind-REVIEW_REQUESTED-IMMEDIATELY')).toBe(true);
    expect(await noScript.inputValue('#locale')).toBe('en');
    expect(await stored()).toMatchObject({ off: ['reviewApproved'], daily: ['reviewSentBack'], locale: 'en' });

    // The same page with scripts on, for axe (which runs in the page).
    const withScript = await page(true);
    await withScript.goto(site.url('/de/editor/sign-in'));
    await withScript.fill('#email', editor.email);
    await withScript.fill('#password', TEST_PASSWORD);
    await Promise.all([withScript.waitForURL(/flash=/), withScript.press('#password', 'Enter')]);
    await withScript.goto(site.url('/de/editor/account/notifications'));
    expect(await withScript.textContent('label[for="kind-REVIEW_REQUESTED-DAILY_DIGEST"]')).toBe('Einmal täglich, in der Zusammenfassung');
    expect(await axeViolations(withScript)).toEqual([]);
  });

  test('the unsubscribe link asks before it changes anything, then turns that kind off without a session; a forged one is refused', async () => {
    const row = await stored();
    const token = unsubscribeToken(row!.key, tenantId, editor.id, 'reviewRequested');
    const noScript = await page(false);
    // Opening the List-Unsubscribe address in a browser only shows the question.
    await noScript.goto(site.url(`/de/editor/unsubscribe/one-click?token=${encodeURIComponent(token)}`));
    expect(await noScript.textContent('h1')).toBe('Diese E-Mails abbestellen?');
    expect(await noScript.textContent('main')).toContain('wenn eine Fassung zur Prüfung eingereicht wird?');
    expect((await stored())!.off).not.toContain('reviewRequested');
    await Promise.all([noScript.waitForURL(/done=/), noScript.click('button:has-text("Diese E-Mails abschalten")')]);
    expect(await noScript.textContent('h1')).toBe('E-Mails abgeschaltet');
    expect((await stored())!.off).toEqual(['reviewRequested', 'reviewApproved']);

    const withScript = await page(true);
    await withScript.goto(site.url(`/de/editor/unsubscribe?token=${encodeURIComponent(token)}`));
    expect(await axeViolations(withScript)).toEqual([]);

    // A mail program's one click (RFC 8058): a POST with just List-Unsubscribe=One-Click.
    const oneClick = (t: string) =>
      rawRequest(
        site.web.port,
        'POST',
        `/de/editor/unsubscribe/one-click?token=${encodeURIComponent(t)}`,
        { host: `${GERMAN_HOST}:${site.web.port}`, 'content-type': 'application/x-www-form-urlencoded' },
        'List-Unsubscribe=One-Click',
      );
    const published = unsubscribeToken(row!.key, tenantId, editor.id, 'documentPublished');
    expect((await oneClick(published)).status).toBe(200);
    expect((await stored())!.off).toContain('documentPublished');
    const forged = unsubscribeToken(Buffer.alloc(32), tenantId, editor.id, 'reviewOverdue');
    expect((await oneClick(forged)).status).toBe(400);
    expect((await stored())!.off).not.toContain('reviewOverdue');
  });
});
