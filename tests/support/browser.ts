/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * Browser tests drive Debian's Chromium through playwright-core: nothing ever
 * downloads a browser. Without Chromium the browser suites are skipped with a
 * message, except in CI (CI=true), where they must run.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const INSTALL_HINT = 'install it with `apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Tenant hosts in tests (gesundheit.localhost, …) go to this machine without asking DNS.
  '--host-resolver-rules=MAP *.localhost 127.0.0.1',
];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, as axe-core tags its rules. */
export const AXE_WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Env var through which the global setup shares one running browser with every test file. */
export const BROWSER_WS_ENV = 'CARELEAF_BROWSER_WS';

export function chromiumFound(): boolean {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function isCI(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}

/** Why browser tests cannot run here, or null when they can. Throws in CI, where skipping is not allowed. */
export function browserSkipReason(): string | null {
  if (chromiumFound()) return null;
  const reason = `no Chromium at ${CHROMIUM_PATH}: ${INSTALL_HINT}`;
  if (isCI()) throw new Error(`Browser tests must run in CI, but there is ${reason}.`);
  return reason;
}

let warned = false;

/**
 * `describe` for browser suites: runs when Chromium is there; otherwise every
 * test in it is reported as skipped and the reason is printed once.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  // The timeout is the e2e project's (timeouts.ts, 120 s): long keyboard flows on a loaded 2-core machine need it.
  const reason = browserSkipReason();
  if (!reason) {
    describe(name, fn);
    return;
  }
  if (!warned) {
    warned = true;
    console.warn(`Browser tests skipped: ${reason}`);
  }
  // Skipped on purpose, never silently passed: the reason (how to install Chromium) is in the name. CI fails instead.
  describe.skip(`${name} [skipped: ${reason}]`, fn); // skip reason: no Chromium outside CI (browserSkipReason)
}

/** Launch options for a fresh headless Chromium (its own temporary profile). */
export function launchOptions() {
  return { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS };
}

/** The shared browser from the global setup, or one of this file's own. */
export async function openBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const ws = process.env[BROWSER_WS_ENV];
  if (ws) {
    const browser = await chromium.connect(ws);
    return { browser, close: () => browser.close() };
  }
  const browser = await chromium.launch(launchOptions());
  return { browser, close: () => browser.close() };
}

export interface BrowserHandle {
  browser: Browser;
  /** A context with default settings (JavaScript on, 1280 × 800), opened once per file. */
  context: BrowserContext;
  /** One page reused by the file's tests. */
  page: Page;
  /** A further context, e.g. `{ javaScriptEnabled: false }`; closed with the file. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Call at the top of a browser test file: one browser connection, one context and page, closed after the file. */
export function useBrowser(): BrowserHandle {
  const handle = {} as BrowserHandle;
  let close: (() => Promise<void>) | undefined;
  const extra: BrowserContext[] = [];
  beforeAll(async () => {
    const opened = await openBrowser();
    close = opened.close;
    handle.browser = opened.browser;
    handle.context = await opened.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    handle.page = await handle.context.newPage();
    handle.newContext = async (options = {}) => {
      const context = await opened.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      extra.push(context);
      return context;
    };
  }, 30_000);
  afterAll(async () => {
    for (const c of extra) await c.close().catch(() => undefined);
    await handle.context?.close().catch(() => undefined);
    await close?.();
  });
  return handle;
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core with the WCAG A/AA tags on the page as it is now; returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_WCAG_TAGS).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Horizontal overflow: how much wider the document is than the viewport (0 when it reflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}
