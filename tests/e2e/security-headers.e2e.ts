/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { BrowserContext, Page, Response } from 'playwright-core';
import { createDocument, heading, paragraph } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { rawGet } from '../support/raw-http';

const TENANT = 'gesundheit';
const ARTICLE_DE = '/de/metastasierter-brustkrebs-behandlung';

interface Watched {
  page: Page;
  /** CSP violations: the browser's console reports and `securitypolicyviolation` events. */
  violations(): Promise<string[]>;
}

/** A page that records every CSP violation, from before the first script runs. */
async function watchedPage(context: BrowserContext): Promise<Watched> {
  // Init scripts are injected by the browser's debugging protocol, outside the page's CSP.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) console.push(m.text());
  });
  return {
    page,
    violations: async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))],
  };
}

/** The security headers every page answer carries; returns the CSP's nonce. */
function expectPageHeaders(response: Response | null, referrerPolicy = 'strict-origin-when-cross-origin'): string {
  const h = response?.headers() ?? {};
  const csp = h['content-security-policy'] ?? '';
  const script = csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
  expect(script).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['referrer-policy']).toBe(referrerPolicy);
  expect(h['permissions-policy']).toMatch(/camera=\(\)/);
  return /'nonce-([^']+)'/.exec(script)?.[1] ?? '';
}

/** Next's client runtime started (it sets window.next): the page hydrated, so its scripts ran under the CSP. */
async function expectHydrated(page: Page) {
  await page.waitForFunction(() => !!(window as unknown as { next?: { version?: string } }).next?.version, undefined, { timeout: 10_000 });
}

describeInBrowser('security headers and the content security policy', () => {
  let editor: { email: string };
  let documentId: string;
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: TENANT, role: 'editor' });
    const tenantId = (await services.tenancy.bySlug(TENANT)).id;
    documentId = (
      await createDocument(services, tenantId, {
        slug: 'csp-pruefung',
        title: 'Blutdruck messen',
        blocks: [heading('h-a', 'Vorbereitung'), paragraph('p-b', 'Setzen Sie sich hin.'), heading('h-c', 'Messen', 3)],
      })
    ).document.id;
  });

  test.each([
    ['home', '/de', 200],
    ['article', ARTICLE_DE, 200],
    ['search', '/de/search?q=Krebs', 200],
    ['glossary', '/de/glossary', 200],
    ['registries', '/de/registries', 200],
    ['404', '/de/gibt-es-nicht', 404],
    ['editor sign-in', '/de/editor/sign-in', 200],
  ])('the %s page carries the security headers, hydrates and reports no CSP violation', async (_kind, path, status) => {
    const context = await site.browser.newContext();
    const { page, violations } = await watchedPage(context);
    const response = await page.goto(site.url(path));
    expect(response?.status()).toBe(status);
    const nonce = expectPageHeaders(response);
    await expectHydrated(page);
    // The browser hides nonce attributes from the DOM, but the property shows Next put this request's nonce on its scripts.
    await expect(page.evaluate(() => [...document.scripts].filter((s) => s.nonce).map((s) => s.nonce))).resolves.toEqual(
      expect.arrayContaining([nonce]),
    );
    await expect(violations()).resolves.toEqual([]);
    await context.close();
  });

  test('a script injected into a page without the nonce does not run, and the violation is seen', async () => {
    const context = await site.browser.newContext();
    const { page, violations } = await watchedPage(context);
    // As if stored content slipped a script into the HTML: same answer and headers, one inline script added.
    await page.route('**/de', async (route) => {
      // Fetched here (the test process cannot resolve *.localhost), then handed to the browser.
      const original = await rawGet(site.web.port, '/de', { host: `gesundheit.localhost:${site.web.port}`, accept: 'text/html' });
      const { 'content-length': _length, 'transfer-encoding': _chunked, ...headers } = original.headers;
      const body = original.body.replace('</main>', '<script>window.injected = true</script></main>');
      await route.fulfill({ status: original.status, headers, body });
    });
    await page.goto(site.url('/de'));
    await expectHydrated(page);
    await expect(page.evaluate(() => (window as unknown as { injected?: boolean }).injected ?? false)).resolves.toBe(false);
    await expect(violations()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/)]));
    await context.close();
  });

  test('every page answer gets a nonce of its own', async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const { headers } = await rawGet(site.web.port, '/de', { host: `gesundheit.localhost:${site.web.port}` });
      nonces.add(/'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1] ?? '');
    }
    expect(nonces.size).toBe(3);
  });

  test('the password-reset and invitation pages send no referrer at all', async () => {
    for (const path of ['/de/editor/reset-password?token=abc', '/de/editor/accept-invitation?token=abc']) {
      const context = await site.browser.newContext();
      const { page, violations } = await watchedPage(context);
      const response = await page.goto(site.url(path));
      expectPageHeaders(response, 'no-referrer');
      await expectHydrated(page);
      await expect(violations()).resolves.toEqual([]);
      await context.close();
    }
  });

  test('in the editor the checks panel still updates while typing, with no CSP violation', async () => {
    const context = await site.browser.newContext();
    const { page, violations } = await watchedPage(context);
    await page.goto(site.url('/de/editor/sign-in'));
    await page.fill('#email', editor.email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/flash=/), page.press('#password', 'Enter')]);
    const response = await page.goto(site.url(`/de/editor/documents/${documentId}`));
    expectPageHeaders(response);
    await expectHydrated(page);
    // A heading level that skips one (h2 → h4): the live checks, a client script, list it.
    await page.selectOption('#level-h-c', '4');
    await page.waitForFunction(() => !!document.querySelector('.editor-checks li a[href="#level-h-c"]'), undefined, { timeout: 10_000 });
    await expect(violations()).resolves.toEqual([]);
    await context.close();
  });

  test('in the editor the file import reports its progress, with no CSP violation', async () => {
    const context = await site.browser.newContext();
    const { page, violations } = await watchedPage(context);
    await page.goto(site.url('/en/editor/sign-in'));
    await page.fill('#email', editor.email);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/flash=/), page.press('#password', 'Enter')]);
    const response = await page.goto(site.url('/en/editor/translations?locale=en'));
    expectPageHeaders(response);
    await expectHydrated(page);
    // Two files: the client script sends them one by one (fetch, under connect-src) and announces its progress.
    await page.setInputFiles('#import-files', [
      { name: 'a.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from('not XML') },
      { name: 'b.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from('not XML either') },
    ]);
    const announced: string[] = [];
    await page.exposeFunction('recordAnnouncement', (text: string) => announced.push(text));
    await page.evaluate(() => {
      const region = document.querySelector('.upload-progress [role="status"]')!;
      new MutationObserver(() =>
        (window as unknown as { recordAnnouncement(t: string): void }).recordAnnouncement(region.textContent ?? ''),
      ).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await Promise.all([page.waitForURL(/report=/), page.click('#xliff-import button[type="submit"]')]);
    expect(announced).toEqual(
      expect.arrayContaining(['Importing 2 files, one after another …', '2 of 2 files processed: b.xlf not imported.']),
    );
    await expect(page.locator('.xliff-files > li h3').allTextContents()).resolves.toEqual([
      'File 1: a.xlf – not imported',
      'File 2: b.xlf – not imported',
    ]);
    await expect(violations()).resolves.toEqual([]);
    await context.close();
  });

  test('robots.txt and sitemap.xml carry nosniff and the other headers that need no nonce', async () => {
    for (const path of ['/robots.txt', '/sitemap.xml']) {
      const { headers: h } = await rawGet(site.web.port, path, { host: `gesundheit.localhost:${site.web.port}` });
      expect({ path, nosniff: h['x-content-type-options'], frame: h['x-frame-options'] }).toEqual({
        path,
        nosniff: 'nosniff',
        frame: 'DENY',
      });
    }
  });
});
