/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Services } from '../../apps/api/src/server/services';
import type { TestSmtpServer } from '../support/smtp';
import { linkIn, startMailStack } from '../support/mail-stack';
import { createTenant, testActor } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { useTestApi } from '../support/api';
import { axeViolations, describeInBrowser, useBrowser } from '../support/browser';
import { startWebServer, type WebServer } from '../support/browser-server';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { focusedMessage, pressAndWaitForMessage, tabTo } from '../support/editor-keyboard';

const HOST = 'post.localhost';
const NEW_PASSWORD = 'seven quiet herons fold maps';

describeInBrowser('invitation and password-reset mail, received from a real SMTP server and followed in the browser', () => {
  const database = useTestDatabase();
  let smtp: TestSmtpServer;
  let stopMail: (() => Promise<void>) | undefined;
  let services: Services;
  let web: WebServer;
  let tenantId: string;
  let admin: { email: string };
  // The API's services send through the job queue and SMTP, as in production; links name the web app's port.
  beforeAll(async () => {
    ({ smtp, services, stop: stopMail } = await startMailStack(database, () => web.port));
    const tenant = await createTenant(services, {
      slug: 'post',
      name: 'Post Gesundheit',
      domains: [HOST],
      locales: [{ tag: 'de' }, { tag: 'en' }],
    });
    tenantId = tenant.id;
    admin = await createUser(services, { tenantSlug: 'post', role: 'admin' });
  }, 60_000);
  const api = useTestApi({
    get services() {
      return services;
    },
  } as TestDatabase);
  beforeAll(async () => {
    web = await startWebServer(`${api.baseUrl}/graphql`);
  }, 60_000);
  const browser = useBrowser();
  afterAll(async () => {
    await web?.stop();
    await stopMail?.();
  });

  test('an invited reviewer receives the mail in German, follows its link, chooses a name and password by keyboard and is signed in', async () => {
    const email = 'gutachterin@example.org';
    await services.invitations.invite(
      tenantId,
      { email, role: 'reviewer', locales: [] },
      { name: 'Post Gesundheit', host: HOST, locale: { tag: 'de', direction: 'ltr' } },
      { ...testActor, label: admin.email },
    );
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe('Einladung zu Post Gesundheit auf Careleaf');
    expect(mail.from?.value[0]).toEqual({ name: 'Post Gesundheit', address: 'careleaf@example.org' });
    expect(mail.html).toContain('<html lang="de" dir="ltr">');
    expect(mail.html).toContain('<h1 style="font-size: 1.5em;">Ihre Einladung zu Post Gesundheit</h1>');
    expect(mail.html).not.toMatch(/<img/);
    const link = linkIn(mail);
    expect(link.text).toBe('Einladung zu Post Gesundheit annehmen');
    expect(mail.text).toContain(link.href);
    expect(new URL(link.href).pathname).toBe('/de/editor/accept-invitation');

    const page = browser.page;
    await page.goto(link.href);
    await expect(page.locator('h1').textContent()).resolves.toBe('Einladung annehmen');
    await expect(page.locator('main').textContent()).resolves.toContain(email);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '#displayName');
    await page.keyboard.type('Greta Gutachterin');
    await page.keyboard.press('Tab');
    // A password the API refuses: the message says why, in German, and points at the field.
    await page.keyboard.type('kurz');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'alert',
      text: expect.stringMatching(/mindestens 12 Zeichen/) as string,
    });
    expect(await page.getAttribute('#password', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '#displayName');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Greta Gutachterin');
    await page.keyboard.press('Tab');
    await page.keyboard.type(NEW_PASSWORD);
    await pressAndWaitForMessage(page);
    expect(new URL(page.url()).pathname).toBe('/de/editor');
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Willkommen: Sie sind beigetreten und angemeldet.' });
    await expect(page.locator('body').textContent()).resolves.toContain('Greta Gutachterin');

    // The link works once: opened again (signed out, in a fresh browser), it says so and what to do.
    const other = await browser.newContext();
    const again = await other.newPage();
    await again.goto(link.href);
    await expect(again.locator('h1').textContent()).resolves.toBe('Dieser Einladungslink funktioniert nicht');
    await expect(again.locator('main').textContent()).resolves.toContain('Bitten Sie die Person, die Sie eingeladen hat');
    expect(await axeViolations(again)).toEqual([]);
  });

  test('a forgotten password: asked for on the sign-in page without JavaScript, the mailed link sets a new one and signs in', async () => {
    const user = await createUser(services, { tenantSlug: 'post', role: 'editor' });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // axe runs as a script, so each page is checked again in a browser with JavaScript.
    const checker = await (await browser.newContext()).newPage();
    const axeOf = async (url: string) => {
      await checker.goto(url);
      return axeViolations(checker);
    };
    await page.goto(web.url(HOST, '/en/editor/sign-in'));
    await Promise.all([page.waitForURL((u) => u.pathname === '/en/editor/reset-password'), page.click('text=Forgot your password?')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Reset your password');
    expect(await axeOf(page.url())).toEqual([]);
    await page.fill('#email', user.email);
    await Promise.all([
      page.waitForURL((u) => u.searchParams.has('flash')),
      page.click('form[action$="/reset-password/request"] button[type=submit]'),
    ]);
    await expect(page.locator('#editor-message[role=status]').textContent()).resolves.toMatch(
      /^If an account exists for this address, we have sent it a link/,
    );

    const mail = await smtp.waitFor(user.email);
    expect(mail.subject).toBe('Choose a new password for Post Gesundheit');
    const link = linkIn(mail);
    expect(link.text).toBe('Choose a new password');
    expect(new URL(link.href).pathname).toBe('/en/editor/reset-password');
    await page.goto(link.href);
    await expect(page.locator('h1').textContent()).resolves.toBe('Choose a new password');
    expect(await axeOf(link.href)).toEqual([]);
    await page.fill('#password', NEW_PASSWORD);
    await Promise.all([
      page.waitForURL((u) => u.searchParams.has('flash')),
      page.click('form[action$="/reset-password/submit"] button[type=submit]'),
    ]);
    expect(new URL(page.url()).pathname).toBe('/en/editor');
    await expect(page.locator('#editor-message[role=status]').textContent()).resolves.toMatch(
      /^Your new password is set and you are signed in/,
    );
    const cookies = await context.cookies();
    expect(cookies.some((c) => c.name.endsWith('careleaf_session'))).toBe(true);

    // Used up: the page says the link no longer works and offers to ask for a new one.
    await page.goto(link.href);
    await expect(page.locator('h1').textContent()).resolves.toBe('This password-reset link does not work');
    await expect(page.locator('h2').allTextContents()).resolves.toContain('Ask for a new link');
    expect(await axeOf(link.href)).toEqual([]);
  });

  test('an old link without a language in its path opens the page in the reader’s language', async () => {
    const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en-GB,en;q=0.8' } });
    const page = await context.newPage();
    await page.goto(web.url(HOST, '/editor/reset-password?token=not-a-real-token-at-all'));
    expect(new URL(page.url()).pathname).toBe('/en/editor/reset-password');
    await expect(page.locator('h1').textContent()).resolves.toBe('This password-reset link does not work');
  });
});
