/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { ParsedMail } from 'mailparser';
import { generate } from 'otplib';
import type { Locator, Page } from 'playwright-core';
import { seedDemo } from '../../apps/api/src/server/seed/demo';
import type { Services } from '../../apps/api/src/server/services';
import type { TestSmtpServer } from '../support/smtp';
import { linkIn, startMailStack } from '../support/mail-stack';
import { subscribeNotifications } from '../../apps/api/src/server/subscribers';
import { createDocument, paragraph } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { useTestApi } from '../support/api';
import { axeViolations, describeInBrowser, useBrowser } from '../support/browser';
import { GERMAN_HOST } from '../support/browser-site';
import { startWebServer, type WebServer } from '../support/browser-server';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { focusedMessage } from '../support/editor-keyboard';

const REVIEWER_EMAIL = 'dr.pruefer@example.org';
const REVIEWER_NAME = 'Dr. Paula Prüfer';
const REVIEWER_PASSWORD = 'amber otters fold seven maps';
const TITLE = 'Fieber bei Kindern';

/**
 * What the authenticator app shows, `stepsAhead` 30-second steps from now.
 * The API accepts the step before, this one and the next, each step once
 * per account (later steps only). Enrolment uses this step's code; the
 * sign-in uses the next step's, which is always later than the enrolment's
 * and valid for at least 30 s more: no waiting, and no replay refusal
 * however the steps fall.
 */
function appCode(secret: string, stepsAhead: 0 | 1): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

/** Clicks a form's button and waits for the redirect that carries the one-off message. */
async function submit(page: Page, button: Locator): Promise<void> {
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before && url.searchParams.has('flash')), button.click()]);
}

describeInBrowser('a real team: an admin invites a reviewer by e-mail, who joins, turns on two-factor sign-in and approves', () => {
  const database = useTestDatabase();
  let smtp: TestSmtpServer;
  let stopMail: (() => Promise<void>) | undefined;
  let services: Services;
  let web: WebServer;
  let detachNotifications: () => void;
  let tenantName: string;
  let admin: { email: string };
  let editor: { id: string; email: string };
  let documentId: string;
  // As in production: mail is queued in PostgreSQL and its worker hands it to an SMTP server; links name the web app's port.
  beforeAll(async () => {
    ({ smtp, services, stop: stopMail } = await startMailStack(database, () => web.port));
    detachNotifications = subscribeNotifications(services.events, services.notifications);
    await seedDemo(services);
    const tenant = await services.tenancy.bySlug('gesundheit');
    tenantName = tenant.name;
    admin = await createUser(services, { tenantSlug: 'gesundheit', role: 'admin' });
    editor = await createUser(services, { tenantSlug: 'gesundheit', role: 'editor' });
    const author = { userId: editor.id, label: editor.email, role: 'editor' as const, locales: [] };
    documentId = (
      await createDocument(services, tenant.id, {
        slug: 'fieber-bei-kindern',
        title: TITLE,
        blocks: [paragraph('p-1', 'Fieber ist eine normale Abwehrreaktion des Körpers.')],
        actor: author,
      })
    ).document.id;
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
    detachNotifications?.();
    await services?.notifications.settled();
    await web?.stop();
    await stopMail?.();
  });

  const url = (path: string) => web.url(GERMAN_HOST, path);

  /** The first message to `to` whose subject starts with `subject`, within 20 s. */
  async function mailTo(to: string, subject: string): Promise<ParsedMail> {
    const until = Date.now() + 20_000;
    for (;;) {
      const mail = smtp.received.find(
        (m) => m.subject?.startsWith(subject) && [m.to].flat().some((a) => a?.value.some((v) => v.address === to)),
      );
      if (mail) return mail;
      if (Date.now() > until) throw new Error(`no mail "${subject}…" to ${to} arrived within 20 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto(url('/de/editor/sign-in'));
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill(password);
    await submit(page, page.getByRole('button', { name: 'Anmelden', exact: true }));
  }

  async function signOut(page: Page): Promise<void> {
    await submit(page, page.getByRole('button', { name: 'Abmelden' }));
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Sie sind abgemeldet.' });
  }

  test('invitation mail from a real SMTP server, joining, two-factor set-up and sign-in, review and approval with the author told by mail', async () => {
    // 1. The admin invites the reviewer from the Members page.
    const adminPage = await (await browser.newContext()).newPage();
    await signIn(adminPage, admin.email, TEST_PASSWORD);
    await adminPage.getByRole('navigation', { name: 'Redaktion' }).getByRole('link', { name: 'Einstellungen' }).click();
    await adminPage.getByRole('link', { name: 'Mitglieder' }).click();
    await expect(adminPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mitglieder');
    await adminPage.getByLabel('E-Mail-Adresse').fill(REVIEWER_EMAIL);
    await adminPage.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Medizinische Prüfung' });
    await submit(adminPage, adminPage.getByRole('button', { name: 'Einladung senden' }));
    await expect(focusedMessage(adminPage)).resolves.toMatchObject({ role: 'status', text: 'Die Einladung wurde per E-Mail verschickt.' });
    await expect(adminPage.getByRole('table', { name: 'Offene Einladungen' }).textContent()).resolves.toContain(REVIEWER_EMAIL);

    // 2. The invitation arrives at the SMTP server, in the admin's language, with a heading and a link that says where it goes.
    const invitation = await mailTo(REVIEWER_EMAIL, 'Einladung');
    expect([invitation.to].flat().flatMap((a) => a!.value.map((v) => v.address))).toEqual([REVIEWER_EMAIL]);
    expect(invitation.subject).toBe(`Einladung zu ${tenantName} auf Careleaf`);
    expect(invitation.html).toContain('<html lang="de" dir="ltr">');
    expect(invitation.html).toMatch(new RegExp(`<h1[^>]*>Ihre Einladung zu ${tenantName}</h1>`));
    const link = linkIn(invitation);
    expect(link.text).toBe(`Einladung zu ${tenantName} annehmen`);
    expect(new URL(link.href).pathname).toBe('/de/editor/accept-invitation');

    // 3. The reviewer, in a browser of their own, follows the link, chooses a name and password and is signed in.
    const page = await (await browser.newContext()).newPage();
    await page.goto(link.href);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Einladung annehmen');
    await expect(page.getByRole('main').textContent()).resolves.toContain(REVIEWER_EMAIL);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Ihr Name').fill(REVIEWER_NAME);
    await page.getByLabel('Neues Passwort').fill(REVIEWER_PASSWORD);
    await submit(page, page.getByRole('button', { name: 'Annehmen und anmelden' }));
    expect(new URL(page.url()).pathname).toBe('/de/editor');
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Willkommen: Sie sind beigetreten und angemeldet.' });
    // The admin hears that the invitation was accepted.
    await expect(mailTo(admin.email, REVIEWER_NAME).then((m) => m.subject)).resolves.toBe(`${REVIEWER_NAME} ist jetzt bei ${tenantName}`);

    // 4. Two-factor sign-in from the account link: the key as text, a code from it, the recovery codes shown once.
    await page.getByRole('link', { name: 'Anmeldung in zwei Schritten' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Die Anmeldung in zwei Schritten ist ausgeschaltet' }).count()).resolves.toBe(
      1,
    );
    await submit(page, page.getByRole('button', { name: 'Anmeldung in zwei Schritten einrichten' }));
    const setUp = page.getByRole('region', { name: 'Authenticator-App einrichten' });
    const key = (await setUp.locator('code').textContent()) ?? '';
    expect(key).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const secret = key.replace(/\s/g, '');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Code aus Ihrer Authenticator-App').fill(await appCode(secret, 0));
    await submit(page, page.getByRole('button', { name: 'Anmeldung in zwei Schritten einschalten' }));
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'status',
      text: 'Die Anmeldung in zwei Schritten ist eingeschaltet. Speichern Sie jetzt Ihre Wiederherstellungscodes.',
    });
    const recovery = page.getByRole('region', { name: 'Ihre Wiederherstellungscodes' });
    await expect(recovery.getByRole('listitem').count()).resolves.toBe(10);
    expect(await axeViolations(page)).toEqual([]);
    await submit(page, page.getByRole('button', { name: 'Ich habe meine Wiederherstellungscodes gespeichert' }));
    await expect(recovery.count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Die Anmeldung in zwei Schritten ist eingeschaltet' }).count()).resolves.toBe(
      1,
    );

    // 5. Signed out and in again: the password, then a fresh code from the app.
    await signOut(page);
    await signIn(page, REVIEWER_EMAIL, REVIEWER_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/de/editor/sign-in/code');
    await page.getByLabel('Code aus Ihrer Authenticator-App').fill(await appCode(secret, 1));
    await submit(page, page.getByRole('button', { name: 'Weiter' }));
    expect(new URL(page.url()).pathname).toBe('/de/editor');
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Sie sind angemeldet.' });

    // Meanwhile the author submits their draft for review; the new reviewer is told by mail.
    const editorPage = await (await browser.newContext()).newPage();
    await signIn(editorPage, editor.email, TEST_PASSWORD);
    await editorPage.getByRole('table', { name: 'Meine Entwürfe' }).getByRole('link', { name: TITLE }).click();
    await submit(editorPage, editorPage.getByRole('button', { name: 'Zur Prüfung einreichen' }));
    await expect(focusedMessage(editorPage)).resolves.toMatchObject({ role: 'status', text: 'Die Fassung wartet jetzt auf die Prüfung.' });
    await expect(mailTo(REVIEWER_EMAIL, 'Prüfung angefragt').then((m) => m.subject)).resolves.toBe(`Prüfung angefragt: ${TITLE} (de)`);

    // 6. The reviewer finds it under "Warten auf Prüfung", approves it, and the author receives the "approved" mail.
    await page.reload();
    await page.getByRole('table', { name: 'Warten auf Prüfung' }).getByRole('link', { name: TITLE }).click();
    expect(new URL(page.url()).pathname).toBe(`/de/editor/documents/${documentId}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE);
    await submit(page, page.getByRole('region', { name: 'Arbeitsablauf' }).getByRole('button', { name: 'Freigeben' }));
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'Die Fassung ist freigegeben.' });
    await expect(page.getByRole('main').textContent()).resolves.toMatch(/Status: freigegeben\./);
    const approved = await mailTo(editor.email, 'Freigegeben');
    expect(approved.subject).toBe(`Freigegeben: ${TITLE} (de)`);
    expect(approved.text).toContain(`${REVIEWER_NAME} hat die Fassung de von „${TITLE}“ auf ${tenantName} freigegeben.`);
  }, 120_000);
});
