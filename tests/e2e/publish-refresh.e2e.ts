import { subscribeWebRevalidation } from '../../apps/api/src/server/subscribers';
import { tenantHosts, WebRevalidator } from '../../apps/api/src/server/web-revalidation';
import { content, createPublishedDocument, publish, systemActor } from '../factories/document.factory';
import { describeInBrowser } from '../support/browser';
import { httpGet } from '../support/browser-server';
import { GERMAN_HOST, useSite } from '../support/browser-site';

const SECRET = 'publish-refresh-test-secret';
// Read by the web server this file starts (it inherits the environment).
process.env.CARELEAF_REVALIDATE_SECRET = SECRET;

/**
 * The patient site caches published pages (for minutes) and the API tells it
 * when something changed: readers see a publish or an unpublish at once.
 */
describeInBrowser('published pages refresh when the API publishes', () => {
  let documentId = '';
  let tenantId = '';
  const SLUG = 'blutdruck-tagebuch';
  const site = useSite(async ({ services }) => {
    tenantId = (await services.tenancy.bySlug('gesundheit')).id;
    const created = await createPublishedDocument(services, tenantId, { slug: SLUG, title: 'Blutdruck-Tagebuch führen' });
    documentId = created.document.id;
  });
  let revalidator: WebRevalidator;
  let detach: () => void;
  beforeAll(() => {
    const { services } = site.database;
    revalidator = new WebRevalidator({
      urls: [site.web.url('127.0.0.1', '/api/revalidate')],
      secret: SECRET,
      hostsOf: tenantHosts(services.db, services.tenancy),
      logger: null,
    });
    detach = subscribeWebRevalidation(services.events, revalidator);
  });
  afterAll(() => detach());

  const page = () => httpGet(site.url(`/de/${SLUG}`, GERMAN_HOST));

  test('a new version of a published page is shown as soon as it is published', async () => {
    const before = await page();
    expect(before.status).toBe(200);
    expect(before.body).toContain('Blutdruck-Tagebuch führen');
    // A second read comes from the web app's cache.
    expect((await page()).body).toContain('Blutdruck-Tagebuch führen');

    const { services } = site.database;
    await services.db.withTenant(tenantId, async (tx) => {
      const row = await services.documents.documentLocale(tx, documentId, 'de');
      await services.documents.save(tx, systemActor, {
        documentId,
        locale: 'de',
        baseVersion: row.version,
        content: content('Ein Blutdruck-Tagebuch hilft der Praxis'),
      });
    });
    // Saved, not yet published: readers still see the published version.
    expect((await page()).body).toContain('Blutdruck-Tagebuch führen');

    await publish(services, tenantId, documentId);
    await revalidator.flush();
    const after = await page();
    expect(after.body).toContain('Ein Blutdruck-Tagebuch hilft der Praxis');
    expect(after.body).not.toContain('Blutdruck-Tagebuch führen');
  });

  test('an unpublished page is gone at once', async () => {
    expect((await page()).status).toBe(200);
    const { services } = site.database;
    await services.db.withTenant(tenantId, (tx) =>
      services.workflow.transition(tx, systemActor, 'unpublish', { documentId, locale: 'de' }),
    );
    await revalidator.flush();
    expect((await page()).status).toBe(404);
  });
});
