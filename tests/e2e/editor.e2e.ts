/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import { createDocument, heading, paragraph, systemActor } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { signIn } from '../support/session';

const TENANT = 'gesundheit';

/** The article an editor pastes: its level 4 heading skips level 3, an error the checks must report. */
const ARTICLE = [
  '# Blutdruck zu Hause messen',
  '',
  'Wer den Blutdruck selbst misst, gibt der Praxis ein genaueres Bild als eine einzelne Messung dort.',
  '',
  '## Vor dem Messen',
  '',
  'Setzen Sie sich vorher fünf Minuten ruhig hin.',
  '',
  '#### Die Manschette',
  '',
  'Legen Sie die Manschette am nackten Oberarm an, etwa auf Höhe des Herzens.',
].join('\n');

async function tabTo(page: Page, selector: string, maxTabs = 80): Promise<void> {
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

/** What has focus once the page's script has moved it to the message (or after 5 s, whatever has it then). */
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

describeInBrowser('the editor', () => {
  let editor: { email: string };
  let reviewer: { email: string };
  let tenantId: string;
  let reorderId: string;
  let blockedId: string;
  let blockedRevisionId: string;
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    reviewer = await createUser(services, { tenantSlug: TENANT, role: 'reviewer' });
    tenantId = (await services.tenancy.bySlug(TENANT)).id;
    reorderId = (
      await createDocument(services, tenantId, {
        slug: 'reihenfolge',
        title: 'Reihenfolge',
        blocks: [paragraph('p-eins', 'Erster Absatz.'), paragraph('p-zwei', 'Zweiter Absatz.'), paragraph('p-drei', 'Dritter Absatz.')],
      })
    ).document.id;
    // Approved behind the editor's back, with a heading that skips a level: publishing must still be refused.
    const blocked = await createDocument(services, tenantId, {
      slug: 'gesperrt',
      title: 'Gesperrt',
      blocks: [heading('h-a', 'Einleitung', 2), heading('h-b', 'Zu tief', 4), paragraph('p-a', 'Etwas Text.')],
    });
    blockedId = blocked.document.id;
    blockedRevisionId = blocked.revision.id;
    await services.db.withTenant(tenantId, async (tx) => {
      await services.workflow.transition(tx, systemActor, 'submit', { documentId: blockedId, locale: 'de' });
      await services.workflow.transition(tx, systemActor, 'approve', { documentId: blockedId, locale: 'de' });
    });
  });

  let page: Page;
  beforeAll(async () => {
    const context = await site.browser.newContext();
    page = await context.newPage();
  });

  async function signInWithKeyboard(email: string): Promise<void> {
    await page.goto(site.url('/de/editor/sign-in'));
    await tabTo(page, '#email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('password');
    await page.keyboard.type(TEST_PASSWORD);
    await enterAndWait(page);
    expect(new URL(page.url()).pathname).toBe('/de/editor');
    await expect(focusedMessage(page)).resolves.toEqual({ id: 'editor-message', role: 'status', text: 'Sie sind angemeldet.' });
  }

  async function signOutWithKeyboard(): Promise<void> {
    await tabTo(page, '.editor-signout button');
    await enterAndWait(page);
    expect(new URL(page.url()).pathname).toBe('/de/editor/sign-in');
    await expect(focusedMessage(page)).resolves.toEqual({ id: 'editor-message', role: 'status', text: 'Sie sind abgemeldet.' });
  }

  test('an editor page asks a signed-out visitor to sign in, and the sign-in page has no axe violations', async () => {
    await page.goto(site.url('/de/editor'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Bitte melden Sie sich an');
    await expectNoAxeViolations(page);
    await page.goto(site.url('/de/editor/sign-in'));
    await expectNoAxeViolations(page);
    await page.goto(site.url('/en/editor/sign-in'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Sign in to the editor');
  });

  test('sign-in errors are announced, focused and linked to the field they concern', async () => {
    await page.goto(site.url('/de/editor/sign-in'));
    await tabTo(page, '#email');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ id: 'editor-message', role: 'alert' });
    await expect(page.getAttribute('#email', 'aria-invalid')).resolves.toBe('true');
    await expect(page.getAttribute('#email', 'aria-describedby')).resolves.toBe('email-error');
    await expect(page.locator('#email-error').textContent()).resolves.toBe('Geben Sie Ihre E-Mail-Adresse ein.');
    await expect(page.getAttribute('#editor-message a', 'href')).resolves.toBe('#email');
    // Both missing fields at once (WCAG 3.3.1), and the page title says there is an error.
    await expect(page.locator('#editor-message li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual([
      '#email',
      '#password',
    ]);
    await expect(page.getAttribute('#password', 'aria-invalid')).resolves.toBe('true');
    await expect(page.title()).resolves.toMatch(/^Fehler: /);
    await expectNoAxeViolations(page);

    await tabTo(page, '#email');
    await page.keyboard.type(editor.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'alert' });
    await expect(page.locator('#email-error').textContent()).resolves.toContain('E-Mail-Adresse oder Passwort stimmen nicht');
    // What was typed stays (WCAG 3.3.7), except the password.
    await expect(page.inputValue('#email')).resolves.toBe(editor.email);
    await expect(page.inputValue('#password')).resolves.toBe('');
  });

  test('by keyboard: import, fix an error the checks report, submit, a reviewer approves, the editor publishes', async () => {
    await signInWithKeyboard(editor.email);
    await expectNoAxeViolations(page);

    // Import the article.
    await tabTo(page, 'a[href="/de/editor/import"]');
    await Promise.all([page.waitForURL(/\/de\/editor\/import$/), page.keyboard.press('Enter')]);
    await expectNoAxeViolations(page);
    await tabTo(page, '#import-source');
    await page.keyboard.type(ARTICLE);
    await tabTo(page, 'form.editor-form button[type="submit"]');
    await enterAndWait(page);
    const docPath = new URL(page.url()).pathname;
    expect(docPath).toMatch(/^\/de\/editor\/documents\/[0-9a-f-]+$/);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: expect.stringContaining('als Entwurf importiert') });
    await expect(page.locator('h1').textContent()).resolves.toBe('Blutdruck zu Hause messen');
    await expectNoAxeViolations(page);

    // The checks panel names the skipped heading level; its link leads to the control that fixes it.
    const error = page.locator('.finding-error a');
    await expect(error.count()).resolves.toBe(1);
    await expect(error.textContent()).resolves.toContain('Ebene 4 folgt auf eine der Ebene 2');
    await tabTo(page, '.finding-error a');
    await page.keyboard.press('Enter');
    const levelId = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(levelId).toMatch(/^level-/);
    await expect(page.inputValue(`#${levelId}`)).resolves.toBe('4');
    await page.keyboard.press('ArrowUp');
    await expect(page.inputValue(`#${levelId}`)).resolves.toBe('3');
    await tabTo(page, 'button[value="save"]');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toEqual({
      id: 'editor-message',
      role: 'status',
      text: 'Ihre Änderungen sind gespeichert.',
    });
    await expect(page.locator('.finding-error').count()).resolves.toBe(0);
    await expect(page.locator('#checks-heading + p').textContent()).resolves.toMatch(/^Keine Fehler/);

    // Submit, then hand over to a reviewer.
    await tabTo(page, 'button[value="submit"]');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Die Fassung wartet jetzt auf die Prüfung.' });
    await signOutWithKeyboard();

    await signInWithKeyboard(reviewer.email);
    await tabTo(page, `a[href^="${docPath}?"]`);
    await Promise.all([page.waitForURL((url) => url.pathname === docPath), page.keyboard.press('Enter')]);
    await expectNoAxeViolations(page);
    await tabTo(page, 'button[value="approve"]');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Die Fassung ist freigegeben.' });
    await signOutWithKeyboard();

    await signInWithKeyboard(editor.email);
    await page.goto(site.url(`${docPath}?lang=de`));
    await tabTo(page, 'button[value="publish"]');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Die Fassung ist veröffentlicht.' });

    // Patients now get it: through the API, and on the patient page.
    const documentId = docPath.split('/').pop()!;
    const { slug } = await site.database.services.db.withTenant(tenantId, (tx) =>
      site.database.services.documents.documentLocale(tx, documentId, 'de'),
    );
    const published = await site.api.gql<{ publishedDocument: { title: string; blocks: { type: string; level?: number }[] } | null }>(
      `query($slug: String!) { publishedDocument(locale: "de", slug: $slug) { title blocks } }`,
      { host: 'gesundheit.localhost', variables: { slug } },
    );
    expect(published.body.data?.publishedDocument?.title).toBe('Blutdruck zu Hause messen');
    expect(published.body.data?.publishedDocument?.blocks.filter((b) => b.type === 'heading').map((b) => b.level)).toEqual([2, 3]);
    await page.goto(site.url(`/de/${slug}`));
    await expect(page.locator('h1').textContent()).resolves.toBe('Blutdruck zu Hause messen');
    // The skipped level the editor fixed: h2 then h3 on the patient page too.
    await expect(page.locator('h2', { hasText: 'Vor dem Messen' }).count()).resolves.toBe(1);
    await expect(page.locator('h3', { hasText: 'Die Manschette' }).count()).resolves.toBe(1);
  });

  test('the dashboard, document list and revision history have no axe violations', async () => {
    await page.goto(site.url('/de/editor'));
    await expectNoAxeViolations(page);
    await page.goto(site.url('/de/editor/documents?status=PUBLISHED'));
    await expect(page.locator('table.editor-table caption').textContent()).resolves.toMatch(/Dokument/);
    await expectNoAxeViolations(page);
    await page.goto(site.url(`/en/editor/documents/${reorderId}`));
    await expect(page.locator('#content-heading').textContent()).resolves.toBe('Content');
    await expectNoAxeViolations(page);
  });

  test('blocks are reordered with the keyboard, and the history shows the move block by block and restores it', async () => {
    await page.goto(site.url(`/de/editor/documents/${reorderId}`));
    const order = () => page.locator('fieldset.editor-block').evaluateAll((els) => els.map((e) => e.id));
    await expect(order()).resolves.toEqual(['block-p-eins', 'block-p-zwei', 'block-p-drei']);
    await tabTo(page, 'button[value="up:p-drei"]');
    await enterAndWait(page);
    // Focus stays on the moved block's button, which the status describes.
    await page.waitForFunction(() => document.activeElement?.id === 'up-p-drei', undefined, { timeout: 5000 });
    await expect(page.getAttribute('#up-p-drei', 'aria-describedby')).resolves.toBe('editor-message');
    await expect(page.locator('#editor-message[role="status"]').textContent()).resolves.toBe('Der Block wurde verschoben und gespeichert.');
    await expect(order()).resolves.toEqual(['block-p-eins', 'block-p-drei', 'block-p-zwei']);
    await tabTo(page, 'button[value="down:p-eins"]');
    await enterAndWait(page);
    await expect(order()).resolves.toEqual(['block-p-drei', 'block-p-eins', 'block-p-zwei']);

    await tabTo(page, 'a[href*="/history"]');
    await Promise.all([page.waitForURL(/\/history/), page.keyboard.press('Enter')]);
    await expectNoAxeViolations(page);
    await tabTo(page, 'a[href*="from="]');
    await Promise.all([page.waitForURL(/from=/), page.keyboard.press('Enter')]);
    await expect(page.locator('.diff-blocks h3').allTextContents()).resolves.toContain('Block p-eins: verschoben');
    await expectNoAxeViolations(page);
    await tabTo(page, 'ol.revisions button');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Version 2 wiederherstellen');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Die ältere Version ist jetzt die neueste.' });
    await expect(order()).resolves.toEqual(['block-p-eins', 'block-p-drei', 'block-p-zwei']);
  });

  test('a stale save is refused with a clear conflict message', async () => {
    await page.goto(site.url(`/de/editor/documents/${reorderId}`));
    await page.fill('#title', 'Reihenfolge, geändert');
    await page.evaluate(() => {
      const base = document.querySelector<HTMLInputElement>('#document-form input[name="baseVersion"]');
      if (base) base.value = String(Number(base.value) - 1);
    });
    await page.focus('button[value="save"]');
    await enterAndWait(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'alert',
      text: expect.stringContaining('Jemand anderes hat dieses Dokument inzwischen gespeichert'),
    });
    await expect(page.inputValue('#title')).resolves.toBe('Reihenfolge');
  });

  test('publishing content with an error-level finding is refused in German with the finding named, in the editor and through the API', async () => {
    await page.goto(site.url(`/de/editor/documents/${blockedId}`));
    await tabTo(page, 'button[value="publish"]');
    await enterAndWait(page);
    const message = await focusedMessage(page);
    expect(message.role).toBe('alert');
    expect(message.text).toContain('Das kann noch nicht veröffentlicht werden: eine Prüfung schlägt fehl.');
    expect(message.text).not.toContain('This cannot be published yet');
    await expect(page.locator('.editor-checks').first().textContent()).resolves.toContain(
      'Diese Überschrift der Ebene 4 folgt auf eine der Ebene 2 und überspringt eine Ebene.',
    );

    const client = await signIn(site.api, { email: editor.email, tenant: TENANT });
    const res = await client.gql<{ publishTranslation: unknown }>(
      `mutation($input: PublishInput!) { publishTranslation(input: $input) { documentLocale { status } } }`,
      { variables: { input: { documentId: blockedId, locale: 'de', revisionId: blockedRevisionId } } },
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PUBLISH_CHECKS_FAILED', count: 1 });
    expect(res.body.errors?.[0]?.message).toContain('level 4 heading follows a level 2 heading');
  });

  test('signing out ends the session: editor pages ask to sign in again and lead back to themselves', async () => {
    await page.goto(site.url('/de/editor'));
    await signOutWithKeyboard();
    const res = await page.goto(site.url('/de/editor/documents'));
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bitte melden Sie sich an');
    await expect(page.locator('a[href^="/de/editor/sign-in"]').getAttribute('href')).resolves.toBe(
      '/de/editor/sign-in?back=%2Fde%2Feditor%2Fdocuments',
    );
  });

  test('without JavaScript, signing in and moving a block still work, and the outcome is shown as a status', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(site.url('/de/editor/sign-in'));
    await noScript.fill('#email', editor.email);
    await noScript.fill('#password', TEST_PASSWORD);
    await Promise.all([noScript.waitForURL(/flash=/), noScript.press('#password', 'Enter')]);
    await expect(noScript.locator('[role="status"]').textContent()).resolves.toBe('Sie sind angemeldet.');
    await noScript.goto(site.url(`/de/editor/documents/${blockedId}`));
    await Promise.all([noScript.waitForURL(/flash=/), noScript.press('button[value="up:h-b"]', 'Enter')]);
    await expect(noScript.locator('[role="status"]').textContent()).resolves.toBe('Der Block wurde verschoben und gespeichert.');
    await expect(noScript.locator('fieldset.editor-block').evaluateAll((els) => els.map((e) => e.id))).resolves.toEqual([
      'block-h-b',
      'block-h-a',
      'block-p-a',
    ]);
    await context.close();
  });
});
