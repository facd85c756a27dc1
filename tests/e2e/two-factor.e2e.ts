/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { axeViolations, describeInBrowser } from '../support/browser';
import { useSite } from '../support/browser-site';
import { focusedMessage, pressAndWaitForMessage, signInWithKeyboard, signOutWithKeyboard, tabTo } from '../support/editor-keyboard';

/**
 * The code of the time step `offset` steps from now. The API accepts the
 * step before, this one and the next, each once per account, so the set-up
 * uses the previous step and the sign-in this one; near the end of a step
 * this waits for the next so both stay inside the window.
 */
async function codeAt(secret: string, offset: -1 | 0): Promise<string> {
  if (Date.now() % 30_000 > 27_000) await new Promise((r) => setTimeout(r, 30_100 - (Date.now() % 30_000)));
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

async function typeAndSubmit(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
  await pressAndWaitForMessage(page);
}

describeInBrowser('two-factor sign-in in the editor', () => {
  let editor: { id: string; email: string };
  let admin: { email: string };
  let reviewer: { email: string };
  const site = useSite(async ({ services }) => {
    editor = await createUser(services, { tenantSlug: 'gesundheit', role: 'editor' });
    admin = await createUser(services, { tenantSlug: 'gesundheit', role: 'admin' });
    reviewer = await createUser(services, { tenantSlug: 'gesundheit', role: 'reviewer' });
  });

  test('an editor sets up two-factor sign-in by keyboard, then signs in with password and code, and later with a recovery code (in German, without JavaScript)', async () => {
    const { page } = site.browser;
    await signInWithKeyboard(page, site.url('/en/editor/sign-in'), editor.email);

    // From the editor bar to the set-up page, which starts with one button.
    await tabTo(page, 'a[href="/en/editor/account/two-factor"]');
    await Promise.all([page.waitForURL(/\/en\/editor\/account\/two-factor$/), page.keyboard.press('Enter')]);
    await expect(page.locator('h2#two-factor-off').textContent()).resolves.toBe('Two-factor sign-in is off');
    await expectNoAxeViolations(page);
    await tabTo(page, 'form[action$="/two-factor/start"] button');
    await pressAndWaitForMessage(page);

    // The QR code is an inline SVG with a name; the same secret is there as text in groups of four.
    const qr = page.locator('.qr-code');
    await expect(qr.getAttribute('role')).resolves.toBe('img');
    await expect(qr.getAttribute('aria-label')).resolves.toMatch(/^QR code for your authenticator app/);
    await expect(qr.locator('svg').count()).resolves.toBe(1);
    const key = (await page.locator('#secret-key').textContent()) ?? '';
    expect(key).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const secret = key.replace(/\s/g, '');
    await expectNoAxeViolations(page);

    // A wrong code is refused through the error summary, linked to the field; the right one turns it on.
    await typeAndSubmit(page, '#confirmCode', '12345');
    await expect(page.locator('.error-summary a[href="#confirmCode"]').textContent()).resolves.toMatch(/^This code is not correct/);
    await expect(page.locator('#confirmCode').getAttribute('aria-invalid')).resolves.toBe('true');
    await typeAndSubmit(page, '#confirmCode', await codeAt(secret, -1));
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'status',
      text: 'Two-factor sign-in is on. Save your recovery codes now.',
    });
    const recoveryCodes = await page.locator('.recovery-codes li').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await expectNoAxeViolations(page);

    // The download is a text file, never cached, with the same codes.
    // Fetched from the page (same origin, its cookies): the browser resolves the test host names, a bare request would not.
    const download = await page.evaluate(async () => {
      const res = await fetch('/en/editor/account/two-factor/recovery-codes');
      const headers = ['content-type', 'content-disposition', 'cache-control'].map((h) => [h, res.headers.get(h)]);
      return { status: res.status, headers: Object.fromEntries(headers) as Record<string, string | null>, text: await res.text() };
    });
    expect(download).toMatchObject({
      status: 200,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': 'attachment; filename="careleaf-recovery-codes.txt"',
        'cache-control': 'no-store',
      },
    });
    const file = download.text;
    for (const code of recoveryCodes) expect(file).toContain(code);

    // "I have saved them" removes the codes from the page for good.
    await tabTo(page, 'form[action$="/two-factor/done"] button');
    await pressAndWaitForMessage(page);
    await expect(page.locator('.recovery-codes').count()).resolves.toBe(0);
    await expect(page.locator('h2#two-factor-on').textContent()).resolves.toBe('Two-factor sign-in is on');
    await signOutWithKeyboard(page);

    // The password alone no longer signs in: the second step asks for the code.
    await signInWithKeyboard(page, site.url('/en/editor/sign-in'), editor.email);
    expect(new URL(page.url()).pathname).toBe('/en/editor/sign-in/code');
    await expect(page.locator('#editor-message').textContent()).resolves.toContain('Now enter the code from your authenticator app.');
    const codeField = page.locator('#code');
    await expect(codeField.getAttribute('autocomplete')).resolves.toBe('one-time-code');
    await expect(codeField.getAttribute('inputmode')).resolves.toBe('numeric');
    await expect(page.locator('label[for="code"]').textContent()).resolves.toBe('Code from your authenticator app');
    await expectNoAxeViolations(page);
    const signInCode = await codeAt(secret, 0);
    await typeAndSubmit(page, '#code', signInCode);
    expect(new URL(page.url()).pathname).toBe('/en/editor');
    await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status', text: 'You are signed in.' });

    // The same code a second time (a replay, even in a later time step) is refused with the catalog's words.
    await signOutWithKeyboard(page);
    await signInWithKeyboard(page, site.url('/en/editor/sign-in'), editor.email);
    await typeAndSubmit(page, '#code', signInCode);
    expect(new URL(page.url()).pathname).toBe('/en/editor/sign-in/code');
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('This code is not correct or was used already.');
    await expectNoAxeViolations(page);
    // The recovery-code form is one link away (axe runs here: it needs the page's JavaScript).
    await tabTo(page, 'a[href$="/sign-in/code?method=recovery"]');
    await Promise.all([page.waitForURL(/method=recovery$/), page.keyboard.press('Enter')]);
    await expect(page.locator('label[for="recoveryCode"]').textContent()).resolves.toBe('Recovery code');
    await expectNoAxeViolations(page);

    // Without JavaScript and in German: password, then a recovery code instead of the app's code.
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    plain.setDefaultTimeout(10_000);
    await plain.goto(site.url('/de/editor/sign-in'));
    await plain.fill('#email', editor.email);
    await plain.fill('#password', TEST_PASSWORD);
    await Promise.all([plain.waitForURL(/\/de\/editor\/sign-in\/code\?flash=/), plain.click('form[action$="/sign-in/submit"] button')]);
    await expect(plain.locator('h1').textContent()).resolves.toBe('Anmeldecode eingeben');
    await expect(plain.locator('.notice').textContent()).resolves.toBe(
      'Ihr Passwort stimmt. Geben Sie jetzt den Code aus Ihrer Authenticator-App ein.',
    );
    await expect(plain.locator('a[href$="method=recovery"]').textContent()).resolves.toBe(
      'Stattdessen einen Wiederherstellungscode verwenden',
    );
    await Promise.all([plain.waitForURL(/method=recovery$/), plain.click('a[href$="method=recovery"]')]);
    await expect(plain.locator('label[for="recoveryCode"]').textContent()).resolves.toBe('Wiederherstellungscode');
    await plain.fill('#recoveryCode', recoveryCodes[0]!);
    await Promise.all([plain.waitForURL(/\/de\/editor\?flash=/), plain.click('form[action$="/code/submit"] button')]);
    await expect(plain.locator('.notice').textContent()).resolves.toBe('Sie sind angemeldet.');
    await noScript.close();
  }, 180_000);

  test("an admin resets a member's two-factor sign-in and turns on the tenant's rule by keyboard; a reviewer without it is sent to set it up", async () => {
    const page = await (await site.browser.newContext()).newPage();
    await signInWithKeyboard(page, site.url('/en/editor/sign-in'), admin.email);

    // The editor of the first test lost their phone: after a confirmation, their second factor is gone.
    await page.goto(site.url(`/en/editor/settings/members/${editor.id}/reset-two-factor`));
    await expect(page.locator('h1').textContent()).resolves.toBe('Reset two-factor sign-in');
    await expectNoAxeViolations(page);
    await tabTo(page, 'form[action$="/settings/members/save"] button');
    await pressAndWaitForMessage(page);
    await expect(focusedMessage(page)).resolves.toMatchObject({
      role: 'status',
      text: expect.stringMatching(/^Two-factor sign-in was removed\./) as string,
    });

    // The rule, by keyboard; the admin has no second factor yet, so they are taken to set it up.
    await page.goto(site.url('/en/editor/settings'));
    await expect(page.locator('label[for="require-two-factor"]').textContent()).resolves.toBe(
      'Admins and reviewers must use two-factor sign-in',
    );
    await expectNoAxeViolations(page);
    await tabTo(page, '#require-two-factor');
    await page.keyboard.press('Space');
    await tabTo(page, 'form:has(#require-two-factor) button');
    await pressAndWaitForMessage(page);
    expect(new URL(page.url()).pathname).toBe('/en/editor/account/two-factor');
    await expect(page.locator('#editor-message').textContent()).resolves.toMatch(
      /^This organisation requires two-factor sign-in for your role\./,
    );
    await page.context().close();

    // A reviewer signing in with the password lands on the set-up page; the editor (not held by the rule) signs in with the password alone.
    const other = await (await site.browser.newContext()).newPage();
    await signInWithKeyboard(other, site.url('/de/editor/sign-in'), reviewer.email);
    expect(new URL(other.url()).pathname).toBe('/de/editor/account/two-factor');
    await expect(other.locator('h1').textContent()).resolves.toBe('Anmeldung in zwei Schritten');
    await expectNoAxeViolations(other);
    await signOutWithKeyboard(other);
    await signInWithKeyboard(other, site.url('/en/editor/sign-in'), editor.email);
    expect(new URL(other.url()).pathname).toBe('/en/editor');
    await other.context().close();
  }, 120_000);
});
