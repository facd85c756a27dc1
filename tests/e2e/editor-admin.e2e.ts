/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { BrowserContext, Page } from 'playwright-core';
import { createRegistryEntry } from '../factories/registry.factory';
import { testActor } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { AUSTRIAN_HOST, GERMAN_HOST, useSite } from '../support/browser-site';

const TENANT = 'gesundheit';

async function tabTo(page: Page, selector: string, maxTabs = 150): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Presses Enter on the focused control and waits for the redirect that carries a one-off message. */
async function enterAndWait(page: Page): Promise<void> {
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before && url.searchParams.has('flash')), page.keyboard.press('Enter')]);
}

/** What has focus once the page's script has moved it to the message. */
async function focusedMessage(page: Page): Promise<{ id: string; role: string | null; text: string }> {
  await page.waitForFunction(() => document.activeElement?.id === 'editor-message', undefined, { timeout: 5000 }).catch(() => undefined);
  return page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    role: document.activeElement?.getAttribute('role') ?? null,
    text: (document.activeElement?.textContent ?? '').trim(),
  }));
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Replaces the text of the focused field as a keyboard user would: select all, type. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describeInBrowser('the editor administration screens', () => {
  let admin: { id: string; email: string };
  let editor: { id: string; email: string };
  let colleague: { id: string; email: string };
  let both: { id: string; email: string };
  let tenantId: string;
  let entryId: string;
  const site = useSite(async ({ services }) => {
    admin = await createUser(services, { tenantSlug: TENANT, role: 'admin' });
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    colleague = await createUser(services, { tenantSlug: TENANT, role: 'reviewer' });
    both = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    await services.identity.setMembership('gesundheit-at', both.email, 'editor', [], testActor);
    tenantId = (await services.tenancy.bySlug(TENANT)).id;
    entryId = (await createRegistryEntry(services, tenantId, { texts: [{ locale: 'de', name: 'Zu prüfende Beratungsstelle' }] })).id;
  });

  const tenantView = () => site.database.services.db.withTenant(tenantId, (tx) => site.database.services.tenancy.view(tx));
  /** German names of the entries whose texts contain `text`. */
  const entryNames = async (text: string) =>
    (
      await site.database.services.db.withTenant(tenantId, (tx) =>
        site.database.services.registries.listForEditors(tx, { locale: 'de', text, first: 100, after: null }),
      )
    ).items.map((i) => i.node.texts.find((t) => t.locale === 'de')?.name);

  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  /** Signs in through the sign-in form by keyboard, on `host`; ends on the dashboard with the status focused. */
  async function signInWithKeyboard(email: string, host = GERMAN_HOST): Promise<void> {
    await page.goto(site.url('/de/editor/sign-in', host));
    await tabTo(page, '#email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await enterAndWait(page);
    expect(new URL(page.url()).pathname).toBe('/de/editor');
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Sie sind angemeldet.' });
  }

  test('a tenant admin fixes a theme with too little contrast by keyboard: the error is announced, linked and nothing is saved until it is fixed', async () => {
    await signInWithKeyboard(admin.email);
    await tabTo(page, 'a[href="/de/editor/settings"]');
    await Promise.all([page.waitForURL(/\/de\/editor\/settings$/), page.keyboard.press('Enter')]);
    await expectNoAxeViolations(page);
    await tabTo(page, 'a[href="/de/editor/settings/theme"]');
    await Promise.all([page.waitForURL(/\/settings\/theme$/), page.keyboard.press('Enter')]);
    await expectNoAxeViolations(page);

    // A pale link colour: too little contrast on the page background and on panels.
    await tabTo(page, '#theme-link');
    await retype(page, '#8ab4e0');
    await tabTo(page, 'form[action$="/settings/save"] button[type="submit"]');
    await enterAndWait(page);
    const message = await focusedMessage(page);
    expect(message).toMatchObject({ id: 'editor-message', role: 'alert' });
    expect(message.text).toContain('Links (#8ab4e0) auf Seitenhintergrund (#ffffff) hat einen Kontrast von 2,');
    expect(message.text).toContain('nötig sind mindestens 4,5:1');
    await expect(page.getAttribute('#editor-message a', 'href')).resolves.toBe('#theme-link');
    await expect(page.getAttribute('#theme-link', 'aria-invalid')).resolves.toBe('true');
    await expect(page.getAttribute('#theme-link', 'aria-describedby')).resolves.toBe('theme-hint theme-link-error');
    // Both pairs the link colour fails are named next to the field.
    await expect(page.locator('#theme-link-error').textContent()).resolves.toContain('Links (#8ab4e0) auf Kästen und Karten (#eef5f6)');
    // What was typed stays in the field, and nothing was stored.
    await expect(page.inputValue('#theme-link')).resolves.toBe('#8ab4e0');
    expect((await tenantView()).theme).toBeNull();
    await expectNoAxeViolations(page);

    // The error's link leads to the field; a darker colour passes.
    await tabTo(page, '#editor-message a');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('theme-link');
    await retype(page, '#005a70');
    await tabTo(page, 'form[action$="/settings/save"] button[type="submit"]');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'status',
      text: 'Das Farbschema ist gespeichert. Alle Farbpaare haben genug Kontrast.',
    });
    expect((await tenantView()).theme).toMatchObject({ link: '#005a70', background: '#ffffff' });
    // The patient site draws with the saved colours.
    await page.goto(site.url('/de'));
    await expect(page.locator('head style').first().textContent()).resolves.toContain('--color-link:#005a70');
  });

  test('a tenant admin invites a member and changes a role by keyboard', async () => {
    await signInWithKeyboard(admin.email);
    await page.goto(site.url('/de/editor/settings/members'));
    await expectNoAxeViolations(page);

    const invitee = `eingeladen-${Date.now()}@example.org`;
    await tabTo(page, '#invite-email');
    await page.keyboard.type(invitee);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('invite-role');
    await page.keyboard.press('ArrowDown'); // Redaktion → Medizinische Prüfung
    await expect(page.inputValue('#invite-role')).resolves.toBe('REVIEWER');
    await tabTo(page, 'form:has(#invite-email) button[type="submit"]');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Die Einladung wurde per E-Mail verschickt.' });
    await expect(page.locator('#invitations-heading ~ table tbody').textContent()).resolves.toContain(invitee);
    await expectNoAxeViolations(page);
    // The mail's language was the form's default, the page's: German text, a link that opens the German page.
    const mail = site.database.mail.lastTo(invitee);
    expect(mail?.subject).toMatch(/^Einladung zu .+ auf Careleaf$/);
    expect(mail?.text).toMatch(/\/de\/editor\/accept-invitation\?token=/);

    // The reviewer becomes an editor.
    await tabTo(page, `#role-${colleague.id}`);
    await page.keyboard.press('ArrowUp');
    await expect(page.inputValue(`#role-${colleague.id}`)).resolves.toBe('EDITOR');
    await tabTo(page, `form:has(#role-${colleague.id}) button[type="submit"]`);
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Die Rolle wurde geändert.' });
    const memberships = await site.database.services.identity.memberships(TENANT);
    expect(memberships.find((m) => m.email === colleague.email)?.role).toBe('editor');
    await expect(page.inputValue(`#role-${colleague.id}`)).resolves.toBe('EDITOR');

    // Removing asks first; the confirmation page is accessible too.
    await page.goto(site.url(`/de/editor/settings/members/${colleague.id}/remove`));
    await expect(page.locator('form[action$="/members/save"] p').textContent()).resolves.toContain(colleague.email);
    await expectNoAxeViolations(page);
  });

  test('a refused change to the languages names the row, keeps what was typed and stores nothing', async () => {
    await signInWithKeyboard(admin.email);
    await page.goto(site.url('/de/editor/settings'));
    const before = await tenantView();
    // The new row: a language whose fallback the site does not have.
    await page.fill('#locale-3-tag', 'de-CH');
    await page.fill('#locale-3-fallbacks', 'fr');
    await page.click('form:has(#locale-3-tag) button[type="submit"]');
    await page.waitForURL((url) => url.searchParams.has('flash'));
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'alert' });
    await expect(page.getAttribute('#locale-3-fallbacks', 'aria-invalid')).resolves.toBe('true');
    // In the page's language, from the reason and its parameter (LOCALE_NOT_OF_TENANT, locale: fr).
    await expect(page.locator('#locale-3-fallbacks-error').textContent()).resolves.toContain('„fr“ ist keine Sprache dieser Website.');
    await expect(page.inputValue('#locale-3-tag')).resolves.toBe('de-CH');
    expect((await tenantView()).locales).toEqual(before.locales);
    await expectNoAxeViolations(page);
  });

  test('a CSV import shows the dry-run report row by row, writes nothing, then imports the valid rows', async () => {
    await signInWithKeyboard(admin.email);
    await page.goto(site.url('/de/editor/registries'));
    await expectNoAxeViolations(page);
    await tabTo(page, 'a[href="/de/editor/registries/import"]');
    await Promise.all([page.waitForURL(/\/registries\/import$/), page.keyboard.press('Enter')]);
    await expectNoAxeViolations(page);

    const csv = [
      'kind,name.de,regions,website',
      'counselling-service,Importierte Beratung Nord,DE,https://nord.example.org/',
      'hotline,Importiertes Telefon Süd,DE,keine-adresse',
    ].join('\n');
    await tabTo(page, '#import-csv');
    await page.keyboard.type(csv);
    await tabTo(page, 'form:has(#import-csv) button[type="submit"]');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'status',
      text: 'Die Datei wurde geprüft. Noch ist nichts importiert.',
    });
    await expect(page.locator('#report-heading + p').textContent()).resolves.toBe(
      '2 Zeilen: 1 gültig, 1 wären neu, 0 würden einen Eintrag mit demselben Schlüssel ersetzen.',
    );
    const rows = await page
      .locator('#report-heading ~ table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows).toEqual([['3', 'website', 'INVALID_URL', expect.stringContaining('keine-adresse')]]);
    expect(await entryNames('Importiert')).not.toContain('Importierte Beratung Nord');
    await expectNoAxeViolations(page);

    // Import the valid row; the bad one stays out.
    await tabTo(page, '#import-skip-invalid');
    await page.keyboard.press('Space');
    await tabTo(page, 'form:has(#import-skip-invalid) button[type="submit"]');
    await enterAndWait(page);
    expect(new URL(page.url()).pathname).toBe('/de/editor/registries');
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Die Einträge wurden importiert.' });
    const names = await entryNames('Importiert');
    expect(names).toContain('Importierte Beratung Nord');
    expect(names).not.toContain('Importiertes Telefon Süd');
  });

  test('registry entries: a refused new entry shows its errors on the fields, then it is created, checked, edited and deleted after confirming', async () => {
    await signInWithKeyboard(editor.email);
    await page.goto(site.url('/de/editor/registries/new'));
    await expectNoAxeViolations(page);
    await page.fill('#entry-website', 'keine Adresse');
    await page.click('form[action$="/registries/submit"] button[type="submit"]');
    await page.waitForURL((url) => url.searchParams.has('flash'));
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'alert' });
    await expect(page.getAttribute('#entry-website', 'aria-invalid')).resolves.toBe('true');
    await expect(page.getAttribute('#entry-name-de', 'aria-invalid')).resolves.toBe('true');
    await expect(page.inputValue('#entry-website')).resolves.toBe('keine Adresse');
    await expectNoAxeViolations(page);

    await page.fill('#entry-name-de', 'Selbsthilfe Quellbach');
    await page.fill('#entry-website', 'https://selbsthilfe.example.org/');
    await page.check('#entry-region-de');
    await page.fill('#entry-valid-until', '2030-12-31');
    await page.fill('#entry-identifiers', 'IK: 109519176');
    await page.click('form[action$="/registries/submit"] button[type="submit"]');
    await page.waitForURL((url) => url.pathname === '/de/editor/registries' && url.searchParams.has('flash'));
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Der Eintrag wurde angelegt.' });
    expect(await entryNames('Quellbach')).toContain('Selbsthilfe Quellbach');

    // Mark the existing entry as checked today.
    await page.click(`form:has(input[value="${entryId}"]) button`);
    await page.waitForURL((url) => url.searchParams.has('flash'));
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Der Eintrag ist als heute geprüft markiert.' });
    const checked = await site.database.services.db.withTenant(tenantId, (tx) => site.database.services.registries.record(tx, entryId));
    expect(checked.lastVerifiedOn).toBe(new Date().toISOString().slice(0, 10));

    // Edit keeps the fields it does not show and saves the new name.
    await page.goto(site.url(`/de/editor/registries/${entryId}`));
    await expectNoAxeViolations(page);
    await page.fill('#entry-name-de', 'Geprüfte Beratungsstelle');
    await page.click('form[action$="/registries/submit"] button[type="submit"]');
    await page.waitForURL((url) => url.searchParams.has('flash'));
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Der Eintrag wurde gespeichert.' });
    const edited = await site.database.services.db.withTenant(tenantId, (tx) => site.database.services.registries.record(tx, entryId));
    expect(edited.lastVerifiedOn).toBe(checked.lastVerifiedOn);

    // Filters: by words.
    await page.goto(site.url('/de/editor/registries?text=Quellbach'));
    await expect(page.locator('table tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('table tbody tr th').textContent()).resolves.toBe('Selbsthilfe Quellbach');

    await page.goto(site.url(`/de/editor/registries/${entryId}/delete`));
    await expectNoAxeViolations(page);
    await expect(page.locator('form[action$="/registries/submit"] p').textContent()).resolves.toContain(
      '„Geprüfte Beratungsstelle“ löschen?',
    );
    await page.click('form[action$="/registries/submit"] button[type="submit"]');
    await page.waitForURL((url) => url.searchParams.has('flash'));
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Der Eintrag wurde gelöscht.' });
    expect(await entryNames('Beratungsstelle')).not.toContain('Geprüfte Beratungsstelle');
  });

  test('an editor who is not an admin gets "not allowed" on every settings screen and no settings link', async () => {
    await signInWithKeyboard(editor.email);
    await expect(page.locator('a[href="/de/editor/settings"]').count()).resolves.toBe(0);
    for (const path of ['/de/editor/settings', '/de/editor/settings/theme', '/de/editor/settings/members']) {
      await page.goto(site.url(path));
      await expect(page.locator('h1').textContent()).resolves.toBe('Nicht erlaubt');
      await expect(page.locator('form#theme-link, #invite-email, #domains').count()).resolves.toBe(0);
    }
    await expectNoAxeViolations(page);
  });

  test('a member of two tenants sees the switcher and reaches the other tenant’s editor, where they sign in on its own domain', async () => {
    await signInWithKeyboard(both.email);
    const switcher = page.locator('nav[aria-labelledby="tenant-switcher-label"]');
    await expect(switcher.locator('[aria-current="page"]').textContent()).resolves.toBe('Gesundheitswissen Demo-Institut');
    const other = site.url('/de/editor', AUSTRIAN_HOST);
    await expect(switcher.locator(`a[href="${other}"]`).textContent()).resolves.toContain('Patienteninformation Österreich (Demo)');
    await expectNoAxeViolations(page);

    await tabTo(page, `a[href="${other}"]`);
    await Promise.all([page.waitForURL((url) => url.host.startsWith(AUSTRIAN_HOST)), page.keyboard.press('Enter')]);
    // Sessions belong to a domain: here the member signs in again.
    await expect(page.locator('h1').textContent()).resolves.toBe('Bitte melden Sie sich an');
    await signInWithKeyboard(both.email, AUSTRIAN_HOST);
    await expect(page.locator('nav[aria-labelledby="tenant-switcher-label"] [aria-current="page"]').textContent()).resolves.toBe(
      'Patienteninformation Österreich (Demo)',
    );
    await expect(page.locator(`a[href="${site.url('/de/editor', GERMAN_HOST)}"]`).count()).resolves.toBe(1);
  });
});
