/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page, Response } from 'playwright-core';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { httpRequest } from '../support/browser-server';
import { useSite } from '../support/browser-site';

const TENANT = 'gesundheit';
const ARTICLE_DE = '/de/bluthochdruck-blutdruck-messen';
const ARTICLE_EN = '/en/high-blood-pressure-measuring';
const ARTICLE_AR = '/ar/metastatic-breast-cancer-treatment';
const COMMENT = 'Die Tabelle mit den Messwerten ist auf dem Handy schwer zu lesen.';

describeInBrowser('reader feedback: "Was this page helpful?"', () => {
  let editor: { email: string };
  let tenantId: string;
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    tenantId = (await services.tenancy.bySlug(TENANT)).id;
  });

  const rows = (): Promise<{ helpful: boolean; comment: string | null; handled: boolean }[]> =>
    site.database.dataSource.query(`SELECT helpful, comment, handled FROM reader_feedback WHERE tenant_id = $1 ORDER BY id`, [tenantId]);

  async function page(javaScriptEnabled: boolean): Promise<Page> {
    const context = await site.browser.newContext({ javaScriptEnabled });
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    return p;
  }

  test('without JavaScript, "No" with a comment comes back to the page with a focused thank-you, and no cookie is set', async () => {
    const p = await page(false);
    await p.goto(site.url(ARTICLE_DE));
    await expect(p.locator('.reader-feedback legend').textContent()).resolves.toBe('War diese Seite hilfreich?');
    await expect(p.locator('#feedback-comment-hint').textContent()).resolves.toContain('Höchstens 1.000 Zeichen');
    await p.check('#feedback-no');
    await p.fill('#feedback-comment', COMMENT);
    const responses: Response[] = [];
    p.on('response', (r) => responses.push(r));
    await Promise.all([p.waitForURL(/feedback=thanks/), p.click('.reader-feedback button[type="submit"]')]);

    const post = responses.find((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/de/feedback');
    expect(post?.status()).toBe(303);
    for (const r of responses)
      expect({ url: r.url(), cookie: (await r.allHeaders())['set-cookie'] }).toEqual({ url: r.url(), cookie: undefined });
    const url = new URL(p.url());
    expect(`${url.pathname}${url.search}${url.hash}`).toBe(`${ARTICLE_DE}?feedback=thanks#feedback`);
    await expect(p.locator('[role="status"]#feedback').textContent()).resolves.toBe('Vielen Dank für Ihre Rückmeldung.');
    // The fragment's target has tabindex=-1: the browser moved focus to the message.
    await expect(p.evaluate(() => document.activeElement?.id)).resolves.toBe('feedback');
    await expect(p.locator('.reader-feedback form').count()).resolves.toBe(0);
    await expect(p.context().cookies()).resolves.toEqual([]);
    expect(await rows()).toEqual([{ helpful: false, comment: COMMENT, handled: false }]);
  });

  test('an editor sees the answer on the dashboard and marks the comment handled without JavaScript', async () => {
    const p = await page(false);
    await p.goto(site.url('/de/editor/sign-in'));
    await p.fill('#email', editor.email);
    await p.fill('#password', TEST_PASSWORD);
    await Promise.all([p.waitForURL(/\/de\/editor\?flash=/), p.click('form[action$="/sign-in/submit"] button')]);
    await expect(p.locator('#feedback-heading').textContent()).resolves.toBe('Rückmeldungen von Lesenden');
    const row = p.locator('section[aria-labelledby="feedback-heading"] tbody tr').first();
    await expect(row.locator('td').allTextContents()).resolves.toEqual([
      'Deutsch',
      '0',
      '1',
      '0 hilfreich, 1 nicht hilfreich',
      '0 hilfreich, 0 nicht hilfreich',
      '1',
    ]);
    await expect(p.locator('blockquote').textContent()).resolves.toBe(COMMENT);
    await Promise.all([p.waitForURL(/flash=/), p.click('form[action$="/editor/feedback/handled"] button')]);
    await expect(p.locator('[role="status"]').first().textContent()).resolves.toContain('Der Kommentar ist als erledigt markiert.');
    await expect(p.locator('blockquote').count()).resolves.toBe(0);
    expect((await rows())[0]?.handled).toBe(true);
  });

  test('a post from another site is refused and stores nothing; a foreign "back" address falls back to the language home', async () => {
    const [{ id }] = await site.database.dataSource.query(
      `SELECT document_id AS id FROM published_documents WHERE tenant_id = $1 AND locale = 'de' AND slug = $2`,
      [tenantId, ARTICLE_DE.slice(4)],
    );
    const before = (await rows()).length;
    const form = (back: string) => new URLSearchParams({ document: id as string, locale: 'de', helpful: 'no', back }).toString();
    const url = site.url('/de/feedback');
    const foreign = await httpRequest('POST', url, { origin: 'https://elsewhere.example' }, form(ARTICLE_DE));
    expect(foreign.status).toBe(403);
    expect(await rows()).toHaveLength(before);
    const sameSite = await httpRequest('POST', url, { origin: new URL(url).origin }, form('//elsewhere.example/'));
    expect([sameSite.status, sameSite.location]).toEqual([303, '/de?feedback=thanks#feedback']);
    expect(await rows()).toHaveLength(before + 1);
  });

  test.each([
    ['de', ARTICLE_DE, 'War diese Seite hilfreich?', 'ltr'],
    ['en', ARTICLE_EN, 'Was this page helpful?', 'ltr'],
    ['ar', ARTICLE_AR, 'هل كانت هذه الصفحة مفيدة؟', 'rtl'],
  ])('in %s the form and its thank-you have no axe violations', async (_lang, path, legend, dir) => {
    // axe only with JavaScript on: it cannot run in a page without it.
    const p = await page(true);
    await p.goto(site.url(path));
    await expect(p.locator('.reader-feedback legend').textContent()).resolves.toBe(legend);
    await expect(p.evaluate(() => getComputedStyle(document.querySelector('.reader-feedback')!).direction)).resolves.toBe(dir);
    await expect(axeViolations(p)).resolves.toEqual([]);
    await p.check('#feedback-yes');
    await Promise.all([p.waitForURL(/feedback=thanks/), p.click('.reader-feedback button[type="submit"]')]);
    await expect(p.locator('[role="status"]#feedback').count()).resolves.toBe(1);
    await expect(axeViolations(p)).resolves.toEqual([]);
  });
});
