import { chromium } from 'playwright-core';
import globalSetup from './global-setup';
import { BROWSER_WS_ENV, browserSkipReason, launchOptions } from './browser';
import { ensureWebBuild } from './browser-server';

/**
 * The e2e project's setup: the shared database setup, then (when Chromium is
 * there, and always in CI) one build of the web app and one browser that
 * every browser test file connects to.
 */
export default async function browserGlobalSetup(): Promise<void> {
  await globalSetup();
  const reason = browserSkipReason();
  if (reason) {
    console.warn(`\nBrowser tests will be skipped: ${reason}`);
    return;
  }
  ensureWebBuild((line) => console.log(`\n${line}`));
  const server = await chromium.launchServer(launchOptions());
  (globalThis as { __careleafBrowser?: { close(): Promise<void> } }).__careleafBrowser = server;
  process.env[BROWSER_WS_ENV] = server.wsEndpoint();
}
