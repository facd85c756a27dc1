/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Download, Page } from 'playwright-core';
import { createDocument, createPublishedDocument, paragraph, heading } from '../factories/document.factory';
import { createConcept } from '../factories/termbase.factory';
import { editSource, publishLocale, statuses, translate } from '../factories/translation.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { focusedMessage, pressAndWaitForMessage, signInWithKeyboard, signOutWithKeyboard, tabTo } from '../support/editor-keyboard';

const TENANT = 'gesundheit';

describeInBrowser('the translation workspace', () => {
  let translator: { email: string };
  let editor: { email: string };
  let tenantId: string;
  /** Translated by keyboard in the flow, then changed in German. */
  let flowId: string;
  /** An outdated block with a terminology warning, a block with a suggestion from the translation memory. */
  let helpId: string;
  /** Sent out and back as XLIFF. */
  let xliffId: string;

  const site = useSite(async ({ services }) => {
    translator = await createUser(services, { tenantSlug: TENANT, role: 'translator', locales: ['en'] });
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    tenantId = (await services.tenancy.bySlug(TENANT)).id;
    flowId = (
      await createDocument(services, tenantId, {
        slug: 'blutdruck-tagebuch',
        title: 'Blutdruck-Tagebuch',
        blocks: [
          heading('h-a', 'Werte notieren'),
          paragraph('p-a', 'Messen Sie zweimal am Tag.'),
          paragraph('p-b', 'Notieren Sie die Werte.'),
        ],
      })
    ).document.id;

    // The memory learns "Trinken Sie viel Wasser." from an approved translation elsewhere.
    const memory = await createPublishedDocument(services, tenantId, {
      slug: 'wasser',
      title: 'Wasser',
      blocks: [paragraph('p-w', 'Trinken Sie viel Wasser.')],
    });
    await translate(services, tenantId, memory.document.id, 'en', { 'p-w': 'Drink plenty of water.' }, { title: 'Water' });
    await publishLocale(services, tenantId, memory.document.id, 'en');
    await createConcept(services, tenantId, {
      terms: [
        { locale: 'de', term: 'Therapie', status: 'approved' },
        { locale: 'en', term: 'therapy', status: 'approved' },
      ],
    });
    helpId = (
      await createDocument(services, tenantId, {
        slug: 'therapie-dauer',
        title: 'Dauer der Therapie',
        blocks: [paragraph('p-t', 'Die Therapie dauert sechs Monate.'), paragraph('p-w2', 'Trinken Sie viel Wasser.')],
      })
    ).document.id;
    await translate(services, tenantId, helpId, 'en', { 'p-t': 'It takes six months.' }, { title: 'How long it takes' });
    await editSource(services, tenantId, helpId, { 'p-t': 'Die Therapie dauert sieben Monate.' });

    xliffId = (
      await createDocument(services, tenantId, {
        slug: 'erholung',
        title: 'Erholung',
        blocks: [paragraph('p-x1', 'Ruhen Sie sich aus.'), paragraph('p-x2', 'Gehen Sie spazieren.')],
      })
    ).document.id;
  });

  let page: Page;
  beforeAll(async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
  });

  async function expectNoAxeViolations(): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  /** Text of the focused element's accessible label (the <label> it has). */
  const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent ?? '');

  test('by keyboard: a translator translates two blocks, an editor changes their source, the translator sees both outdated with the change', async () => {
    await signInWithKeyboard(page, site.url('/en/editor/sign-in'), translator.email);
    expect(new URL(page.url()).pathname).toBe('/en/editor');

    // Dashboard → progress of English → the document's translation screen.
    await expect(page.locator('table caption', { hasText: 'Translation progress' }).count()).resolves.toBe(1);
    await tabTo(page, 'a[href="/en/editor/translations?locale=en"]');
    await Promise.all([page.waitForURL(/\/en\/editor\/translations\?locale=en$/), page.keyboard.press('Enter')]);
    const translatePath = `/en/editor/documents/${flowId}/translate`;
    await tabTo(page, `a[href^="${translatePath}?to=en"]`);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Blutdruck-Tagebuch');
    await Promise.all([page.waitForURL((url) => url.pathname === translatePath), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Translate “Blutdruck-Tagebuch” into English');
    await expect(page.locator('#status-p-a').textContent()).resolves.toBe('Status: not translated');
    await expect(page.getAttribute('#src-content-p-a', 'lang')).resolves.toBe('de');

    // Two blocks, typed in by keyboard.
    await tabTo(page, '[id="tr-content-p-a"]');
    await expect(focusedLabel()).resolves.toBe('English translation of block 2');
    await expect(page.getAttribute('[id="tr-content-p-a"]', 'aria-describedby')).resolves.toBe('status-p-a src-content-p-a');
    await page.keyboard.type('Measure twice a day.');
    await tabTo(page, '[id="tr-content-p-b"]');
    await expect(focusedLabel()).resolves.toBe('English translation of block 3');
    await page.keyboard.type('Write the values down.');
    await tabTo(page, 'button[value="save"]');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toEqual({ id: 'editor-message', role: 'status', text: 'Your translations are saved.' });
    await expect(page.inputValue('[id="tr-content-p-a"]')).resolves.toBe('Measure twice a day.');
    await expect(page.locator('#status-p-a').textContent()).resolves.toBe('Status: draft');
    await expect(page.locator('#status-p-b').textContent()).resolves.toBe('Status: draft');
    await expect(page.locator('#status-h-a').textContent()).resolves.toBe('Status: not translated');
    await expect(statuses(site.database.services, tenantId, flowId, 'en')).resolves.toEqual({
      'h-a': 'missing',
      'p-a': 'draft',
      'p-b': 'draft',
    });
    await signOutWithKeyboard(page);

    // An editor changes one word in each of the two German blocks.
    await signInWithKeyboard(page, site.url('/de/editor/sign-in'), editor.email);
    await page.goto(site.url(`/de/editor/documents/${flowId}?lang=de`));
    await tabTo(page, '#text-p-a');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Messen Sie dreimal am Tag.');
    await tabTo(page, '#text-p-b');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Notieren Sie alle Werte.');
    await tabTo(page, 'button[value="save"]');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Ihre Änderungen sind gespeichert.' });
    await expect(page.inputValue('#text-p-a')).resolves.toBe('Messen Sie dreimal am Tag.');
    await signOutWithKeyboard(page);

    // The translator filters for outdated blocks: exactly those two, each with the change of its source.
    await signInWithKeyboard(page, site.url('/en/editor/sign-in'), translator.email);
    await page.goto(site.url(`${translatePath}?to=en`));
    await tabTo(page, '#filter-blocks');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.inputValue('#filter-blocks')).resolves.toBe('outdated');
    await tabTo(page, '.editor-filters button[type="submit"]');
    await Promise.all([page.waitForURL(/filter=outdated/), page.keyboard.press('Enter')]);
    await expect(page.locator('.translation-block').evaluateAll((els) => els.map((e) => e.id))).resolves.toEqual([
      'block-p-a',
      'block-p-b',
    ]);
    await expect(page.locator('#status-p-a').textContent()).resolves.toBe('Status: outdated: the source has changed');
    await expect(page.locator('#status-p-b').textContent()).resolves.toBe('Status: outdated: the source has changed');
    await expect(page.locator('#change-p-a del').allTextContents()).resolves.toEqual(['deleted: zweimal']);
    await expect(page.locator('#change-p-a ins').allTextContents()).resolves.toEqual(['inserted: dreimal']);
    await expect(page.locator('#change-p-b del').allTextContents()).resolves.toEqual(['deleted: die']);
    await expect(page.locator('#change-p-b ins').allTextContents()).resolves.toEqual(['inserted: alle']);
    await expect(page.getAttribute('#change-p-a', 'lang')).resolves.toBe('de');
    await expect(page.getAttribute('[id="tr-content-p-a"]', 'aria-describedby')).resolves.toBe('status-p-a src-content-p-a change-p-a');
    await expect(page.inputValue('[id="tr-content-p-b"]')).resolves.toBe('Write the values down.');
    await expect(statuses(site.database.services, tenantId, flowId, 'en')).resolves.toMatchObject({ 'p-a': 'outdated', 'p-b': 'outdated' });

    // "Still fits" for block 3 (the article changed, the English did not need to); block 2 gets new words.
    await tabTo(page, 'button[value="confirm:p-b"]');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Translation of block 3 still fits');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'status',
      text: 'The translation is marked as still fitting the changed source.',
    });
    await expect(page.locator('.translation-block').evaluateAll((els) => els.map((e) => e.id))).resolves.toEqual(['block-p-a']);
    await tabTo(page, '[id="tr-content-p-a"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Measure three times a day.');
    await tabTo(page, 'button[value="save"]');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Your translations are saved.' });
    await expect(page.locator('.translation-block').count()).resolves.toBe(0);
    await expect(statuses(site.database.services, tenantId, flowId, 'en')).resolves.toEqual({
      'h-a': 'missing',
      'p-a': 'draft',
      'p-b': 'draft',
    });
  });

  test('the translate screen with an outdated block, a terminology warning and a suggestion has no axe violations', async () => {
    await page.goto(site.url(`/en/editor/documents/${helpId}/translate?to=en`));
    await expect(page.locator('#status-p-t').textContent()).resolves.toBe('Status: outdated: the source has changed');
    await expect(page.locator('#change-p-t del').allTextContents()).resolves.toEqual(['deleted: sechs']);
    await expect(page.locator('#change-p-t ins').allTextContents()).resolves.toEqual(['inserted: sieben']);
    // The warning sits next to the field and is part of its description.
    await expect(page.locator('#terms-p-t li').textContent()).resolves.toContain('therapy');
    await expect(page.getAttribute('[id="tr-content-p-t"]', 'aria-describedby')).resolves.toContain('terms-p-t');
    await expect(page.locator('#block-p-w2 .suggestions').textContent()).resolves.toContain('100 % match');
    await expectNoAxeViolations();

    // Using the suggestion saves it as the block's translation.
    await tabTo(page, 'button[value="use:p-w2:0"]');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'status',
      text: 'The suggestion is now the block’s translation and is saved.',
    });
    await expect(page.inputValue('[id="tr-content-p-w2"]')).resolves.toBe('Drink plenty of water.');
    await expect(page.locator('#status-p-w2').textContent()).resolves.toBe('Status: draft');
    await expectNoAxeViolations();
  });

  test('a block translated only in part is refused with the error on the empty field', async () => {
    await page.goto(site.url(`/en/editor/documents/${helpId}/translate?to=en&filter=outdated`));
    await page.fill('[id="tr-content-p-t"]', '');
    await page.focus('button[value="save"]');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'alert' });
    await expect(page.getAttribute('#editor-message a', 'href')).resolves.toBe('#tr-content-p-t');
    await expect(page.getAttribute('[id="tr-content-p-t"]', 'aria-invalid')).resolves.toBe('true');
    await expect(page.getAttribute('[id="tr-content-p-t"]', 'aria-describedby')).resolves.toContain('tr-content-p-t-error');
    await expect(statuses(site.database.services, tenantId, helpId, 'en')).resolves.toMatchObject({ 'p-t': 'outdated' });
  });

  test('XLIFF round trip: export a document, translate the file, import it, and the report lists each block as imported', async () => {
    await page.goto(site.url('/en/editor/translations?locale=en'));
    await page.selectOption('#export-document', xliffId);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-heading + form button[type="submit"]')]);
    expect(download.suggestedFilename()).toMatch(/^[0-9a-f]{8}-de-en-\d{4}-\d{2}-\d{2}\.xlf$/);
    const exported = await downloadText(download);
    expect(exported).toContain('<source>Ruhen Sie sich aus.</source>');
    const translated = exported
      .replace('<source>Ruhen Sie sich aus.</source>', '<source>Ruhen Sie sich aus.</source><target>Get some rest.</target>')
      .replace('<source>Gehen Sie spazieren.</source>', '<source>Gehen Sie spazieren.</source><target>Go for a walk.</target>');

    // Saved as UTF-16 with a byte order mark, as Windows translation tools do: the upload decodes it.
    await page.setInputFiles('#import-files', {
      name: 'erholung-en.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(`\uFEFF${translated.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, 'utf16le'),
    });
    await page.focus('#xliff-import button[type="submit"]');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'status',
      text: 'The XLIFF import is done. The report below lists every block.',
    });
    const report = page.locator('#xliff-report-heading + p + ol');
    await expect(report.locator('h3').textContent()).resolves.toBe('File 1: erholung-en.xlf – imported');
    await expect(report.locator('caption').textContent()).resolves.toMatch(/^Erholung: 2 imported, \d+ without translation, 0 problems$/);
    const rows = await report.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Block p-x1', 'imported'],
        ['Block p-x2', 'imported'],
      ]),
    );
    await expect(report.locator('a', { hasText: 'Block p-x1' }).getAttribute('href')).resolves.toBe(
      `/en/editor/documents/${xliffId}/translate?to=en#block-p-x1`,
    );
    await expect(statuses(site.database.services, tenantId, xliffId, 'en')).resolves.toEqual({ 'p-x1': 'draft', 'p-x2': 'draft' });
    await expectNoAxeViolations();
  });

  test('a batch of files is sent one by one with progress announced, and a bad file is reported with its problem', async () => {
    await page.goto(site.url('/en/editor/translations?locale=en'));
    const good = await exportFile(page, xliffId);
    await page.setInputFiles('#import-files', [
      { name: 'one.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(good) },
      { name: 'broken.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from('this is not XML') },
    ]);
    const announced: string[] = [];
    await page.exposeFunction('recordAnnouncement', (text: string) => announced.push(text));
    await page.evaluate(() => {
      const region = document.querySelector('.upload-progress [role="status"]')!;
      new MutationObserver(() =>
        (window as unknown as { recordAnnouncement(t: string): void }).recordAnnouncement(region.textContent ?? ''),
      ).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await page.focus('#xliff-import button[type="submit"]');
    await pressAndWaitForMessage(page);
    expect(announced).toEqual(
      expect.arrayContaining([
        'Importing 2 files, one after another …',
        '1 of 2 files processed: one.xlf imported.',
        '2 of 2 files processed: broken.xlf not imported.',
      ]),
    );
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'alert',
      text: expect.stringContaining('1 file of 2 could not be imported.'),
    });
    const files = page.locator('.xliff-files > li');
    await expect(files.locator('h3').allTextContents()).resolves.toEqual([
      'File 1: one.xlf – imported',
      'File 2: broken.xlf – not imported',
    ]);
    await expect(files.nth(1).textContent()).resolves.toContain('Problem NOT_XML:');
    await expectNoAxeViolations();
  });

  test('without JavaScript, several XLIFF files go in one request and the report lists each of them', async () => {
    await page.goto(site.url('/en/editor/translations?locale=en'));
    const good = await exportFile(page, xliffId);
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(site.url('/en/editor/sign-in'));
    await noScript.fill('#email', translator.email);
    await noScript.fill('#password', TEST_PASSWORD);
    await Promise.all([noScript.waitForURL(/flash=/), noScript.press('#password', 'Enter')]);
    await noScript.goto(site.url('/en/editor/translations?locale=en'));
    await noScript.setInputFiles('#import-files', [
      { name: 'again.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(good) },
      { name: 'wrong-language.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(good.replace(/trgLang="en"/, 'trgLang="ar"')) },
    ]);
    await Promise.all([noScript.waitForURL(/report=/), noScript.click('#xliff-import button[type="submit"]')]);
    await expect(noScript.locator('[role="alert"]').textContent()).resolves.toContain('1 file of 2 could not be imported.');
    await expect(noScript.locator('.xliff-files > li h3').allTextContents()).resolves.toEqual([
      'File 1: again.xlf – imported',
      'File 2: wrong-language.xlf – not imported',
    ]);
    await expect(noScript.locator('.xliff-files > li').nth(1).textContent()).resolves.toContain('Problem WRONG_TARGET_LANGUAGE:');
    await context.close();
  });

  test('an HTML import shows its whole report on the new document', async () => {
    // Importing is for editors: the translator of the tests above signs out.
    await page.goto(site.url('/en/editor'));
    await signOutWithKeyboard(page);
    await signInWithKeyboard(page, site.url('/en/editor/sign-in'), editor.email);
    await page.goto(site.url('/en/editor/import'));
    await page.selectOption('#import-format', 'HTML');
    await page.fill(
      '#import-source',
      [
        '<h1>Schlafen</h1>',
        '<p>Gut schlafen <script>alert(1)</script> hilft.</p>',
        '<h2></h2>',
        '<p>Fragen Sie nach dem <abbr>DMP</abbr>.</p>',
      ].join('\n'),
    );
    await page.focus('form.editor-form button[type="submit"]');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'The article was imported as a draft.' });
    await expect(page.locator('#import-report-heading').textContent()).resolves.toBe('Import report');
    const items = await page.locator('.import-report li').allTextContents();
    expect(items).toHaveLength(3);
    expect(items.join('\n')).toMatch(/Line 2: <script> was removed/);
    expect(items.join('\n')).toContain('(heading-empty)');
    expect(items.join('\n')).toContain('(abbr-without-title)');
    await expectNoAxeViolations();
  });
});

/** The content of a download (the browser runs elsewhere, so it is streamed over). */
async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The XLIFF 2.0 export of every block of one document into English. */
async function exportFile(page: Page, documentId: string): Promise<string> {
  await page.selectOption('#export-document', documentId);
  await page.uncheck('#export-pending');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-heading + form button[type="submit"]')]);
  return downloadText(download);
}
