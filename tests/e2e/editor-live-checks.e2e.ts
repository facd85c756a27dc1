/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import { createDocument, heading, paragraph } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';

const TENANT = 'gesundheit';

const blocks = () => [
  heading('h-a', 'Vorbereitung'),
  paragraph('p-b', 'Setzen Sie sich fünf Minuten ruhig hin.'),
  heading('h-c', 'Messen', 3),
  paragraph('p-d', 'Legen Sie die Manschette am Oberarm an.'),
];

/** The findings the checks panel lists: severity, message and where the link leads. */
function panel(page: Page) {
  return page.evaluate(() => ({
    summary: document.querySelector('#checks-heading + p')?.textContent ?? '',
    live: document.querySelector('.editor-checks [role="status"]')?.textContent ?? null,
    note: document.querySelector('.editor-checks .hint')?.textContent ?? null,
    findings: [...document.querySelectorAll('.editor-checks li')].map((li) => ({
      severity: li.querySelector('strong')?.textContent ?? '',
      text: li.querySelector('a')?.textContent ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? null,
    })),
  }));
}

/** Waits until the panel lists a finding linked to `href` (or, with `gone`, no longer does). */
async function untilFinding(page: Page, href: string, gone = false) {
  await page.waitForFunction(([h, g]) => !!document.querySelector(`.editor-checks li a[href="${h}"]`) === !g, [href, gone] as const, {
    timeout: 10_000,
  });
}

describeInBrowser('the checks panel while typing', () => {
  let editor: { email: string };
  let tenantId: string;
  let liveId: string;
  let plainId: string;
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    tenantId = (await services.tenancy.bySlug(TENANT)).id;
    liveId = (await createDocument(services, tenantId, { slug: 'live-pruefung', title: 'Blutdruck messen', blocks: blocks() })).document.id;
    plainId = (await createDocument(services, tenantId, { slug: 'ohne-skript', title: 'Ohne Skript', blocks: blocks() })).document.id;
  });

  const revisionCount = (documentId: string) =>
    site.database.services.db.withTenant(
      tenantId,
      async (tx) => (await site.database.services.documents.revisions(tx, documentId, 'de')).length,
    );

  async function signIn(page: Page) {
    await page.goto(site.url('/de/editor/sign-in'));
    await page.fill('#email', editor.email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/flash=/), page.press('#password', 'Enter')]);
  }

  test('with JavaScript: findings appear as the editor types, are announced by count, lead to the control, and go when fixed', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await signIn(page);
    await page.goto(site.url(`/de/editor/documents/${liveId}`));
    const url = page.url();
    const revisions = await revisionCount(liveId);
    await expect(panel(page)).resolves.toMatchObject({ summary: expect.stringMatching(/^Keine Fehler, keine Hinweise/), findings: [] });

    // A heading level that skips one: the level select, changed with the arrow key.
    await page.focus('#level-h-c');
    await page.keyboard.press('ArrowDown');
    await expect(page.inputValue('#level-h-c')).resolves.toBe('4');
    await untilFinding(page, '#level-h-c');
    const shown = await panel(page);
    expect(shown.findings).toEqual([
      {
        severity: 'Fehler:',
        text: expect.stringContaining('Diese Überschrift der Ebene 4 folgt auf eine der Ebene 2') as string,
        href: '#level-h-c',
      },
    ]);
    expect(shown.summary).toBe('Fehler: 1, Hinweise: 0. Fehler verhindern das Veröffentlichen.');
    expect(shown.note).toContain('noch nicht gespeichert');
    expect(shown.live).toBe('Fehler: 1, Hinweise: 0. Fehler verhindern das Veröffentlichen.');
    // Nothing was saved: same page, same revisions.
    expect(page.url()).toBe(url);
    await expect(revisionCount(liveId)).resolves.toBe(revisions);

    // Vague link text and bad syntax, typed: a warning on the text, an error on the field with the syntax problem.
    await page.focus('#text-p-d');
    await page.keyboard.press('End');
    await page.keyboard.type(' Mehr dazu [hier](https://example.org/messen).');
    await untilFinding(page, '#text-p-d');
    await page.focus('#text-p-b');
    await page.keyboard.press('End');
    await page.keyboard.type(' Das ist *wichtig.');
    await untilFinding(page, '#text-p-b');
    const three = await panel(page);
    expect(three.findings.map((f) => [f.severity, f.href])).toEqual([
      ['Fehler:', '#text-p-b'],
      ['Fehler:', '#level-h-c'],
      ['Hinweis:', '#text-p-d'],
    ]);
    expect(three.findings[0]!.text).toContain('Das Sternchen bei');
    expect(three.findings[2]!.text).toContain('„hier“');
    expect(three.live).toBe('Fehler: 2, Hinweise: 1. Fehler verhindern das Veröffentlichen.');
    expect(await axeViolations(page)).toEqual([]);

    // Following the finding's link (by keyboard) puts focus on the level select; fixing it there removes the finding.
    await page.focus('.editor-checks a[href="#level-h-c"]');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('level-h-c');
    await page.keyboard.press('ArrowUp');
    await untilFinding(page, '#level-h-c', true);
    await expect(panel(page)).resolves.toMatchObject({ live: 'Fehler: 1, Hinweise: 1. Fehler verhindern das Veröffentlichen.' });

    // The syntax error too: its link leads to the text, and closing the emphasis fixes it.
    await page.focus('.editor-checks a[href="#text-p-b"]');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('text-p-b');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('*.');
    await untilFinding(page, '#text-p-b', true);
    const last = await panel(page);
    expect(last.findings.map((f) => [f.severity, f.href])).toEqual([['Hinweis:', '#text-p-d']]);
    expect(last.live).toBe('Fehler: 0, Hinweise: 1. Fehler verhindern das Veröffentlichen.');
    await expect(revisionCount(liveId)).resolves.toBe(revisions);
  });

  test('without JavaScript the panel shows the checks of the saved version, as before', async () => {
    const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(page);
    await page.goto(site.url(`/de/editor/documents/${plainId}`));
    await page.selectOption('#level-h-c', '4');
    // Nothing checks the form: no live region, still the saved version's (empty) list.
    await expect(panel(page)).resolves.toEqual({
      summary: expect.stringMatching(/^Keine Fehler/) as string,
      live: null,
      note: null,
      findings: [],
    });
    await Promise.all([page.waitForURL(/flash=/), page.click('button[value="save"] >> nth=0')]);
    const saved = await panel(page);
    expect(saved.summary).toMatch(/^1 Fehler/);
    expect(saved.findings).toEqual([{ severity: 'Fehler:', text: expect.stringContaining('Ebene 4') as string, href: '#level-h-c' }]);
  });
});
