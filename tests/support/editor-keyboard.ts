/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../factories/user.factory';

/** Presses Tab until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, maxTabs = 120): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Presses `key` (Enter) on the focused control and waits for the redirect that carries a one-off message. */
export async function pressAndWaitForMessage(page: Page, key = 'Enter'): Promise<void> {
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before && url.searchParams.has('flash')), page.keyboard.press(key)]);
}

/** What has focus once the page's script has moved it to the message (or after 5 s, whatever has it then). */
export async function focusedMessage(page: Page): Promise<{ id: string; role: string | null; text: string }> {
  await page.waitForFunction(() => document.activeElement?.id === 'editor-message', undefined, { timeout: 5000 }).catch(() => undefined);
  return page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    role: document.activeElement?.getAttribute('role') ?? null,
    text: (document.activeElement?.textContent ?? '').trim(),
  }));
}

/** Signs in on `/{locale}/editor/sign-in` by keyboard; the dashboard then says so. */
export async function signInWithKeyboard(page: Page, signInUrl: string, email: string): Promise<void> {
  await page.goto(signInUrl);
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(TEST_PASSWORD);
  await pressAndWaitForMessage(page);
  await expect(focusedMessage(page)).resolves.toMatchObject({ id: 'editor-message', role: 'status' });
}

/** Signs out with the editor bar's button. */
export async function signOutWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, '.editor-signout button');
  await pressAndWaitForMessage(page);
  await expect(focusedMessage(page)).resolves.toMatchObject({ role: 'status' });
}
