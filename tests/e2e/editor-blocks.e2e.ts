/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import type { Block, DocumentContent } from '@careleaf/schema';
import { createCitation } from '../factories/citation.factory';
import { createDocument, heading, paragraph, systemActor } from '../factories/document.factory';
import { createMedia } from '../factories/media.factory';
import { testActor } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { pngBytes } from '../support/images';

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
  await page.waitForLoadState('load');
}

/** What has focus once the page's script has moved it (or after 5 s, whatever has it then). */
async function focused(page: Page, wanted?: (el: { id: string }) => boolean) {
  await page
    .waitForFunction(() => document.activeElement && document.activeElement !== document.body, undefined, { timeout: 5000 })
    .catch(() => undefined);
  const info = () =>
    page.evaluate(() => ({
      id: document.activeElement?.id ?? '',
      role: document.activeElement?.getAttribute('role') ?? null,
      describedBy: document.activeElement?.getAttribute('aria-describedby') ?? null,
      text: (document.activeElement?.textContent ?? '').trim(),
    }));
  if (wanted) {
    for (let i = 0; i < 25 && !wanted(await info()); i++) await page.waitForTimeout(200);
  }
  return info();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

const text = (t: string) => ({ type: 'text' as const, text: t });

describeInBrowser('the block editor', () => {
  let editor: { email: string };
  let tenantId: string;
  let allId: string;
  let keysId: string;
  let scheduleId: string;
  let citationId: string;
  const site = useSite(async ({ services }) => {
    // A second region, so region blocks and the preview have something to choose between.
    await services.tenancy.update(
      TENANT,
      {
        regions: [
          { code: 'DE', name: 'Deutschland', defaultLocale: 'de', locales: ['de', 'en', 'ar'] },
          { code: 'DE-BY', name: 'Bayern', defaultLocale: 'de', locales: ['de', 'en'] },
        ],
        defaultRegion: 'DE',
      },
      testActor,
    );
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    tenantId = (await services.tenancy.bySlug(TENANT)).id;
    const citation = await createCitation(services, tenantId, { title: 'Leitlinie Bluthochdruck' });
    citationId = citation.id;
    const image = await createMedia(services, tenantId, {
      fileName: 'manschette.png',
      alt: { locale: 'de', alt: 'Blutdruckmanschette am Oberarm' },
    });
    const blocks = (lang: 'de' | 'en'): Block[] => {
      const de = lang === 'de';
      return [
        heading('h-1', de ? 'Überblick' : 'Overview'),
        {
          id: 'p-marks',
          type: 'paragraph',
          content: [
            text(de ? 'Laut ' : 'According to '),
            { type: 'abbr', title: 'World Health Organization', children: [text('WHO')] },
            text(de ? ' ist das ' : ' this is '),
            { type: 'emphasis', children: [text(de ? 'wichtig' : 'important')] },
            text(', '),
            { type: 'lang', lang: 'en', children: [text('home monitoring')] },
            text(', '),
            { type: 'link', href: 'https://example.org/leitlinie', children: [text(de ? 'zur Leitlinie' : 'the guideline')] },
            text('.'),
            { type: 'cite', citationIds: [citation.id] },
          ],
        },
        {
          id: 'l-1',
          type: 'list',
          ordered: false,
          items: [
            { content: [text(de ? 'Ruhig sitzen' : 'Sit still')], list: { ordered: false, items: [{ content: [text('5 min')] }] } },
            { content: [text(de ? 'Messen' : 'Measure')] },
          ],
        },
        {
          id: 'c-1',
          type: 'callout',
          variant: 'warning',
          title: [text(de ? 'Achtung' : 'Careful')],
          blocks: [paragraph('p-c1', de ? 'Bei Schwindel absetzen.' : 'Stop when dizzy.')],
        },
        {
          id: 'q-1',
          type: 'faq',
          question: [text(de ? 'Wie oft?' : 'How often?')],
          blocks: [paragraph('p-q1', de ? 'Zweimal am Tag.' : 'Twice a day.')],
        },
        {
          id: 't-1',
          type: 'table',
          caption: [text(de ? 'Werte' : 'Values')],
          rows: [
            {
              cells: [
                { content: [text(de ? 'Wert' : 'Value')], header: true, scope: 'col' },
                { content: [text(de ? 'Bedeutung' : 'Meaning')], header: true, scope: 'col' },
              ],
            },
            { cells: [{ content: [text('120/80')] }, { content: [text('normal')] }] },
          ],
        },
        { id: 'f-1', type: 'figure', mediaId: image.id, decorative: false, alt: de ? 'Manschette am Oberarm' : 'Cuff on the upper arm' },
        {
          id: 'r-1',
          type: 'region',
          mode: 'include',
          regions: ['DE-BY'],
          blocks: [paragraph('p-by', de ? 'Nur in Bayern: Beratung vor Ort.' : 'Only in Bavaria: local advice.')],
          fallback: [paragraph('p-else', de ? 'Überall sonst: Telefonberatung.' : 'Everywhere else: advice by phone.')],
        },
        { id: 'e-1', type: 'registryEmbed', kind: 'counsellingService', title: [text(de ? 'Beratung' : 'Advice')] },
        { id: 'ez-1', type: 'easyRead', blocks: [paragraph('p-ez', de ? 'Messen Sie ruhig.' : 'Measure calmly.')] },
        { id: 's-1', type: 'citations', citationIds: [citation.id] },
      ];
    };
    const content = (lang: 'de' | 'en'): DocumentContent => ({
      title: lang === 'de' ? 'Alle Blöcke' : 'Every block',
      summary: lang === 'de' ? 'Jede Art von Block.' : 'Every kind of block.',
      blocks: blocks(lang),
    });
    allId = (await createDocument(services, tenantId, { slug: 'alle-bloecke', title: 'Alle Blöcke', blocks: blocks('de') })).document.id;
    await services.db.withTenant(tenantId, async (tx) => {
      await services.documents.save(tx, systemActor, { documentId: allId, locale: 'de', baseVersion: 1, content: content('de') });
      await services.documents.save(tx, systemActor, {
        documentId: allId,
        locale: 'en',
        baseVersion: 0,
        content: content('en'),
        slug: 'every-block',
      });
    });
    keysId = (
      await createDocument(services, tenantId, {
        slug: 'tastatur',
        title: 'Tastatur',
        blocks: [heading('h-k', 'Mit der Tastatur'), paragraph('p-eins', 'Erster Absatz.'), paragraph('p-zwei', 'Zweiter Absatz.')],
      })
    ).document.id;
    scheduleId = (await createDocument(services, tenantId, { slug: 'geplant', title: 'Geplant' })).document.id;
    await services.db.withTenant(tenantId, async (tx) => {
      await services.workflow.transition(tx, systemActor, 'submit', { documentId: scheduleId, locale: 'de' });
      await services.workflow.transition(tx, systemActor, 'approve', { documentId: scheduleId, locale: 'de' });
    });
  });

  let page: Page;
  beforeAll(async () => {
    const context = await site.browser.newContext();
    page = await context.newPage();
    await page.goto(site.url('/de/editor/sign-in'));
    await page.fill('#email', editor.email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/flash=/), page.press('#password', 'Enter')]);
  });

  const stored = (documentId: string, locale = 'de') =>
    site.database.services.db.withTenant(tenantId, async (tx) => {
      const revisions = await site.database.services.documents.revisions(tx, documentId, locale);
      return revisions[0]!.content;
    });

  test('the document page with every kind of block, the quality form and the preview have no axe violations', async () => {
    await page.goto(site.url(`/de/editor/documents/${allId}`));
    const kinds = await page
      .locator('fieldset.editor-block')
      .evaluateAll((els) => els.map((e) => e.className.replace('editor-block editor-block-', '')));
    expect(new Set(kinds)).toEqual(
      new Set(['heading', 'paragraph', 'list', 'callout', 'faq', 'table', 'figure', 'region', 'registryEmbed', 'easyRead', 'citations']),
    );
    // The marks show in the editor's syntax.
    await expect(page.inputValue('#text-p-marks')).resolves.toBe(
      `Laut {abbr:World Health Organization|WHO} ist das *wichtig*, {lang:en|home monitoring}, [zur Leitlinie](https://example.org/leitlinie).[^${citationId}]`,
    );
    await expect(page.inputValue('#items-l-1')).resolves.toBe('Ruhig sitzen\n  5 min\nMessen');
    await expectNoAxeViolations(page);

    await page.goto(site.url(`/de/editor/documents/${allId}/quality?lang=de`));
    await expect(page.locator('h1').textContent()).resolves.toBe('Qualitätsangaben');
    await expectNoAxeViolations(page);

    await page.goto(site.url(`/de/editor/documents/${allId}/preview?lang=de&region=DE`));
    await expectNoAxeViolations(page);
  });

  test('the quality details are saved and shown again; a bad date is named on its field', async () => {
    await page.goto(site.url(`/de/editor/documents/${allId}/quality?lang=de`));
    await page.fill('#author-name-0', 'Dr. Hanna Meyer');
    await page.fill('#author-qualification-0', 'Fachärztin für Innere Medizin');
    await page.fill('#reviewer-name-0', 'Prof. Jonas Berg');
    await page.selectOption('#reviewer-role-0', 'externalExpert');
    await page.fill('#lastReviewed', '2025-03-01');
    await page.fill('#funding', 'Aus Eigenmitteln.');
    await page.focus('#funding');
    await tabTo(page, 'form.editor-form button[type="submit"]');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({
      id: 'editor-message',
      role: 'status',
      text: 'Die Qualitätsangaben sind gespeichert.',
    });
    await expect(page.inputValue('#author-name-0')).resolves.toBe('Dr. Hanna Meyer');
    await expect(page.inputValue('#reviewer-role-0')).resolves.toBe('externalExpert');
    await expect(page.inputValue('#nextReviewDue')).resolves.toMatch(/^2028-03-01$/);
    const doc = await site.database.services.db.withTenant(tenantId, (tx) => site.database.services.documents.document(tx, allId));
    expect(doc.quality).toMatchObject({
      authors: [{ name: 'Dr. Hanna Meyer' }],
      reviewers: [{ role: 'externalExpert' }],
      funding: 'Aus Eigenmitteln.',
    });

    await page.fill('#nextReviewDue', '2024-01-01');
    await page.focus('#nextReviewDue');
    await tabTo(page, 'form.editor-form button[type="submit"]');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({ role: 'alert' });
    await expect(page.getAttribute('#nextReviewDue', 'aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page);
  });

  test('by keyboard: add a list and a table, type a cell, emphasis and a link, and save', async () => {
    await page.goto(site.url(`/de/editor/documents/${keysId}`));
    // A list after the last block: the kind select is the third option down, the text one item per line.
    await tabTo(page, '#new-kind');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.inputValue('#new-kind')).resolves.toBe('list');
    await tabTo(page, '#new-text');
    await page.keyboard.type('Manschette anlegen');
    await page.keyboard.press('Enter');
    await page.keyboard.type('  *locker* sitzen lassen');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Messen');
    await tabTo(page, 'button[value="add"]');
    await enterAndWait(page);
    const list = await focused(page, (el) => el.id.startsWith('block-l-'));
    expect(list).toMatchObject({ id: expect.stringMatching(/^block-l-/), describedBy: 'editor-message' });
    const listId = list.id.slice('block-'.length);
    await expect(page.inputValue(`#items-${listId}`)).resolves.toBe('Manschette anlegen\n  *locker* sitzen lassen\nMessen');
    await expect(page.locator('#editor-message').textContent()).resolves.toBe('Der Block wurde eingefügt und gespeichert.');

    // A table, whose text is its caption.
    await tabTo(page, '#new-kind');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect(page.inputValue('#new-kind')).resolves.toBe('table');
    await tabTo(page, '#new-text');
    await page.keyboard.type('Messwerte');
    await tabTo(page, 'button[value="add"]');
    await enterAndWait(page);
    const table = await focused(page, (el) => el.id.startsWith('block-t-'));
    const tableId = table.id.slice('block-'.length);
    expect(tableId).toMatch(/^t-/);
    await expect(page.locator(`#headerRow-${tableId}`).isChecked()).resolves.toBe(true);

    // Emphasis and a link in the first paragraph, a value in the table's second row; Enter in the cell saves.
    await tabTo(page, '#text-p-eins');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Das ist *wichtig*, siehe [Leitlinie](https://example.org/leitlinie).');
    await tabTo(page, `#cell-${tableId}-1-0`);
    await page.keyboard.type('120/80');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({ id: 'editor-message', role: 'status', text: 'Ihre Änderungen sind gespeichert.' });
    const saved = await stored(keysId);
    expect(saved.blocks.find((b) => b.id === 'p-eins')).toEqual({
      id: 'p-eins',
      type: 'paragraph',
      content: [
        text('Das ist '),
        { type: 'emphasis', children: [text('wichtig')] },
        text(', siehe '),
        { type: 'link', href: 'https://example.org/leitlinie', children: [text('Leitlinie')] },
        text('.'),
      ],
    });
    expect(saved.blocks.find((b) => b.id === listId)).toMatchObject({
      type: 'list',
      items: [
        { content: [text('Manschette anlegen')], list: { items: [{ content: [{ type: 'emphasis' }, text(' sitzen lassen')] }] } },
        { content: [text('Messen')] },
      ],
    });
    const savedTable = saved.blocks.find((b) => b.id === tableId) as Extract<Block, { type: 'table' }>;
    expect(savedTable.caption).toEqual([text('Messwerte')]);
    expect(savedTable.rows[1]!.cells[0]!.content).toEqual([text('120/80')]);

    // A row more, by keyboard; focus stays on the button.
    await tabTo(page, `#addRow-${tableId}`);
    await enterAndWait(page);
    await expect(focused(page, (el) => el.id === `addRow-${tableId}`)).resolves.toMatchObject({
      id: `addRow-${tableId}`,
      describedBy: 'editor-message',
    });
    await expect(page.locator(`#cell-${tableId}-2-0`).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  test('bad mark syntax is refused on its field with what to fix, and what was typed stays', async () => {
    await page.goto(site.url(`/de/editor/documents/${keysId}`));
    await page.fill('#text-p-zwei', 'Zweiter *Absatz');
    await page.focus('#title');
    await enterAndWait(page);
    const message = await focused(page);
    expect(message.role).toBe('alert');
    expect(message.text).toContain('beginnt eine Betonung, die nicht endet');
    await expect(page.getAttribute('#editor-message a', 'href')).resolves.toBe('#text-p-zwei');
    await expect(page.getAttribute('#text-p-zwei', 'aria-invalid')).resolves.toBe('true');
    await expect(page.inputValue('#text-p-zwei')).resolves.toBe('Zweiter *Absatz');
    expect((await stored(keysId)).blocks.find((b) => b.id === 'p-zwei')).toEqual(paragraph('p-zwei', 'Zweiter Absatz.'));
    await expectNoAxeViolations(page);
  });

  test('by keyboard: blocks move down and up, and focus stays on the moved block’s button', async () => {
    await page.goto(site.url(`/de/editor/documents/${keysId}`));
    const order = () => page.locator('form.editor-form > fieldset.editor-block').evaluateAll((els) => els.map((e) => e.id));
    const before = await order();
    expect(before.slice(0, 3)).toEqual(['block-h-k', 'block-p-eins', 'block-p-zwei']);
    await tabTo(page, 'button[value="down:p-eins"]');
    await enterAndWait(page);
    await expect(focused(page, (el) => el.id === 'down-p-eins')).resolves.toMatchObject({
      id: 'down-p-eins',
      describedBy: 'editor-message',
    });
    await expect(page.locator('#editor-message').textContent()).resolves.toBe('Der Block wurde verschoben und gespeichert.');
    expect((await order()).slice(0, 3)).toEqual(['block-h-k', 'block-p-zwei', 'block-p-eins']);
    // Focus is on the moved block: Shift+Tab reaches its "up" button, Enter moves it back.
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('up-p-eins');
    await enterAndWait(page);
    await expect(focused(page, (el) => el.id === 'up-p-eins')).resolves.toMatchObject({ id: 'up-p-eins', describedBy: 'editor-message' });
    expect((await order()).slice(0, 3)).toEqual(['block-h-k', 'block-p-eins', 'block-p-zwei']);
  });

  test('by keyboard: a deleted block comes back with Undo, in its place', async () => {
    await page.goto(site.url(`/de/editor/documents/${keysId}`));
    const order = () => page.locator('form.editor-form > fieldset.editor-block').evaluateAll((els) => els.map((e) => e.id));
    const before = await order();
    await tabTo(page, 'button[value="delete:p-eins"]');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({
      id: 'editor-message',
      role: 'status',
      text: expect.stringContaining('Der Block wurde gelöscht.'),
    });
    expect(await order()).toEqual(before.filter((id) => id !== 'block-p-eins'));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Rückgängig: gelöschten Block zurückholen');
    await enterAndWait(page);
    await expect(focused(page, (el) => el.id === 'block-p-eins')).resolves.toMatchObject({
      id: 'block-p-eins',
      describedBy: 'editor-message',
    });
    await expect(page.locator('#editor-message').textContent()).resolves.toBe('Der gelöschte Block ist wieder an seinem Platz.');
    expect(await order()).toEqual(before);
    await expectNoAxeViolations(page);
  });

  test('publishing is scheduled for a time, shown, and the schedule can be cancelled', async () => {
    await page.goto(site.url(`/de/editor/documents/${scheduleId}`));
    await page.fill('#publish-at', '2031-12-03T14:30');
    await page.focus('#publish-at');
    await tabTo(page, 'button[value="schedule"]');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({ role: 'status', text: 'Die Veröffentlichung ist geplant.' });
    await expect(page.getAttribute('#publish-scheduled time', 'datetime')).resolves.toBe('2031-12-03T14:30:00.000Z');
    await expect(page.locator('#publish-scheduled').textContent()).resolves.toContain('3. Dezember 2031 um 14:30');
    await expectNoAxeViolations(page);
    const row = await site.database.services.db.withTenant(tenantId, (tx) =>
      site.database.services.documents.documentLocale(tx, scheduleId, 'de'),
    );
    expect(row.publishAt?.toISOString()).toBe('2031-12-03T14:30:00.000Z');
    expect(row.status).toBe('approved');

    await tabTo(page, 'button[value="cancelPublish"]');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({ role: 'status', text: 'Die geplante Änderung ist abgesagt.' });
    await expect(page.locator('#publish-scheduled').count()).resolves.toBe(0);

    // A time in the past is refused on the field.
    await page.fill('#publish-at', '2020-01-01T08:00');
    await page.focus('#publish-at');
    await tabTo(page, 'button[value="schedule"]');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({ role: 'alert' });
    await expect(page.getAttribute('#publish-at', 'aria-invalid')).resolves.toBe('true');
  });

  test('the preview in English shows the English draft with the region blocks of the chosen region, marked as not published', async () => {
    await page.goto(site.url(`/de/editor/documents/${allId}?lang=en`));
    await tabTo(page, 'a[href*="/preview"]');
    await Promise.all([page.waitForURL(/\/preview/), page.keyboard.press('Enter')]);
    await expect(page.locator('.preview-banner-title').textContent()).resolves.toContain('Vorschau – nicht veröffentlicht');
    await expect(page.getAttribute('meta[name="robots"]', 'content')).resolves.toMatch(/noindex/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Every block');
    await expect(page.getAttribute('.preview-document', 'lang')).resolves.toBe('en');
    const body = () => page.locator('article').textContent();
    await expect(body()).resolves.toContain('Everywhere else: advice by phone.');
    await expect(body()).resolves.not.toContain('Only in Bavaria');

    // Choose Bavaria with the keyboard and show the preview again.
    await tabTo(page, '#preview-region');
    await page.keyboard.press('ArrowDown');
    await expect(page.inputValue('#preview-region')).resolves.toBe('DE-BY');
    await tabTo(page, '.preview-choice button');
    await Promise.all([page.waitForURL(/region=DE-BY/), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Every block');
    await expect(body()).resolves.toContain('Only in Bavaria: local advice.');
    await expect(body()).resolves.not.toContain('Everywhere else');
    // Citations are numbered and listed, the abbreviation expanded, as for readers.
    await expect(page.locator('article abbr[title="World Health Organization"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('article').textContent()).resolves.toContain('Leitlinie Bluthochdruck');
    await expectNoAxeViolations(page);
  });

  test('an image is uploaded with its alt text, and a new source is saved and cited in a paragraph', async () => {
    await page.goto(site.url(`/de/editor/documents/${keysId}`));
    await page.setInputFiles('#media-file', { name: 'blutdruck-tabelle.png', mimeType: 'image/png', buffer: pngBytes(8, 6) });
    await page.fill('#media-alt', 'Tabelle der Blutdruckwerte');
    await page.focus('#media-alt');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({
      role: 'status',
      text: 'Das Bild ist hochgeladen. Abbildungen können es jetzt zeigen.',
    });
    const images = await site.database.services.db.withTenant(tenantId, (tx) => site.database.services.media.list(tx, 10));
    expect(images[0]).toMatchObject({ fileName: 'blutdruck-tabelle.png', texts: [{ locale: 'de', alt: 'Tabelle der Blutdruckwerte' }] });

    await page.fill('#citation-title', 'Blutdruck selbst messen');
    await page.fill('#citation-journal', 'Dtsch Arztebl');
    await page.fill('#citation-year', '2024');
    await page.focus('#citation-year');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({
      role: 'status',
      text: 'Die Quelle ist gespeichert. Sie können sie jetzt zitieren.',
    });
    // The newest source is picked first; cite it at the end of the second paragraph.
    await expect(page.locator('#cite-id option:checked').textContent()).resolves.toContain('Blutdruck selbst messen');
    const citation = await page.inputValue('#cite-id');
    await page.selectOption('#cite-target', 'p-zwei');
    await page.focus('button[value="cite"]');
    await enterAndWait(page);
    await expect(focused(page)).resolves.toMatchObject({ role: 'status', text: 'Der Quellenverweis wurde eingefügt und gespeichert.' });
    expect((await stored(keysId)).blocks.find((b) => b.id === 'p-zwei')).toEqual({
      id: 'p-zwei',
      type: 'paragraph',
      content: [text('Zweiter Absatz.'), { type: 'cite', citationIds: [citation] }],
    });
    await expect(page.inputValue('#text-p-zwei')).resolves.toBe(`Zweiter Absatz.[^${citation}]`);
  });
});
