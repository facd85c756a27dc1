/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { BrowserContext, Page } from 'playwright-core';
import { createPublishedDocument } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { focusedMessage, signInWithKeyboard, tabTo } from '../support/editor-keyboard';
import { signIn } from '../support/session';

const TENANT = 'gesundheit';
/** More role changes than one page of the screen holds (25), so the filtered list has an older page. */
const ROLE_CHANGES = 27;

/** The text of each cell of a column of the results table, top to bottom. */
async function column(page: Page, index: number): Promise<string[]> {
  return page.locator(`table.editor-table tbody tr > :nth-child(${index})`).allTextContents();
}

describeInBrowser('the audit log screen', () => {
  let admin: { id: string; email: string };
  let reviewer: { id: string; email: string };
  let member: { id: string; email: string };
  let documentId: string;
  const site = useSite(async ({ services }) => {
    admin = await createUser(services, { tenantSlug: TENANT, role: 'admin' });
    reviewer = await createUser(services, { tenantSlug: TENANT, role: 'reviewer' });
    member = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    const tenantId = (await services.tenancy.bySlug(TENANT)).id;
    documentId = (await createPublishedDocument(services, tenantId, { title: 'Protokollierter Artikel' })).document.id;
  });

  beforeAll(async () => {
    // Role changes as the admin makes them through the API: each is written to the log with the admin as actor.
    const client = await signIn(site.api, { email: admin.email, tenant: TENANT });
    for (let i = 0; i < ROLE_CHANGES; i++) {
      const res = await client.gql(`mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { role } } }`, {
        variables: { input: { userId: member.id, role: i % 2 === 0 ? 'REVIEWER' : 'EDITOR' } },
      });
      expect(res.body.errors).toBeUndefined();
    }
  });

  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  test('an admin reaches the log from the navigation by keyboard, filters it by action and pages to older entries', async () => {
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), admin.email);
    await tabTo(page, 'a[href="/de/editor/audit"]');
    await Promise.all([page.waitForURL(/\/de\/editor\/audit$/), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Protokoll');
    await expect(page.locator('table caption').textContent()).resolves.toBe('Protokolleinträge, das Neueste zuerst');
    await expect(page.locator('thead th[scope="col"]').allTextContents()).resolves.toEqual([
      'Zeit (UTC)',
      'Wer',
      'Was',
      'Objekt',
      'Details',
    ]);
    // Newest first (after the sign-ins): the last role change, in German, with the admin as actor and what changed.
    await expect(column(page, 3)).resolves.toContain('Angemeldet');
    const first = page.locator('tbody tr', { hasText: 'Rolle geändert' }).first();
    await expect(first.locator('th[scope="row"] time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(first.locator('td').allTextContents()).resolves.toEqual([
      admin.email,
      'Rolle geändert',
      `Person ${member.id}`,
      'role: editor → reviewer',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The publish (older than the role changes) is on a later page of the whole log; filter for it.
    // Type-ahead on the closed select (ASCII only: the browser sends other letters as text input, not key presses).
    await tabTo(page, '#audit-action');
    await page.keyboard.type('Ver');
    await expect(page.inputValue('#audit-action')).resolves.toBe('workflow.publish');
    await tabTo(page, 'form[method="get"] button[type="submit"]');
    await Promise.all([page.waitForURL(/action=workflow\.publish/), page.keyboard.press('Enter')]);
    await expect(page.inputValue('#audit-actor')).resolves.toBe('');
    await expect(page.inputValue('#audit-action')).resolves.toBe('workflow.publish');
    const publishes = await column(page, 3);
    expect(publishes.length).toBeGreaterThan(0);
    expect(new Set(publishes)).toEqual(new Set(['Veröffentlicht']));
    await expect(page.locator(`tbody a[href="/de/editor/documents/${documentId}"]`).count()).resolves.toBe(1);

    // Role changes: a full page of them, then the older ones behind a link that keeps the filter.
    await page.goto(site.url('/de/editor/audit'));
    await tabTo(page, '#audit-action');
    await page.keyboard.type('Rolle');
    await tabTo(page, 'form[method="get"] button[type="submit"]');
    await Promise.all([page.waitForURL(/action=membership\.update/), page.keyboard.press('Enter')]);
    const firstPage = await column(page, 3);
    expect(firstPage).toHaveLength(25);
    expect(new Set(firstPage)).toEqual(new Set(['Rolle geändert']));
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'a[rel="next"]');
    await expect(page.locator('a[rel="next"]').textContent()).resolves.toBe('Ältere Einträge');
    await Promise.all([page.waitForURL(/after=/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.searchParams.get('action')).toBe('membership.update');
    const olderPage = await column(page, 3);
    // The rest of the role changes, and the editor's joining was a membership.create: not listed here.
    expect(olderPage).toHaveLength(ROLE_CHANGES - 25);
    expect(new Set(olderPage)).toEqual(new Set(['Rolle geändert']));
    await expect(page.locator('a[rel="next"]').count()).resolves.toBe(0);
    await expect(page.locator('a', { hasText: 'Zurück zu den neuesten Einträgen' }).getAttribute('href')).resolves.toBe(
      '/de/editor/audit?action=membership.update',
    );
  });

  test('a filter nothing matches says so instead of showing an empty table', async () => {
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), admin.email);
    await page.goto(site.url('/de/editor/audit?actor=niemand%40example.org'));
    await expect(page.locator('table.editor-table').count()).resolves.toBe(0);
    await expect(page.locator('#audit-caption').textContent()).resolves.toBe('Keine Einträge passen zu diesem Filter.');
    await expect(page.inputValue('#audit-actor')).resolves.toBe('niemand@example.org');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a "to" day before the "from" day is refused by the API and shown in the error summary, linked to the field', async () => {
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), admin.email);
    await page.goto(site.url('/de/editor/audit'));
    await page.fill('#audit-from', '2025-12-05');
    await page.fill('#audit-to', '2025-12-01');
    await tabTo(page, 'form[method="get"] button[type="submit"]');
    await Promise.all([page.waitForURL(/to=2025-12-01/), page.keyboard.press('Enter')]);
    const message = await focusedMessage(page);
    expect(message).toMatchObject({ id: 'editor-message', role: 'alert' });
    expect(message.text).toContain('Bis (Tag, UTC, einschließlich): Der niedrigste Wert liegt über dem höchsten.');
    await expect(page.getAttribute('#editor-message a', 'href')).resolves.toBe('#audit-to');
    await expect(page.getAttribute('#audit-to', 'aria-invalid')).resolves.toBe('true');
    await expect(page.inputValue('#audit-from')).resolves.toBe('2025-12-05');
    await expect(page.locator('table.editor-table').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '#editor-message a');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('audit-to');
  });

  test('an overlong actor in the URL is refused on the page, linked to the field, and no entries are shown', async () => {
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), admin.email);
    await page.goto(site.url(`/de/editor/audit?actor=${'a'.repeat(300)}`));
    const message = await focusedMessage(page);
    expect(message).toMatchObject({ role: 'alert' });
    expect(message.text).toContain('Wer (E-Mail-Adresse oder Benutzer-ID): höchstens 254 Zeichen.');
    await expect(page.getAttribute('#editor-message a', 'href')).resolves.toBe('#audit-actor');
    await expect(page.locator('table.editor-table, #audit-caption').count()).resolves.toBe(0);
  });

  test('the English page names the same entries in English', async () => {
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), admin.email);
    await page.goto(site.url('/en/editor/audit?action=membership.update'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Audit log');
    await expect(page.locator('#audit-action option:checked').textContent()).resolves.toBe('Role changed');
    expect(new Set(await column(page, 3))).toEqual(new Set(['Role changed']));
  });

  test('a reviewer has no link to the log and gets "not allowed" at its address', async () => {
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), reviewer.email);
    await expect(page.locator('a[href="/de/editor/audit"]').count()).resolves.toBe(0);
    await page.goto(site.url('/de/editor/audit?action=membership.update'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Nicht erlaubt');
    await expect(page.locator('#audit-actor, table.editor-table').count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.not.toContain(admin.email);
    expect(await axeViolations(page)).toEqual([]);
  });
});
