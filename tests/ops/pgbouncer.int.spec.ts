import { Client } from 'pg';
import { APP_ROLE } from '@careleaf/migrations';
import type { DomainEvent, EventOrigin } from '../../apps/api/src/kernel/events';
import { Database } from '../../apps/api/src/kernel/db/database';
import { createDataSource } from '../../apps/api/src/server/db/data-source';
import { startApiProcess, inBatches } from '../support/api-process';
import { useTestDatabase } from '../support/database';
import { startEventProcess, until } from '../support/event-process';
import { pgbouncerAvailable } from '../support/pgbouncer';
import { testMode } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, createPublishedDocument, publish } from '../factories/document.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

/**
 * Careleaf behind PgBouncer in transaction mode (docs/scaling.md, ADR 0036):
 * the services' queries go through a PgBouncer of this file's own with two
 * server connections, so transactions of different tenants share them.
 */
const runs = testMode() === 'server' && pgbouncerAvailable();
if (testMode() !== 'server') console.warn('PgBouncer fronts the PostgreSQL server: skipping the PgBouncer tests on the embedded database.');
const it = runs ? test : test.skip;
const POOL = 2;
const t = useTestDatabase(runs ? { pgbouncer: { poolSize: POOL } } : {});

interface Seen {
  setting: string | null;
  role: string;
  pid: number;
  tenants: string[];
}

it('interleaved transactions of two tenants over two server connections each see only their own tenant, and leave no setting behind', async () => {
  const a = await createTenant(t.services);
  const b = await createTenant(t.services);
  for (const tenant of [a, b]) await createPublishedDocument(t.services, tenant.id);
  // More clients than PgBouncer has server connections: transactions queue and take turns on them.
  const ds = createDataSource({ url: t.pooledUrl!, poolMax: 12, applicationName: 'careleaf-test-pgbouncer' });
  await ds.initialize();
  const db = new Database(ds, false);
  try {
    const seen = await inBatches(120, 12, (i) => {
      const tenant = i % 2 ? a : b;
      return db.withTenant(tenant.id, async ({ em }) => {
        // A pause between setting the tenant and reading: another client's transaction would run now if it could.
        await em.query(`SELECT pg_sleep(0.002)`);
        const [row] = (await em.query(
          `SELECT current_setting('app.tenant_id', true) AS setting, current_user AS role, pg_backend_pid() AS pid,
                    coalesce((SELECT array_agg(DISTINCT tenant_id::text) FROM documents), '{}') AS tenants`,
        )) as Seen[];
        return { expected: tenant.id, ...row! };
      });
    });
    for (const s of seen) {
      expect({ setting: s.setting, role: s.role, tenants: s.tenants }).toEqual({
        setting: s.expected,
        role: APP_ROLE,
        tenants: [s.expected],
      });
    }
    const pids = new Set(seen.map((s) => s.pid));
    expect(pids.size).toBe(POOL);

    // Outside any transaction, on every server connection: the owner role, no tenant. Two transactions held
    // open at once occupy both server connections.
    const clients = [new Client({ connectionString: t.pooledUrl }), new Client({ connectionString: t.pooledUrl })];
    for (const c of clients) await c.connect();
    try {
      for (const c of clients) await c.query('BEGIN');
      const rows = await Promise.all(
        clients.map(
          async (c) =>
            (
              await c.query<{ setting: string | null; role: string; pid: number }>(
                `SELECT current_setting('app.tenant_id', true) AS setting, current_user AS role, pg_backend_pid() AS pid`,
              )
            ).rows[0]!,
        ),
      );
      expect(new Set(rows.map((r) => r.pid))).toEqual(pids);
      for (const r of rows) expect([r.setting ?? '', r.role]).toEqual(['', 'postgres']);
      for (const c of clients) await c.query('COMMIT');
      // And statements outside a transaction (each its own): no tenant either.
      for (let i = 0; i < 6; i++) {
        const { rows: bare } = await clients[i % 2]!.query<{ setting: string | null }>(
          `SELECT current_setting('app.tenant_id', true) AS setting`,
        );
        expect(bare[0]!.setting ?? '').toBe('');
      }
    } finally {
      for (const c of clients) await c.end();
    }
  } finally {
    await ds.destroy();
  }
}, 60_000);

it('an event published through PgBouncer reaches another process listening on the direct connection', async () => {
  const tenant = await createTenant(t.services);
  const { document } = await createDocument(t.services, tenant.id);
  // The other process listens on the direct URL, as the API does with DATABASE_DIRECT_URL.
  const other = await startEventProcess(t.url);
  try {
    await publish(t.services, tenant.id, document.id);
    const heard = await until('the other process to hear the publish', () =>
      other.heard.find(([e]) => e.type === 'DocumentPublished' && e.tenantId === tenant.id),
    );
    expect(heard).toEqual<[DomainEvent, EventOrigin]>([
      { type: 'DocumentPublished', tenantId: tenant.id, documentId: document.id, locale: 'de', actorId: null },
      'elsewhere',
    ]);
  } finally {
    await other.stop();
  }
});

async function gql<T>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: unknown[]; cookies: string[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as { data?: T; errors?: unknown[] }), cookies: res.headers.getSetCookie() };
}

it('the API process with DATABASE_URL through PgBouncer and DATABASE_DIRECT_URL starts, signs in, writes and reads', async () => {
  const tenant = await createTenant(t.services);
  const editor = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const published = await createPublishedDocument(t.services, tenant.id);
  // No response cache: every read below reaches the database.
  const api = await startApiProcess(t.pooledUrl!, { DATABASE_DIRECT_URL: t.url, COOKIE_SECURE: 'false', PUBLIC_CACHE_MB: '0' });
  try {
    const header = { 'x-tenant': tenant.slug };
    const anonymous = await gql<{ tenant: { slug: string } }>(api.graphqlUrl, header, '{ tenant { slug } }');
    expect(anonymous.data).toEqual({ tenant: { slug: tenant.slug } });
    // The public read is one statement (Database.readOnce): unnamed behind the pooler, so any server connection serves it.
    const pages = await inBatches(20, 10, () =>
      gql<{ publishedDocument: { slug: string } | null }>(
        api.graphqlUrl,
        header,
        `query($slug: String!) { publishedDocument(locale: "de", slug: $slug) { slug } }`,
        { slug: published.slug },
      ),
    );
    for (const p of pages) expect(p).toEqual({ data: { publishedDocument: { slug: published.slug } }, cookies: [] });

    // Sign-in writes a session (the credential role); creating a document writes tenant rows and an event.
    const signIn = await gql<{ signIn: { csrfToken: string } }>(
      api.graphqlUrl,
      header,
      `mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }`,
      { input: { email: editor.email, password: TEST_PASSWORD } },
    );
    expect(signIn.errors).toBeUndefined();
    const signedIn = {
      ...header,
      cookie: signIn.cookies.map((c) => c.split(';')[0]).join('; '),
      'x-csrf-token': signIn.data!.signIn.csrfToken,
    };
    const created = await gql<{ createDocument: { document: { id: string } } }>(
      api.graphqlUrl,
      signedIn,
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }`,
      { input: { kind: 'ARTICLE', locale: 'de', slug: `pooled-${Date.now()}`, content: content('Über PgBouncer') } },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createDocument.document.id;

    // Reads again, many at once, each in its own transaction on the two server connections.
    const reads = await inBatches(20, 10, () =>
      gql<{ document: { id: string } }>(api.graphqlUrl, signedIn, `query($id: ID!) { document(id: $id) { id } }`, { id }),
    );
    for (const r of reads) expect(r).toMatchObject({ data: { document: { id } } });
    expect(api.alive()).toBe(true);

    // The listener and the job queue are connected directly, not through PgBouncer.
    const direct = new Client({ connectionString: t.url });
    const admin = new Client({ connectionString: t.pgbouncer!.adminUrl });
    await direct.connect();
    await admin.connect();
    try {
      const { rows: sessions } = await direct.query<{ application_name: string }>(
        `SELECT DISTINCT application_name FROM pg_stat_activity
          WHERE datname = current_database() AND application_name IN ('careleaf-listener', 'careleaf-jobs')`,
      );
      expect(sessions.map((r) => r.application_name).sort()).toEqual(['careleaf-jobs', 'careleaf-listener']);
      const { rows: clients } = await admin.query<{ application_name: string }>('SHOW CLIENTS');
      const pooledApps = new Set(clients.map((c) => c.application_name));
      expect(pooledApps.has('careleaf-server')).toBe(true);
      expect([pooledApps.has('careleaf-listener'), pooledApps.has('careleaf-jobs')]).toEqual([false, false]);
    } finally {
      await direct.end();
      await admin.end();
    }
  } finally {
    await api.stop();
  }
}, 90_000);
