import { APP_ROLE } from '@careleaf/migrations';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { createInvitation } from '../factories/invitation.factory';
import { createPublishedDocument } from '../factories/document.factory';
import { createCitation } from '../factories/citation.factory';
import { createGlossaryTerm } from '../factories/glossary.factory';
import { createDerivedMedia } from '../factories/media.factory';
import { createRegistryEntry } from '../factories/registry.factory';
import { createTranslatedDocument } from '../factories/translation.factory';
import { createPendingSsoSignIn, createSsoSettings } from '../factories/sso.factory';
import { createWebhookDelivery } from '../factories/webhook.factory';
import { createFeedback } from '../factories/feedback.factory';
import { createPendingDigestItem } from '../factories/notification.factory';

interface TenantTable {
  table: string;
  /** `tenant_id`, or `id` for the tenants table itself. */
  column: string;
}

/**
 * Tables that name a tenant but belong to the credential store: the API role
 * has no grant on them at all (checked below), so the tenant checks do not apply.
 */
const CREDENTIAL_TABLES = ['sso_sign_ins'];

const t = useTestDatabase();
let tables: TenantTable[] = [];
let a: { id: string; slug: string };
let b: { id: string; slug: string };

/** Every table with a tenant column, straight from the catalogue, so tables added later are covered too. */
async function tenantOwnedTables(): Promise<TenantTable[]> {
  const rows: TenantTable[] = await t.dataSource.query(`
    SELECT c.relname AS table, CASE WHEN c.relname = 'tenants' THEN 'id' ELSE 'tenant_id' END AS column
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      AND (c.relname = 'tenants' OR EXISTS (
        SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped))
    ORDER BY 1`);
  return rows;
}

async function rejectsWithInsufficientPrivilege(run: Promise<unknown>): Promise<void> {
  await expect(run).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '42501' }) });
}

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
  // Give every table some rows in both tenants.
  const editorA = await createUser(t.services, { tenantSlug: a.slug, role: 'editor' });
  const translatorB = await createUser(t.services, { tenantSlug: b.slug, role: 'translator', locales: ['en'] });
  // Notification settings, one member each.
  for (const [tenant, user, role] of [
    [a, editorA, 'editor'],
    [b, translatorB, 'translator'],
  ] as const) {
    await t.db.withTenant(tenant.id, (tx) =>
      t.services.notifications.updateSettings(tx, { userId: user.id, label: user.email, role, locales: ['en'] }, { locale: 'en' }),
    );
    await createPendingDigestItem(t.services, tenant.id, user, role);
  }
  await createInvitation(t.services, t.mail, { tenantId: a.id, role: 'viewer' });
  await createInvitation(t.services, t.mail, { tenantId: b.id, role: 'reviewer' });
  for (const tenant of [a, b]) await createPublishedDocument(t.services, tenant.id);
  for (const tenant of [a, b]) {
    // translation records, translation memory, termbase and the search index
    await createTranslatedDocument(t.services, tenant.id);
    await createCitation(t.services, tenant.id);
    await createGlossaryTerm(t.services, tenant.id);
    await createDerivedMedia(t.services, tenant.id, { alt: { locale: 'de', alt: 'Ein Testbild' } });
  }
  for (const tenant of [a, b]) await createRegistryEntry(t.services, tenant.id);
  for (const tenant of [a, b]) await createSsoSettings(t.services, tenant.id);
  for (const tenant of [a, b]) await createPendingSsoSignIn(t.services, tenant.id);
  // webhook subscriptions, deliveries and their tries
  for (const tenant of [a, b]) await createWebhookDelivery(t.services, tenant.id);
  // reader feedback on a published page
  for (const tenant of [a, b]) await createFeedback(t.services, tenant.id);
  tables = (await tenantOwnedTables()).filter((x) => !CREDENTIAL_TABLES.includes(x.table));
});

test('credential-store tables that name a tenant are closed to the API role, with or without a tenant', async () => {
  for (const table of CREDENTIAL_TABLES) {
    await rejectsWithInsufficientPrivilege(t.db.withTenant(a.id, ({ em }) => em.query(`SELECT count(*) FROM ${table}`)));
    const [{ n }] = await t.dataSource.query(`SELECT count(DISTINCT tenant_id)::int AS n FROM ${table} WHERE tenant_id IN ($1, $2)`, [
      a.id,
      b.id,
    ]);
    expect({ table, n }).toEqual({ table, n: 2 });
  }
});

test('the catalogue lists the tenant-owned tables of every module', () => {
  expect(tables.map((x) => x.table)).toEqual(
    expect.arrayContaining([
      'invitations',
      'documents',
      'document_locales',
      'revisions',
      'workflow_events',
      'published_documents',
      'tenants',
      'tenant_domains',
      'tenant_locales',
      'regions',
      'memberships',
      'audit_log',
      'notification_preferences',
      'notification_digest_items',
      'citations',
      'glossary_terms',
      'glossary_entries',
      'media',
      'media_texts',
      'media_derivatives',
      'registry_entries',
      'registry_entry_texts',
      'tenant_sso',
      'webhook_subscriptions',
      'webhook_deliveries',
      'webhook_attempts',
      'reader_feedback',
    ]),
  );
});

// A new table must get rows in both tenants in the beforeAll above (through its factory),
// otherwise the checks below would pass without checking anything.
test('every tenant-owned table has rows in both tenants, so the checks below are not vacuous', async () => {
  for (const { table, column } of tables) {
    const rows: { tenant: string }[] = await t.dataSource.query(`SELECT DISTINCT ${column}::text AS tenant FROM ${table}`);
    expect({ table, seen: rows.map((r) => r.tenant).sort() }).toEqual({ table, seen: [a.id, b.id].sort() });
  }
});

test('every tenant-owned table has row-level security enabled and forced, with a policy', async () => {
  for (const { table } of tables) {
    const [row] = await t.dataSource.query(
      `SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
       FROM pg_class c WHERE c.relname = $1 AND c.relnamespace = 'public'::regnamespace`,
      [table],
    );
    expect({ table, ...row }).toEqual({ table, enabled: true, forced: true, policies: expect.any(Number) });
    expect(row.policies).toBeGreaterThan(0);
  }
});

test("with tenant A's context, tenant B's rows cannot be read", async () => {
  for (const { table, column } of tables) {
    const rows: { tenant: string }[] = await t.db.withTenant(a.id, ({ em }) => em.query(`SELECT ${column}::text AS tenant FROM ${table}`));
    expect({ table, foreign: rows.filter((r) => r.tenant !== a.id).length }).toEqual({ table, foreign: 0 });
    expect({ table, own: rows.length > 0 }).toEqual({ table, own: true });
  }
});

test("with tenant A's context, tenant B's rows cannot be updated or deleted", async () => {
  for (const { table, column } of tables) {
    for (const sql of [`UPDATE ${table} SET ${column} = ${column} WHERE ${column} = $1`, `DELETE FROM ${table} WHERE ${column} = $1`]) {
      try {
        const result = await t.db.withTenant(a.id, ({ em }) => em.query(sql, [b.id]));
        // pg returns [rows, affectedCount] for UPDATE/DELETE through TypeORM
        expect({ table, sql, affected: result[1] }).toEqual({ table, sql, affected: 0 });
      } catch (e) {
        // or the API role has no such privilege on the table at all (append-only audit log)
        expect((e as { driverError?: { code?: string } }).driverError?.code).toBe('42501');
      }
    }
  }
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1`, [b.id]);
  expect(n).toBe(1);
});

test("with tenant A's context, rows cannot be inserted into tenant B", async () => {
  for (const { table, column } of tables) {
    const [sample] = await t.dataSource.query(`SELECT to_jsonb(x) AS row FROM ${table} x WHERE ${column} = $1 LIMIT 1`, [b.id]);
    if (!sample) continue;
    await rejectsWithInsufficientPrivilege(
      t.db.withTenant(a.id, ({ em }) =>
        em.query(`INSERT INTO ${table} OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_record(NULL::${table}, $1)`, [sample.row]),
      ),
    );
  }
});

test("with tenant A's context, A's rows cannot be moved to tenant B", async () => {
  for (const { table, column } of tables) {
    if (table === 'audit_log') continue; // not updatable by the API role at all (checked above)
    await rejectsWithInsufficientPrivilege(
      t.db.withTenant(a.id, ({ em }) => em.query(`UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1`, [a.id, b.id])),
    );
  }
});

test('without a tenant context no tenant rows are visible', async () => {
  for (const { table } of tables) {
    const [{ n }] = await t.db.withoutTenant((em) => em.query(`SELECT count(*)::int AS n FROM ${table}`));
    expect({ table, n }).toEqual({ table, n: 0 });
  }
});

test('the API role cannot switch row-level security off', async () => {
  for (const { table } of tables) {
    await rejectsWithInsufficientPrivilege(t.db.withTenant(a.id, ({ em }) => em.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`)));
    await rejectsWithInsufficientPrivilege(t.db.withTenant(a.id, ({ em }) => em.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`)));
  }
  await expect(
    t.db.withTenant(a.id, async ({ em }) => {
      await em.query(`SET LOCAL row_security = off`);
      return em.query(`SELECT count(*) FROM memberships`);
    }),
  ).rejects.toThrow(/row-level security/);
});

test('the API role is neither superuser nor able to bypass row-level security, and owns no table', async () => {
  const [role] = await t.dataSource.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
  expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  const [{ owned }] = await t.dataSource.query(
    `SELECT count(*)::int AS owned FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
    [APP_ROLE],
  );
  expect(owned).toBe(0);
});

test('users are visible only through a membership in the current tenant, and never with their password hash', async () => {
  const emails: { email: string }[] = await t.db.withTenant(a.id, ({ em }) => em.query(`SELECT email FROM users`));
  const members: { email: string }[] = await t.dataSource.query(
    `SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.tenant_id = $1`,
    [a.id],
  );
  expect(emails.map((e) => e.email).sort()).toEqual(members.map((e) => e.email).sort());
  await rejectsWithInsufficientPrivilege(t.db.withTenant(a.id, ({ em }) => em.query(`SELECT password_hash FROM users`)));
});

test('the one-statement public read runs under row-level security and leaves no role or tenant behind', async () => {
  const [docA] = await t.db.withTenant(a.id, (tx) => tx.em.query(`SELECT slug FROM published_documents LIMIT 1`));
  const read = (tenantId: string) =>
    t.db.readOnce<{ locale: string }>('isolation_check', 'SELECT locale FROM careleaf_published_chain($1, $2, $3)', [
      tenantId,
      ['de'],
      docA.slug,
    ]);
  expect(await read(a.id)).not.toHaveLength(0);
  // Factory slugs are unique across tenants: tenant b has nothing at tenant a's address.
  expect(await read(b.id)).toHaveLength(0);
  const [after] = await t.dataSource.query(`SELECT current_user AS role, coalesce(current_setting('app.tenant_id', true), '') AS tenant`);
  expect(after.role).not.toBe(APP_ROLE);
  expect(after.tenant).toBe('');
});
