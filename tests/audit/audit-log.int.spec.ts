import { audit } from '../../apps/api/src/modules/audit';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signIn, signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { publish } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);

const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id actorUserId actorLabel action objectType objectId diff createdAt } }
  }
}`;

interface Entry {
  id: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string;
  diff: Record<string, unknown>;
  createdAt: string;
}
interface AuditLogPage {
  auditLog: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Entry }[] };
}

async function readLog(client: SignedInClient, variables: Record<string, unknown> = {}): Promise<Entry[]> {
  const res = await client.gql<AuditLogPage>(AUDIT_LOG, { variables: { first: 100, ...variables } });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.auditLog.edges.map((e) => e.node);
}

async function tenantWithAdmin() {
  const tenant = await createTenant(t.services);
  return { tenant, admin: await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' }) };
}

/** Entries written now by a tool, for the filter and paging tests. */
async function write(tenantId: string, entries: { action: string; subjectType?: string; subjectId?: string; label?: string }[]) {
  await t.db.withTenant(tenantId, async (tx) => {
    for (const e of entries) {
      await audit(
        tx.em,
        tenantId,
        { userId: null, label: e.label ?? 'cli:ops' },
        {
          action: e.action,
          subjectType: e.subjectType ?? 'document',
          subjectId: e.subjectId ?? 'doc-1',
        },
      );
    }
  });
}

test('sign-ins, failed sign-ins, role changes, imports, publishes and setting changes each appear with actor and object', async () => {
  const { tenant, admin } = await tenantWithAdmin();
  const editor = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const failed = await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email: editor.email, password: 'not the password at all' } },
  });
  expect(failed.body.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');

  const role = await admin.gql(`mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { role } } }`, {
    variables: { input: { userId: editor.id, role: 'REVIEWER' } },
  });
  expect(role.body.errors).toBeUndefined();
  const imported = await admin.gql<{ importDocument: { document: { id: string } } }>(
    `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { document { id } } }`,
    { variables: { input: { format: 'MARKDOWN', locale: 'de', source: '# Bluthochdruck\n\nWas hilft gegen hohen Blutdruck?' } } },
  );
  expect(imported.body.errors).toBeUndefined();
  const documentId = imported.body.data!.importDocument.document.id;
  await publish(t.services, tenant.id, documentId);
  const settings = await admin.gql(
    `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { tenant { name } } }`,
    {
      variables: { input: { name: 'Renamed organisation' } },
    },
  );
  expect(settings.body.errors).toBeUndefined();

  const entries = await readLog(admin);
  const find = (action: string) => entries.find((e) => e.action === action);
  expect(find('session.signIn')).toMatchObject({
    actorUserId: admin.user.id,
    actorLabel: admin.user.email,
    objectType: 'user',
    objectId: admin.user.id,
  });
  // A wrong password proves nothing about who typed it: the account is the object and names the attempt.
  expect(find('session.signInFailed')).toMatchObject({
    actorUserId: null,
    actorLabel: editor.email,
    objectType: 'user',
    objectId: editor.id,
  });
  expect(find('membership.update')).toMatchObject({
    actorUserId: admin.user.id,
    objectType: 'user',
    objectId: editor.id,
    diff: { before: { role: 'editor', locales: [] }, after: { role: 'reviewer', locales: [] } },
  });
  expect(find('document.import')).toMatchObject({
    actorUserId: admin.user.id,
    objectType: 'document',
    objectId: documentId,
    diff: { format: 'markdown', locale: 'de' },
  });
  expect(find('workflow.publish')).toMatchObject({ actorLabel: 'test-system', objectType: 'document', objectId: documentId });
  expect(find('tenant.update')).toMatchObject({ actorUserId: admin.user.id, objectType: 'tenant', objectId: tenant.id });
  // Newest first: the settings change came last.
  expect(entries[0]!.action).toBe('tenant.update');
  const ids = entries.map((e) => BigInt(e.id));
  expect([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(ids);
});

test('a sign-in on a tenant the user is no member of, and a wrong password for an unknown address, write nothing there', async () => {
  const { tenant, admin } = await tenantWithAdmin();
  const other = await createTenant(t.services);
  const outsider = await createUser(t.services, { tenantSlug: other.slug, role: 'editor' });
  await signIn(api, { email: outsider.email, tenant: tenant.slug });
  await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
    headers: tenantHeader(tenant.slug),
    variables: { input: { email: 'nobody-here@example.org', password: 'whatever it is' } },
  });
  const labels = (await readLog(admin)).map((e) => e.actorLabel);
  expect(labels).not.toContain(outsider.email);
  expect(labels).not.toContain('nobody-here@example.org');
});

test('pages run newest first and continue at the cursor until the last page says so', async () => {
  const { tenant, admin } = await tenantWithAdmin();
  await write(
    tenant.id,
    ['one', 'two', 'three', 'four', 'five'].map((n) => ({ action: `test.${n}` })),
  );
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const res: { body: { data?: AuditLogPage | null } } = await admin.gql<AuditLogPage>(AUDIT_LOG, {
      variables: { first: 2, after, filter: { actor: 'cli:ops' } },
    });
    const page = res.body.data!.auditLog;
    seen.push(...page.edges.map((e) => e.node.action));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    pages++;
  } while (after);
  expect(seen).toEqual(['test.five', 'test.four', 'test.three', 'test.two', 'test.one']);
  expect(pages).toBe(3);
});

test('page size and cursors are checked: over 100 and foreign cursors are refused with their reasons', async () => {
  const { admin } = await tenantWithAdmin();
  const big = await admin.gql(AUDIT_LOG, { variables: { first: 101 } });
  expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
  const forged = await admin.gql(AUDIT_LOG, { variables: { after: Buffer.from(JSON.stringify(['-1 OR 1=1'])).toString('base64url') } });
  expect(forged.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CURSOR_INVALID' });
});

test('filters by actor, action, object and time narrow the log, together', async () => {
  const { tenant, admin } = await tenantWithAdmin();
  // One entry from last year (written first: the log's order is the order of writing), to check the time window.
  await t.dataSource.query(
    `INSERT INTO audit_log (tenant_id, actor_label, action, subject_type, subject_id, created_at)
     VALUES ($1, 'cli:ops', 'citation.delete', 'citation', 'c-9', now() - interval '1 year')`,
    [tenant.id],
  );
  await write(tenant.id, [
    { action: 'citation.create', subjectType: 'citation', subjectId: 'c-1', label: 'Lena@Example.org' },
    { action: 'citation.update', subjectType: 'citation', subjectId: 'c-1', label: 'lena@example.org' },
    { action: 'citation.update', subjectType: 'citation', subjectId: 'c-2', label: 'cli:ops' },
    { action: 'glossary.create', subjectType: 'glossary', subjectId: 'g-1', label: 'cli:ops' },
  ]);
  const actions = async (filter: Record<string, unknown>) => (await readLog(admin, { filter })).map((e) => `${e.action} ${e.objectId}`);

  expect(await actions({ actor: 'LENA@example.org' })).toEqual(['citation.update c-1', 'citation.create c-1']);
  expect(await actions({ actor: admin.user.id })).toEqual([`session.signIn ${admin.user.id}`]);
  expect(await actions({ action: 'citation.update' })).toEqual(['citation.update c-2', 'citation.update c-1']);
  expect(await actions({ objectType: 'citation', objectId: 'c-1' })).toEqual(['citation.update c-1', 'citation.create c-1']);
  expect(await actions({ objectType: 'citation', actor: 'cli:ops' })).toEqual(['citation.update c-2', 'citation.delete c-9']);
  const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
  expect(await actions({ objectType: 'citation', to: monthAgo })).toEqual(['citation.delete c-9']);
  expect(await actions({ objectType: 'citation', from: monthAgo })).toHaveLength(3);
  const inverted = await admin.gql(AUDIT_LOG, { variables: { filter: { from: new Date().toISOString(), to: monthAgo } } });
  expect(inverted.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RANGE_INVERTED' });
});

test('members who are not admins are refused with FORBIDDEN and the reason ROLE_NOT_ALLOWED', async () => {
  const tenant = await createTenant(t.services);
  for (const role of ['editor', 'reviewer', 'translator', 'viewer'] as const) {
    const member = await signInAs(t, api, { tenantSlug: tenant.slug, role });
    const res = await member.gql(AUDIT_LOG);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED', role });
  }
});

test("tenant B's admin sees none of tenant A's entries, in B's log or by asking A", async () => {
  const a = await tenantWithAdmin();
  const b = await tenantWithAdmin();
  await write(a.tenant.id, [{ action: 'secret.of-a', subjectId: 'a-only' }]);
  const bLog = await readLog(b.admin);
  expect(bLog.length).toBeGreaterThan(0); // B's admin signing in
  expect(bLog.map((e) => e.objectId)).not.toContain('a-only');
  expect(bLog.every((e) => e.actorUserId === null || e.actorUserId === b.admin.user.id)).toBe(true);
  expect(await readLog(b.admin, { filter: { objectId: 'a-only' } })).toEqual([]);

  const asked = await b.admin.gql(AUDIT_LOG, { tenant: a.tenant.slug });
  expect(asked.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
  expect((await readLog(a.admin, { filter: { objectId: 'a-only' } })).map((e) => e.action)).toEqual(['secret.of-a']);
});
