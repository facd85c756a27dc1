import { ROLES, type Role } from '../../apps/api/src/kernel/policy';
import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { useTestApi } from '../support/api';
import { signIn } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { createRegistryEntry } from '../factories/registry.factory';

const t = useTestDatabase();
const gql = useGraphQL(t);
const api = useTestApi(t);
let tenant: { id: string; slug: string };
let foreign: { id: string; slug: string };
const users = {} as Record<Role, { id: string; email: string }>;

const as = (role: Role) => ({ user: users[role], role, locales: role === 'translator' ? ['en'] : [] });
const ENTRY = {
  kind: 'HOTLINE',
  regions: ['DE'],
  texts: [{ locale: 'de', name: 'Krisentelefon', description: 'Rund um die Uhr.' }],
  phone: '+49 800 111 0 111',
};

const CREATE = `mutation($input: CreateRegistryEntryInput!) { createRegistryEntry(input: $input) { entry { id version name flags } } }`;
const UPDATE = `mutation($input: UpdateRegistryEntryInput!) { updateRegistryEntry(input: $input) { entry { id version name phone } } }`;
const DELETE = `mutation($input: DeleteRegistryEntryInput!) { deleteRegistryEntry(input: $input) { deletedId } }`;
const VERIFY = `mutation($input: MarkRegistryEntryVerifiedInput!) { markRegistryEntryVerified(input: $input) { entry { lastVerifiedOn flags source } } }`;
const EDITOR_LIST = `query($filter: ManagedRegistryEntryFilter) { registryEntriesForEditors(filter: $filter, first: 100) { edges { node { id key flags } } } }`;
const PUBLIC_LIST = `{ registryEntries(filter: { locale: "de" }, first: 100) { edges { node { id key } } } }`;

beforeAll(async () => {
  tenant = await createTenant(t.services, { regions: [{ code: 'DE' }, { code: 'AT' }], defaultRegion: 'DE' });
  foreign = await createTenant(t.services);
  for (const role of ROLES)
    users[role] = await createUser(t.services, { tenantSlug: tenant.slug, role, locales: role === 'translator' ? ['en'] : [] });
});

describe.each([...ROLES])('as %s', (role) => {
  const writes = role === 'admin' || role === 'editor';

  test(`creating, updating, verifying and deleting an entry is ${writes ? 'allowed' : 'FORBIDDEN'}`, async () => {
    const created = await gql<{ createRegistryEntry: { entry: { id: string; version: number } } }>(tenant.id, as(role), CREATE, {
      input: { entry: ENTRY },
    });
    const target = created.data?.createRegistryEntry.entry ?? (await createRegistryEntry(t.services, tenant.id));
    const results = [
      created.errors?.[0]?.code ?? 'allowed',
      ...(await Promise.all([
        gql(tenant.id, as(role), UPDATE, {
          input: { id: target.id, baseVersion: target.version, entry: { ...ENTRY, phone: '+49 800 222' } },
        }),
      ]).then((r) => r.map((x) => x.errors?.[0]?.code ?? 'allowed'))),
      (await gql(tenant.id, as(role), VERIFY, { input: { id: target.id } })).errors?.[0]?.code ?? 'allowed',
      (await gql(tenant.id, as(role), DELETE, { input: { id: target.id } })).errors?.[0]?.code ?? 'allowed',
    ];
    expect(results).toEqual(Array(4).fill(writes ? 'allowed' : 'FORBIDDEN'));
  });

  test('reading the editor list is allowed to every member', async () => {
    const res = await gql(tenant.id, as(role), EDITOR_LIST, {});
    expect(res.errors).toBeUndefined();
  });
});

test('without signing in, editor reads and writes are UNAUTHENTICATED; only admins change the verification period', async () => {
  expect((await gql(tenant.id, {}, EDITOR_LIST, {})).errors?.[0]?.code).toBe('UNAUTHENTICATED');
  expect((await gql(tenant.id, {}, CREATE, { input: { entry: ENTRY } })).errors?.[0]?.code).toBe('UNAUTHENTICATED');
  const settings = `mutation { updateRegistrySettings(input: { verificationMonths: 6 }) { settings { verificationMonths } } }`;
  expect((await gql(tenant.id, as('editor'), settings)).errors?.[0]?.code).toBe('FORBIDDEN');
  expect((await gql(tenant.id, as('admin'), settings)).data).toEqual({ updateRegistrySettings: { settings: { verificationMonths: 6 } } });
  const read = await gql<{ registrySettings: { verificationMonths: number } }>(
    tenant.id,
    as('viewer'),
    `{ registrySettings { verificationMonths } }`,
  );
  expect(read.data?.registrySettings.verificationMonths).toBe(6);
  const bad = await gql(
    tenant.id,
    as('admin'),
    `mutation { updateRegistrySettings(input: { verificationMonths: 0 }) { settings { verificationMonths } } }`,
  );
  expect(bad.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'verificationMonths' });
});

test('no role reaches another tenant’s entry: it is NOT_FOUND and stays unchanged', async () => {
  const theirs = await createRegistryEntry(t.services, foreign.id, { texts: [{ locale: 'de', name: 'Fremde Beratung' }] });
  for (const role of ['admin', 'editor'] as const) {
    const res = await gql(tenant.id, as(role), UPDATE, { input: { id: theirs.id, baseVersion: 1, entry: ENTRY } });
    expect({ role, code: res.errors?.[0]?.code }).toEqual({ role, code: 'NOT_FOUND' });
    expect((await gql(tenant.id, as(role), DELETE, { input: { id: theirs.id } })).errors?.[0]?.code).toBe('NOT_FOUND');
  }
  const still = await t.db.withTenant(foreign.id, (tx) => t.services.registries.record(tx, theirs.id));
  expect(still.texts[0]?.name).toBe('Fremde Beratung');
});

test('expired entries are hidden from readers and flagged to editors; so are entries not valid yet', async () => {
  const expired = await createRegistryEntry(t.services, tenant.id, {
    key: 'abgelaufen',
    validFrom: '2020-01-01',
    validUntil: '2021-12-31',
  });
  const future = await createRegistryEntry(t.services, tenant.id, { key: 'kuenftig', validFrom: '2999-01-01' });
  const current = await createRegistryEntry(t.services, tenant.id, {
    key: 'aktuell',
    validUntil: '2999-12-31',
    lastVerifiedOn: '2020-01-01',
  });
  const pub = await gql<{ registryEntries: { edges: { node: { key: string } }[] } }>(tenant.id, {}, PUBLIC_LIST);
  const publicKeys = pub.data!.registryEntries.edges.map((e) => e.node.key);
  expect(publicKeys).toContain('aktuell');
  expect(publicKeys).not.toContain('abgelaufen');
  expect(publicKeys).not.toContain('kuenftig');
  const single = await gql<{ registryEntry: unknown }>(tenant.id, {}, `query($id: ID!) { registryEntry(id: $id, locale: "de") { id } }`, {
    id: expired.id,
  });
  expect(single.data?.registryEntry).toBeNull();

  const flagged = await gql<{ registryEntriesForEditors: { edges: { node: { key: string; flags: string[] } }[] } }>(
    tenant.id,
    as('viewer'),
    EDITOR_LIST,
    { filter: { flagged: true } },
  );
  const flags = Object.fromEntries(flagged.data!.registryEntriesForEditors.edges.map((e) => [e.node.key, e.node.flags]));
  expect(flags.abgelaufen).toEqual(expect.arrayContaining(['EXPIRED']));
  expect(flags.kuenftig).toEqual(expect.arrayContaining(['NOT_YET_VALID']));
  // Checked long ago: overdue for the tenant's period, though still valid.
  expect(flags.aktuell).toEqual(['VERIFICATION_OVERDUE']);
  expect([expired.id, future.id, current.id]).toHaveLength(3);
});

test('marking an entry verified clears its verification flags and is audited', async () => {
  const entry = await createRegistryEntry(t.services, tenant.id, { key: 'pruefen', lastVerifiedOn: '2019-05-01' });
  expect(entry.flags).toEqual(['verificationOverdue']);
  const res = await gql<{ markRegistryEntryVerified: { entry: { lastVerifiedOn: string; flags: string[]; source: string } } }>(
    tenant.id,
    as('editor'),
    VERIFY,
    { input: { id: entry.id, source: 'Telefonat mit der Beratungsstelle' } },
  );
  expect(res.data?.markRegistryEntryVerified.entry).toEqual({
    lastVerifiedOn: new Date().toISOString().slice(0, 10),
    flags: [],
    source: 'Telefonat mit der Beratungsstelle',
  });
  const audit: { action: string; actor_label: string }[] = await t.db.withTenant(tenant.id, ({ em }) =>
    em.query(`SELECT action, actor_label FROM audit_log WHERE subject_id = $1 ORDER BY id`, [entry.id]),
  );
  expect(audit.map((a) => a.action)).toEqual(['registry.create', 'registry.verify']);
  expect(audit[1]!.actor_label).toBe(users.editor.email);
});

test('a stale update is a CONFLICT and leaves the entry as it was; bad input names the field and writes nothing', async () => {
  const entry = await createRegistryEntry(t.services, tenant.id, { key: 'konflikt' });
  const first = await gql<{ updateRegistryEntry: { entry: { version: number } } }>(tenant.id, as('editor'), UPDATE, {
    input: { id: entry.id, baseVersion: 1, entry: { ...ENTRY, key: 'konflikt', phone: '+49 1' } },
  });
  expect(first.data?.updateRegistryEntry.entry.version).toBe(2);
  const stale = await gql(tenant.id, as('editor'), UPDATE, {
    input: { id: entry.id, baseVersion: 1, entry: { ...ENTRY, phone: '+49 2' } },
  });
  expect(stale.errors?.[0]).toMatchObject({ code: 'CONFLICT', field: 'baseVersion' });
  const bad = await gql(tenant.id, as('editor'), UPDATE, {
    input: { id: entry.id, baseVersion: 2, entry: { ...ENTRY, website: 'javascript:alert(1)', regions: ['CH'] } },
  });
  expect(bad.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regions[0]' });
  expect(bad.errors?.[0]?.extensions?.issues).toEqual([
    expect.objectContaining({ code: 'UNKNOWN_REGION' }),
    expect.objectContaining({ code: 'INVALID_URL', field: 'website' }),
  ]);
  const now = await t.db.withTenant(tenant.id, (tx) => t.services.registries.record(tx, entry.id));
  expect({ version: now.version, phone: now.phone }).toEqual({ version: 2, phone: '+49 1' });
});

test('kind-specific rules: a DMP needs its condition, id formats belong to trial registries, keys are unique', async () => {
  const dmp = await gql(tenant.id, as('editor'), CREATE, {
    input: { entry: { kind: 'DISEASE_MANAGEMENT_PROGRAMME', regions: ['DE'], texts: [{ locale: 'de', name: 'DMP ohne Diagnose' }] } },
  });
  expect(dmp.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'condition' });
  const misplaced = await gql(tenant.id, as('editor'), CREATE, { input: { entry: { ...ENTRY, idFormat: 'NCT########' } } });
  expect(misplaced.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idFormat' });
  const example = await gql(tenant.id, as('editor'), CREATE, {
    input: { entry: { ...ENTRY, kind: 'CLINICAL_TRIAL_REGISTRY', idFormat: 'NCT########', idExample: 'NCT123' } },
  });
  expect(example.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idExample' });
  await createRegistryEntry(t.services, tenant.id, { key: 'einmalig' });
  const dup = await gql(tenant.id, as('editor'), CREATE, { input: { entry: { ...ENTRY, key: 'einmalig' } } });
  expect(dup.errors?.[0]).toMatchObject({ code: 'CONFLICT', field: 'key' });
});

test('over HTTP a signed-in editor gets every problem of an entry at once, beside the first one’s field', async () => {
  const browser = await signIn(api, { email: users.editor.email, tenant: tenant.slug });
  const res = await browser.gql(CREATE, { variables: { input: { entry: { ...ENTRY, website: 'ftp://x', regions: ['CH'] } } } });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'regions[0]',
    issues: [expect.objectContaining({ code: 'UNKNOWN_REGION' }), expect.objectContaining({ code: 'INVALID_URL', field: 'website' })],
  });
  const ok = await browser.gql<{ createRegistryEntry: { entry: { name: string } } }>(CREATE, { variables: { input: { entry: ENTRY } } });
  expect(ok.body.data?.createRegistryEntry.entry.name).toBe('Krisentelefon');
});
