/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { BrowserContext, Page } from 'playwright-core';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { createWebhookDelivery } from '../factories/webhook.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';

describeInBrowser('the webhook settings page', () => {
  let admin: { id: string; email: string };
  let editor: { id: string; email: string };
  let loggedHook: string;
  const site = useSite(async ({ services }) => {
    admin = await createUser(services, { tenantSlug: 'gesundheit', role: 'admin' });
    editor = await createUser(services, { tenantSlug: 'gesundheit', role: 'editor' });
    // A webhook whose one delivery found nobody listening: the log has a failed try to show and send again.
    loggedHook = (await createWebhookDelivery(services, (await services.tenancy.bySlug('gesundheit')).id)).webhookId;
  });
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function signedIn(email: string, javaScriptEnabled: boolean): Promise<Page> {
    const context = await site.browser.newContext({ javaScriptEnabled });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(site.url('/de/editor/sign-in'));
    await page.fill('#email', email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/flash=/), page.press('#password', 'Enter')]);
    return page;
  }

  const submit = async (page: Page, selector: string) => {
    const before = page.url();
    await Promise.all([page.waitForURL((u) => u.href !== before && u.searchParams.has('flash')), page.click(selector)]);
  };

  test('without JavaScript an admin adds a webhook, sees its secret once, switches it off and deletes it after confirming', async () => {
    const page = await signedIn(admin.email, false);
    await page.goto(site.url('/de/editor/settings/webhooks'));
    expect(await page.textContent('h1')).toBe('Webhooks');

    // A wrong address: the message names the field, which keeps nothing stored.
    await page.fill('#webhook-url', 'keine adresse');
    await submit(page, 'button >> text=Webhook hinzufügen');
    expect(await page.locator('.error-summary a[href="#webhook-url"]').textContent()).toContain('vollständige http(s)-Adresse');
    expect(await page.getAttribute('#webhook-url', 'aria-invalid')).toBe('true');

    await page.fill('#webhook-url', 'http://127.0.0.1:9/portal');
    await page.fill('#webhook-description', 'Partnerportal Nord');
    await page.check('#webhook-event-registry\\.changed');
    await submit(page, 'button >> text=Webhook hinzufügen');
    expect(await page.locator('[role="status"]').textContent()).toContain('Webhook hinzugefügt.');
    const secret = (await page.textContent('#webhook-secret'))!.trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(await page.textContent('table')).toContain('http://127.0.0.1:9/portal');

    // Saved: the secret is gone from the page, and no later page shows it.
    await submit(page, 'button >> text=Ich habe das Geheimnis gespeichert');
    expect(await page.locator('#webhook-secret').count()).toBe(0);
    await page.reload();
    expect(await page.content()).not.toContain(secret);

    await submit(page, 'button >> text=Partnerportal Nord abschalten');
    expect(await page.locator('[role="status"]').textContent()).toBe('Webhook abgeschaltet.');
    expect(await page.locator('tr', { hasText: 'Partnerportal Nord' }).textContent()).toContain('Abgeschaltet');

    await page.click('a >> text=Partnerportal Nord löschen');
    expect(await page.textContent('h1')).toBe('Webhook löschen');
    await submit(page, 'button >> text=Webhook an http://127.0.0.1:9/portal löschen');
    expect(await page.locator('[role="status"]').textContent()).toBe('Webhook gelöscht.');
    expect(await page.content()).not.toContain('Partnerportal Nord');
  });

  test('the delivery log shows each try and sends a delivery again; the pages are axe-clean', async () => {
    const noScript = await signedIn(admin.email, false);
    await noScript.goto(site.url(`/de/editor/settings/webhooks/${loggedHook}`));
    expect(await noScript.textContent('h1')).toBe('Zustellprotokoll');
    expect(await noScript.textContent('tbody')).toContain('Keine Antwort');
    await submit(noScript, 'tbody button >> nth=0');
    expect(await noScript.locator('[role="status"]').textContent()).toBe('Die Zustellung wird erneut gesendet.');
    expect(await noScript.locator('tbody tr').count()).toBe(2);
    expect(await noScript.textContent('tbody')).toContain('(erneut gesendet)');

    const withScript = await signedIn(admin.email, true);
    await withScript.goto(site.url(`/de/editor/settings/webhooks/${loggedHook}`));
    expect(await axeViolations(withScript)).toEqual([]);
    // The list with a new secret showing.
    await withScript.goto(site.url('/en/editor/settings/webhooks'));
    await withScript.fill('#webhook-url', 'http://127.0.0.1:9/axe');
    await submit(withScript, 'button >> text=Add webhook');
    expect(await withScript.locator('#webhook-secret').count()).toBe(1);
    expect(await axeViolations(withScript)).toEqual([]);
  });

  test('without JavaScript an admin lists the web origins that may read the API; a bad one is refused with the text kept', async () => {
    const page = await signedIn(admin.email, false);
    await page.goto(site.url('/de/editor/settings/webhooks'));
    await page.fill('#cors-origins', 'https://portal.example.org\nhttps://app.example.org/pfad');
    await submit(page, 'button >> text=Web-Herkünfte speichern');
    expect(await page.locator('.error-summary a[href="#cors-origins"]').textContent()).toContain('https://app.example.org/pfad');
    expect(await page.getAttribute('#cors-origins', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#cors-origins')).toContain('https://app.example.org/pfad');

    await page.fill('#cors-origins', 'https://portal.example.org\nhttps://app.example.org');
    await submit(page, 'button >> text=Web-Herkünfte speichern');
    expect(await page.locator('[role="status"]').textContent()).toContain('Die erlaubten Web-Herkünfte sind gespeichert.');
    expect((await page.inputValue('#cors-origins')).split('\n')).toEqual(['https://portal.example.org', 'https://app.example.org']);
    // The API now answers a listed origin's preflight with its CORS headers.
    const preflight = await fetch(`${site.api.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { 'x-tenant': 'gesundheit', origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
  });

  test('a member who is not an admin is told the page is not theirs, and sees no webhook', async () => {
    const page = await signedIn(editor.email, false);
    await page.goto(site.url('/de/editor/settings/webhooks'));
    expect(await page.textContent('h1')).toBe('Nicht erlaubt');
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.content()).not.toContain('127.0.0.1:9');
  });
});
