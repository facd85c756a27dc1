import { GATE_OFF, testActor } from '../factories/tenant.factory';
import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { useTestApi, type TestApi } from './api';
import { useBrowser, type BrowserHandle } from './browser';
import { useWebServer, type WebServer } from './browser-server';
import { useTestDatabase, type TestDatabase } from './database';

export const GERMAN_HOST = 'gesundheit.localhost';
export const AUSTRIAN_HOST = 'gesundheit-at.localhost';

export interface SiteUnderTest {
  database: TestDatabase;
  api: TestApi;
  web: WebServer;
  browser: BrowserHandle;
  /** Absolute URL of `path` on a tenant host, e.g. url('/de') on the German demo tenant. */
  url(path: string, host?: string): string;
}

/**
 * The whole stack for a browser test file, inside describeInBrowser(): a clean
 * database seeded with the demo tenants (plus `prepare`), the API, the built
 * web app and a browser page. `env` adds settings of the API and of the web app.
 */
export function useSite(
  prepare?: (database: TestDatabase) => Promise<void>,
  env: { api?: Record<string, string>; web?: Record<string, string> } = {},
  options: { gate?: boolean } = {},
): SiteUnderTest {
  const database = useTestDatabase();
  const api = useTestApi(database, env.api);
  beforeAll(async () => {
    await seedDemo(database.services);
    // Most suites publish bare documents and are not about the publish gate (publish-gate.e2e.ts keeps it on).
    if (!options.gate) {
      for (const slug of ['gesundheit', 'gesundheit-at']) {
        await database.services.tenancy.update(slug, { publishRequirements: GATE_OFF }, testActor);
      }
    }
    await prepare?.(database);
  });
  const web = useWebServer(api, env.web);
  const browser = useBrowser();
  return {
    database,
    api,
    web,
    browser,
    url: (path, host = GERMAN_HOST) => web.url(host, path),
  };
}
