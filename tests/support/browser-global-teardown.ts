import globalTeardown from './global-teardown';
import { BROWSER_WS_ENV } from './browser';

export default async function browserGlobalTeardown(): Promise<void> {
  const holder = globalThis as { __careleafBrowser?: { close(): Promise<void> } };
  if (holder.__careleafBrowser) {
    await holder.__careleafBrowser.close();
    delete holder.__careleafBrowser;
    delete process.env[BROWSER_WS_ENV];
  }
  await globalTeardown();
}
