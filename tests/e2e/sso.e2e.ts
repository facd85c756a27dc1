/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { linkBuilder } from '../../apps/api/src/kernel/links';
import { createServices, type Services } from '../../apps/api/src/server/services';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { useTestApi } from '../support/api';
import { axeViolations, describeInBrowser, useBrowser } from '../support/browser';
import { startWebServer, type WebServer } from '../support/browser-server';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { signInWithKeyboard } from '../support/editor-keyboard';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';

const HOST = 'klinik.localhost';
const SECRET = 'test-only client secret of the browser test';

/**
 * Single sign-on in the browser, through the whole stack and a real OpenID
 * Connect provider (oidc-provider on loopback, its development login and
 * consent pages): the button on the sign-in page, the provider, and back to
 * the editor signed in — without JavaScript; a sign-in cancelled at the
 * provider shows its message on the sign-in page; the admins' settings page
 * and that message pass axe.
 */
describeInBrowser('single sign-on through the organisation’s identity provider', () => {
  const database = useTestDatabase();
  let services: Services;
  let web: WebServer;
  let idp: TestOidcProvider;
  let admin: { email: string };
  let tenantId: string;
  // Links (the redirect URI) name the web app's port, which is known once it runs.
  beforeAll(async () => {
    services = createServices(database.db, {
      mail: database.mail,
      link: (host, path, params) => linkBuilder(`http://{host}:${web.port}`)(host, path, params),
    });
    const tenant = await createTenant(services, { slug: 'klinik', name: 'Klinik Gesundheit', domains: [HOST] });
    tenantId = tenant.id;
    admin = await createUser(services, { tenantSlug: 'klinik', role: 'admin' });
  });
  const api = useTestApi({
    get services() {
      return services;
    },
  } as TestDatabase);
  beforeAll(async () => {
    web = await startWebServer(`${api.baseUrl}/graphql`);
    idp = await startOidcProvider([
      { clientId: 'careleaf', clientSecret: SECRET, redirectUri: `http://${HOST}:${web.port}/editor/sign-in/sso/callback` },
    ]);
    idp.account('lea', { email: 'lea@klinik.example', email_verified: true, name: 'Lea Klinik', groups: ['redaktion'] });
    await services.db.withTenant(tenantId, (tx) =>
      services.sso.configure(
        tx,
        {
          enabled: true,
          providerName: 'Klinik-Login',
          issuer: idp.issuer,
          clientId: 'careleaf',
          clientSecret: SECRET,
          allowedDomains: ['klinik.example'],
          claim: 'groups',
          mappings: [{ value: 'redaktion', role: 'editor', locales: [] }],
          justInTime: true,
          ssoOnly: false,
        },
        { userId: null, label: 'test' },
      ),
    );
  }, 60_000);
  const browser = useBrowser();
  afterAll(async () => {
    await idp?.close();
    await web?.stop();
  });

  const url = (path: string) => `http://${HOST}:${web.port}${path}`;

  /**
   * The provider's development pages import a web font from the internet:
   * requests to anything but this machine are answered here with a failure,
   * so nothing leaves it and the pages finish loading.
   */
  async function localOnly(context: BrowserContext): Promise<void> {
    await context.route(
      (u) => u.hostname !== '127.0.0.1' && u.hostname !== HOST,
      (route) => route.abort(),
    );
  }

  /** The provider's development pages: the login form, then the consent form. */
  async function atProvider(page: Page, login: string): Promise<void> {
    await page.waitForURL((u) => u.href.startsWith(idp.issuer));
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', 'any');
    await page.click('button[type="submit"]');
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();
  }

  test('the sign-in page offers the provider; through it, a new member lands signed in on the dashboard (without JavaScript)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await localOnly(context);
    const page = await context.newPage();
    await page.goto(url('/en/editor/sign-in'));
    const button = page.locator('a[href^="/en/editor/sign-in/sso?"]');
    await expect(button.textContent()).resolves.toBe('Sign in with Klinik-Login');
    await button.click();
    await atProvider(page, 'lea');
    await page.waitForURL((u) => u.host === `${HOST}:${web.port}` && u.searchParams.has('flash'));
    expect(new URL(page.url()).pathname).toBe('/en/editor');
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toBe('You are signed in.');
    await expect(page.locator('body').textContent()).resolves.toContain('Lea Klinik');
  });

  test('a sign-in cancelled at the provider comes back to the sign-in page with its message, which passes axe', async () => {
    const { page, context } = browser;
    await localOnly(context);
    await page.goto(url('/en/editor/sign-in'));
    await page.click('a[href^="/en/editor/sign-in/sso?"]');
    await page.waitForURL((u) => u.href.startsWith(idp.issuer));
    await page.click('a[href*="abort"]');
    await page.waitForURL((u) => u.host === `${HOST}:${web.port}` && u.pathname === '/en/editor/sign-in');
    await expect(page.locator('[role="alert"]').first().textContent()).resolves.toContain(
      'The sign-in was cancelled at the sign-in service. Start it again when you are ready.',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the admins’ single sign-on page names the redirect URI, never shows the secret, saves, and passes axe', async () => {
    const page = await (await browser.newContext()).newPage();
    await signInWithKeyboard(page, url('/en/editor/sign-in'), admin.email);
    await page.goto(url('/en/editor/settings/sso'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Single sign-on');
    await expect(page.locator('code').textContent()).resolves.toBe(`http://${HOST}:${web.port}/editor/sign-in/sso/callback`);
    await expect(page.locator('#sso-provider-name').inputValue()).resolves.toBe('Klinik-Login');
    await expect(page.locator('#sso-client-secret').inputValue()).resolves.toBe('');
    expect(await page.content()).not.toContain(SECRET);
    expect(await axeViolations(page)).toEqual([]);
    // A bad domain is refused on its field; nothing changes.
    await page.fill('#sso-domains', 'not a domain');
    await Promise.all([page.waitForURL(/flash=/), page.click('form[action$="/settings/sso/save"] button[type="submit"]')]);
    await expect(page.locator('#sso-domains').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#sso-domains', 'klinik.example\nklinikum.example');
    await Promise.all([page.waitForURL(/flash=/), page.click('form[action$="/settings/sso/save"] button[type="submit"]')]);
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toBe('The single sign-on settings are saved.');
    await expect(page.locator('#sso-domains').inputValue()).resolves.toBe('klinik.example\nklinikum.example');
  });
});
