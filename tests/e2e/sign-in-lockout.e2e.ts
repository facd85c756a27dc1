import http from 'node:http';
import { createTenant } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { useTestApi } from '../support/api';
import { startWebServer, type WebServer } from '../support/browser-server';
import { useTestDatabase } from '../support/database';

// The web app and the API share this secret, as scripts/start.mjs arranges; the API trusts no proxy.
const CLIENT_IP_SECRET = 'browser-test client address secret, 32+ chars';
const HOST = 'wache.localhost';

const t = useTestDatabase();
const api = useTestApi(t, { CARELEAF_CLIENT_IP_SECRET: CLIENT_IP_SECRET });
let web: WebServer;
let editor: { email: string };

beforeAll(async () => {
  await createTenant(t.services, { slug: 'wache', name: 'Wache Gesundheit', domains: [HOST], locales: [{ tag: 'de' }, { tag: 'en' }] });
  editor = await createUser(t.services, { tenantSlug: 'wache', role: 'editor' });
  web = await startWebServer(`${api.baseUrl}/graphql`, { CARELEAF_CLIENT_IP_SECRET: CLIENT_IP_SECRET });
}, 60_000);
afterAll(() => web?.stop());

interface Posted {
  status: number;
  signedIn: boolean;
  /** The flash message the sign-in page will show. */
  text: string | null;
}

/** The sign-in form as a browser posts it, from the tenant's own page; `headers` add what a visitor (or a proxy) sends. */
function postSignIn(email: string, password: string, locale: string, headers: Record<string, string> = {}): Promise<Posted> {
  const origin = `http://${HOST}:${web.port}`;
  const body = new URLSearchParams({ email, password, back: `/${locale}/editor` }).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: web.port,
        path: `/${locale}/editor/sign-in/submit`,
        method: 'POST',
        headers: { host: `${HOST}:${web.port}`, origin, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const cookies = res.headers['set-cookie'] ?? [];
          const flash = cookies
            .find((c) => c.startsWith('careleaf_editor_flash='))
            ?.split(';')[0]
            ?.split('=')[1];
          const text = flash ? (JSON.parse(Buffer.from(flash, 'base64url').toString('utf8')) as { text: string }).text : null;
          resolve({ status: res.statusCode ?? 0, signedIn: cookies.some((c) => c.includes('careleaf_session=')), text });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test("a stranger's failed sign-ins through the web, from their own and from invented addresses, do not stop the editor signing in from another", async () => {
  // From the stranger's real address: five wrong passwords, then the lockout, shown in the page's language.
  for (let i = 0; i < 5; i++) {
    const res = await postSignIn(editor.email, `stranger guess ${i}`, 'de');
    expect(res).toMatchObject({ status: 303, signedIn: false, text: expect.stringMatching(/stimmen nicht/) as string });
  }
  const locked = await postSignIn(editor.email, TEST_PASSWORD, 'de');
  expect(locked.signedIn).toBe(false);
  expect(locked.text).toBe(
    'Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto von Ihrer Adresse. Warten Sie 1 Minute und versuchen Sie es dann noch einmal, oder setzen Sie Ihr Passwort zurück, wenn Sie es vergessen haben.',
  );
  const lockedEn = await postSignIn(editor.email, TEST_PASSWORD, 'en');
  expect(lockedEn.text).toMatch(/^Too many failed sign-in attempts for this account from your address\. Wait \d+ minutes? /);

  // With invented addresses in X-Forwarded-For (no proxy in front sets it): each one only gets a count of its own.
  for (let i = 0; i < 14; i++) {
    const res = await postSignIn(editor.email, `invented ${i}`, 'de', { 'x-forwarded-for': `203.0.113.${i + 1}` });
    expect(res.signedIn).toBe(false);
  }

  // The editor, from another address (as a proxy in front would report it), signs in with the right password.
  const editorSignsIn = await postSignIn(editor.email, TEST_PASSWORD, 'de', { 'x-forwarded-for': '198.51.100.23' });
  expect(editorSignsIn).toMatchObject({ status: 303, signedIn: true });
});
