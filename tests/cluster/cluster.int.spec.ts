import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { Database } from '../../apps/api/src/kernel/db/database';
import { createDataSource } from '../../apps/api/src/server/db/data-source';
import { createServices, type Services } from '../../apps/api/src/server/services';
import { livePid } from '../../scripts/cluster/cluster.ts';
import { content, createDocument, publish, systemActor } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import {
  get,
  metric,
  readLoad,
  remoteApi,
  removeTestCluster,
  startTestCluster,
  testLayout,
  type TestCluster,
  within,
} from '../support/cluster';
import { clientOf, signIn, type SignedInClient } from '../support/session';
import { testMode } from '../support/test-env';

// The whole topology of `npm run cluster` (scripts/cluster; docs/scaling.md): PostgreSQL primary and
// streaming replica, two API and two web processes, nginx. It needs neither DATABASE_URL nor the
// embedded database, so it runs once, with the server suites (CI installs nginx, .ci/run).
const serverOnly = testMode() === 'server' ? describe : describe.skip;

const SLUG = 'cluster-seite';
const READ = `query Read($slug: String!) { publishedDocument(slug: $slug, locale: "de") { title } }`;

serverOnly('the local cluster', () => {
  let cluster: TestCluster;
  let ds: DataSource;
  let services: Services;
  let tenant: { id: string; slug: string };
  let documentId: string;
  let siteHost: string;

  beforeAll(async () => {
    cluster = await startTestCluster(() => undefined);
    ds = createDataSource({ url: cluster.urls.primary, poolMax: 2 });
    await ds.initialize();
    services = createServices(new Database(ds));
    tenant = await createTenant(services);
    siteHost = `${tenant.slug}.test:${cluster.l.ports.site}`;
    documentId = (await createDocument(services, tenant.id, { slug: SLUG, title: 'Erste Fassung' })).document.id;
    await publish(services, tenant.id, documentId);
  }, 300_000);

  afterAll(async () => {
    await ds?.destroy();
    // Always, even when starting failed half-way: processes are found by their pid files.
    await removeTestCluster(testLayout());
  }, 90_000);

  const anonymousRead = async (graphqlUrl: string, query = READ) => {
    const res = await remoteApi(graphqlUrl).gql<{ p?: { title: string }; publishedDocument?: { title: string } }>(query, {
      headers: { 'x-tenant': tenant.slug },
      variables: { slug: SLUG },
    });
    return (res.body.data?.publishedDocument ?? res.body.data?.p)?.title ?? null;
  };
  const page = (base: string) => get(`${base}/de/${SLUG}`, { host: siteHost });
  const shows = (base: string, title: string) => async () => {
    const res = await page(base);
    return res.status === 200 && res.body.includes(title);
  };

  test('a publish through API process 1 is on the replica, on web process 2 and behind nginx within a second; the editor sees it at once', async () => {
    const { urls } = cluster;
    expect(await within(10_000, shows(urls.webs[1]!, 'Erste Fassung'))).not.toBeNull();
    expect(await within(10_000, shows(urls.site, 'Erste Fassung'))).not.toBeNull();

    const approved = await services.db.withTenant(tenant.id, async (tx) => {
      await services.documents.save(tx, systemActor, { documentId, locale: 'de', baseVersion: 1, content: content('Zweite Fassung') });
      for (const step of ['submit', 'approve'] as const)
        await services.workflow.transition(tx, systemActor, step, { documentId, locale: 'de' });
      return (await services.documents.documentLocale(tx, documentId, 'de')).approvedRevisionId;
    });
    const user = await createUser(services, { tenantSlug: tenant.slug, role: 'editor' });
    const editor = await signIn(remoteApi(`${urls.apis[0]}/graphql`), { email: user.email, tenant: tenant.slug });
    // The same browser on API process 2: its signed-in reads go to the primary.
    const editorOn2: SignedInClient = clientOf(
      remoteApi(`${urls.apis[1]}/graphql`),
      tenant.slug,
      {},
      [...editor.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`),
      editor.user,
      editor.csrfToken,
    );

    const published = await editor.gql(
      `mutation($input: PublishInput!) { publishTranslation(input: $input) { documentLocale { status } } }`,
      { variables: { input: { documentId, locale: 'de', revisionId: approved } } },
    );
    expect(published.body.errors).toBeUndefined();

    // At once, and not as a public read (those alone may go to a replica).
    const publicReads = async () =>
      (await metric(urls.apis[1]!, urls.metricsToken, 'careleaf_db_public_reads_total', 'target="replica"')) +
      (await metric(urls.apis[1]!, urls.metricsToken, 'careleaf_db_public_reads_total', 'target="primary"'));
    const before = await publicReads();
    const signedInRead = await editorOn2.gql<{ publishedDocument: { title: string } }>(READ, { variables: { slug: SLUG } });
    expect(signedInRead.body.data?.publishedDocument.title).toBe('Zweite Fassung');
    expect(await publicReads()).toBe(before);

    const replica = new Client({ connectionString: urls.replica });
    await replica.connect();
    try {
      const onReplica = async () => {
        const rows = await replica.query<{ title: string }>(
          `SELECT title FROM published_documents WHERE document_id = $1 AND locale = 'de'`,
          [documentId],
        );
        return rows.rows[0]?.title === 'Zweite Fassung';
      };
      const [replicaMs, anonymousMs, web2Ms, siteMs] = await Promise.all([
        within(1000, onReplica),
        within(1000, async () => (await anonymousRead(urls.api)) === 'Zweite Fassung'),
        within(1000, shows(urls.webs[1]!, 'Zweite Fassung')),
        within(1000, shows(urls.site, 'Zweite Fassung')),
      ]);
      expect({ replicaMs, anonymousMs, web2Ms, siteMs }).toEqual({
        replicaMs: expect.any(Number),
        anonymousMs: expect.any(Number),
        web2Ms: expect.any(Number),
        siteMs: expect.any(Number),
      });
    } finally {
      await replica.end();
    }

    // A read nothing cached yet (its own operation text), answered from the replica.
    const api2 = urls.apis[1]!;
    const counted = () => metric(api2, urls.metricsToken, 'careleaf_db_public_reads_total', 'target="replica"');
    let n = 0;
    const fromReplica = await within(1000, async () => {
      const before = await counted();
      const title = await anonymousRead(
        `${api2}/graphql`,
        `query Fresh${++n} { p: publishedDocument(slug: "${SLUG}", locale: "de") { title } }`,
      );
      return title === 'Zweite Fassung' && (await counted()) === before + 1;
    });
    expect(fromReplica).not.toBeNull();
    expect(await metric(api2, urls.metricsToken, 'careleaf_db_replica_up', 'replica="1"')).toBe(1);
  }, 60_000);

  test('killing an API process while readers read through nginx fails at most 0.1 % of reads; the process is restarted and rejoins', async () => {
    const { urls, l } = cluster;
    const graphqlGet = `${urls.api}?query=${encodeURIComponent(READ)}&variables=${encodeURIComponent(JSON.stringify({ slug: SLUG }))}`;
    let i = 0;
    // GraphQL over GET (which nginx may retry on another API process), and every fourth read a page.
    const read = async () => {
      if (i++ % 4 === 0) return (await page(urls.site)).status === 200;
      const res = await get(graphqlGet, { 'x-tenant': tenant.slug, 'apollo-require-preflight': 'true' });
      return res.status === 200 && res.body.includes('Zweite Fassung');
    };
    const killed = livePid(l, 'api-1');
    expect(killed).not.toBeNull();
    const load = readLoad(20_000, 8, read);
    await new Promise((r) => setTimeout(r, 5000));
    process.kill(killed!, 'SIGKILL');
    const { total, failed } = await load;
    // Pages render on two shared cores: a few hundred reads at least, every failure counted.
    expect(total).toBeGreaterThan(500);
    expect({ total, failed, ok: failed / total <= 0.001 }).toEqual({ total, failed, ok: true });

    // The supervisor started it again, and nginx sends it reads once more.
    expect(livePid(l, 'api-1')).not.toBe(killed);
    const rejoined = await within(20_000, async () => {
      await Promise.all(Array.from({ length: 6 }, () => read()));
      const served = await metric(
        urls.apis[0]!,
        urls.metricsToken,
        'careleaf_http_request_duration_seconds_count',
        'method="GET",route="/graphql",status="200"',
      );
      return served > 0;
    });
    expect(rejoined).not.toBeNull();
  }, 90_000);
});
