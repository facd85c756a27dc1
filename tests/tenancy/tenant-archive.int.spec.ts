import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { LocalDiskStorage } from '../../apps/api/src/modules/media';
import { deleteTenant, exportTenant, importTenant, tableDigests, TABLE_RULES } from '../../apps/api/src/modules/tenant-archive';
import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { gateOff } from '../factories/tenant.factory';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { useTestApi, type TestApi } from '../support/api';
import { createUser } from '../factories/user.factory';
import { createInvitation } from '../factories/invitation.factory';
import { createPublishedDocument } from '../factories/document.factory';
import { createTranslatedDocument } from '../factories/translation.factory';
import { createDerivedMedia, createMedia } from '../factories/media.factory';
import { createFeedback } from '../factories/feedback.factory';
import { createPendingSsoSignIn, createSsoSettings } from '../factories/sso.factory';
import { createWebhookDelivery } from '../factories/webhook.factory';
import { createPendingDigestItem } from '../factories/notification.factory';
import { rewriteHeader, tarText } from './tenant-archive.support';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-archive-'));
const storage1 = new LocalDiskStorage(path.join(work, 'media-1'));
const storage2 = new LocalDiskStorage(path.join(work, 'media-2'));
const t1 = useTestDatabase({ mediaStorage: () => storage1 });
const t2 = useTestDatabase({ second: true, mediaStorage: () => storage2 });
const api1 = useTestApi(t1);
const api2 = useTestApi(t2);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const COPIED = Object.keys(TABLE_RULES).filter((t) => TABLE_RULES[t] === 'copy');
const column = (table: string) => (table === 'tenants' ? 'id' : 'tenant_id');

let a: { id: string; slug: string };
let b: { id: string; slug: string };
const archive = path.join(work, 'a.tar.gz');

async function tenant(t: TestDatabase, slug: string): Promise<{ id: string; slug: string }> {
  const [row] = await t.dataSource.query(`SELECT id, slug FROM tenants WHERE slug = $1`, [slug]);
  return row;
}

async function rows(t: TestDatabase, table: string, tenantId: string): Promise<string[]> {
  const found: { line: string }[] = await t.dataSource.query(
    `SELECT to_jsonb(x)::text AS line FROM ${table} x WHERE ${column(table)} = $1`,
    [tenantId],
  );
  return found.map((r) => r.line);
}

/** Every table of the schema with its row count, the users too: what "unchanged" means for a refused import. */
async function everything(t: TestDatabase): Promise<Record<string, number>> {
  const tables: { tablename: string }[] = await t.dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const out: Record<string, number> = {};
  for (const { tablename } of tables) out[tablename] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${tablename}`))[0].n;
  return out;
}

/**
 * A value with every id replaced by <id> and object keys in no particular order: new ids sort
 * differently, so JSON objects keyed by id (a snapshot's media, say) list their keys in another order.
 */
function canonical(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(UUID, '<id>');
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.entries(v)
      .map(([k, x]) => JSON.stringify([canonical(k), canonical(x)]))
      .sort();
  return v;
}

/** The values of the table's uuid columns for the tenant: its row ids and their references. */
async function uuidColumnValues(t: TestDatabase, table: string, tenantId: string): Promise<string[]> {
  const cols: { name: string }[] = await t.dataSource.query(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND udt_name IN ('uuid', '_uuid')`,
    [table],
  );
  const out: string[] = [];
  for (const { name } of cols) {
    const found: { v: string }[] = await t.dataSource.query(
      `SELECT DISTINCT unnest(array[${name}]::text[]) AS v FROM ${table} WHERE ${column(table)} = $1`,
      [tenantId],
    );
    out.push(...found.map((r) => r.v).filter(Boolean));
  }
  return out;
}

const digests = (t: TestDatabase, tenantId: string) => t.db.asPlatform((em) => tableDigests(em, tenantId));

const files = (dir: string): string[] =>
  fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort()
    : [];

const READ = `query($slug: String!, $locale: String!) {
  publishedDocument(slug: $slug, locale: $locale) {
    id kind locale dir slug title summary region blocks
    references { number id text links { href } }
    glossary { id term definition locale }
    alternates { locale slug }
  }
}`;

async function readPage(api: TestApi, tenantSlug: string): Promise<unknown> {
  const res = await api.gql(READ, {
    headers: { 'x-tenant': tenantSlug },
    variables: { slug: 'metastasierter-brustkrebs-behandlung', locale: 'de' },
  });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.publishedDocument).toBeTruthy();
  return res.body.data;
}

beforeAll(async () => {
  // The demo's two organisations: a rich tenant A (gesundheit) and a tenant B beside it.
  await seedDemo(t1.services);
  // The documents added below are bare: not about the publish gate.
  for (const slug of ['gesundheit', 'gesundheit-at']) await gateOff(t1.services, slug);
  a = await tenant(t1, 'gesundheit');
  b = await tenant(t1, 'gesundheit-at');
  // Rows in the tables the demo leaves empty, in both tenants.
  for (const x of [a, b]) {
    const editor = await createUser(t1.services, { tenantSlug: x.slug, role: 'editor' });
    await t1.db.withTenant(x.id, (tx) =>
      t1.services.notifications.updateSettings(
        tx,
        { userId: editor.id, label: editor.email, role: 'editor', locales: ['de'] },
        { locale: 'de' },
      ),
    );
    await createPendingDigestItem(t1.services, x.id, editor, 'editor');
    await createInvitation(t1.services, t1.mail, { tenantId: x.id, role: 'viewer' });
    await createPublishedDocument(t1.services, x.id);
    await createTranslatedDocument(t1.services, x.id);
    await createMedia(t1.services, x.id, { alt: { locale: 'de', alt: 'Ein Testbild' } });
    await createDerivedMedia(t1.services, x.id);
    await createFeedback(t1.services, x.id);
    await createSsoSettings(t1.services, x.id);
    await createPendingSsoSignIn(t1.services, x.id);
    await createWebhookDelivery(t1.services, x.id);
  }
  await exportTenant(t1.db, storage1, a.slug, fs.createWriteStream(archive), { installation: 'test-installation-1' });
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('tenant A has rows in every table the archive copies, so the comparisons below are not vacuous', async () => {
  for (const table of COPIED) expect({ table, rows: (await rows(t1, table, a.id)).length > 0 }).toEqual({ table, rows: true });
});

describe('export from one database and import into another, empty one', () => {
  beforeAll(async () => {
    await importTenant(t2.db, storage2, archive);
  });

  test('every tenant-owned table has the same row count and content hash on both (nothing remapped: same ids)', async () => {
    const [before, after] = [await digests(t1, a.id), await digests(t2, a.id)];
    for (const table of COPIED) expect({ table, ...after[table] }).toEqual({ table, ...before[table] });
    // Pending SSO sign-ins (ten-minute credentials) do not travel.
    expect(after.sso_sign_ins?.rows).toBe(0);
  });

  test('the members travel as users with e-mail and name but without password, two-factor secret or session', async () => {
    const members: { email: string; display_name: string; password_hash: string | null }[] = await t2.dataSource.query(
      `SELECT u.email, u.display_name, u.password_hash FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.tenant_id = $1 ORDER BY 1`,
      [a.id],
    );
    const source: { email: string; display_name: string }[] = await t1.dataSource.query(
      `SELECT u.email, u.display_name FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.tenant_id = $1 ORDER BY 1`,
      [a.id],
    );
    expect(members.map(({ email, display_name }) => ({ email, display_name }))).toEqual(source);
    expect(members.every((m) => m.password_hash === null)).toBe(true);
    for (const table of ['sessions', 'user_two_factor', 'two_factor_recovery_codes'])
      expect({ table, n: (await t2.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n }).toEqual({ table, n: 0 });
  });

  test('the media objects arrive in the target storage with the same bytes', async () => {
    const keys: { storage_key: string }[] = await t2.dataSource.query(`SELECT storage_key FROM media WHERE tenant_id = $1`, [a.id]);
    expect(keys.length).toBeGreaterThan(0);
    for (const { storage_key } of keys) {
      const read = async (s: LocalDiskStorage) => {
        const o = await s.get(storage_key);
        const chunks: Buffer[] = [];
        for await (const c of o!.body) chunks.push(c as Buffer);
        return Buffer.concat(chunks);
      };
      expect((await read(storage2)).equals(await read(storage1))).toBe(true);
    }
  });

  test('the published page reads the same through GraphQL on both installations', async () => {
    expect(await readPage(api2, a.slug)).toEqual(await readPage(api1, a.slug));
  });

  test('after a delete the same archive imports again; under another webhook key its subscriptions arrive paused', async () => {
    await deleteTenant(t2.db, storage2, a.slug);
    const summary = await importTenant(t2.db, storage2, archive, { webhookKey: 'the key of another installation' });
    expect(summary.pausedWebhooks).toBeGreaterThan(0);
    const [before, after] = [await digests(t1, a.id), await digests(t2, a.id)];
    for (const table of COPIED.filter((x) => x !== 'webhook_subscriptions'))
      expect({ table, ...after[table] }).toEqual({ table, ...before[table] });
    const [w] = await t2.dataSource.query(`SELECT bool_or(active) AS active FROM webhook_subscriptions WHERE tenant_id = $1`, [a.id]);
    expect(w.active).toBe(false);
  });
});

test("tenant A's archive holds nothing of tenant B: none of its ids, slug or domains", async () => {
  const text = tarText(archive);
  expect(text).not.toContain(b.slug);
  const ids = new Set<string>();
  for (const table of COPIED) for (const id of await uuidColumnValues(t1, table, b.id)) ids.add(id);
  const [{ n: shared }] = await t1.dataSource.query(
    `SELECT count(*)::int AS n FROM memberships x JOIN memberships y ON x.user_id = y.user_id WHERE x.tenant_id = $1 AND y.tenant_id = $2`,
    [a.id, b.id],
  );
  expect(shared).toBe(0); // no member of both, so none of B's user ids may appear either
  expect(ids.size).toBeGreaterThan(20);
  expect([...ids].filter((id) => text.includes(id))).toEqual([]);
  const emails: { email: string }[] = await t1.dataSource.query(
    `SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.tenant_id = $1`,
    [b.id],
  );
  expect(emails.filter((e) => text.includes(e.email))).toEqual([]);
});

describe('import --as a new slug on the same database', () => {
  let copy: { id: string; slug: string };
  beforeAll(async () => {
    await importTenant(t1.db, storage1, archive, { as: 'gesundheit-kopie' });
    copy = await tenant(t1, 'gesundheit-kopie');
  });

  // Ids are renewed and the copy gets no domains (a host serves one tenant); its webhooks wait for new secrets.
  const normalise = (line: string) => JSON.stringify(canonical(JSON.parse(line)));
  const CHANGED = ['tenants', 'tenant_domains', 'regions', 'webhook_subscriptions'];

  test('gives a second tenant with equal content in every table (ids aside), minus the domains', async () => {
    for (const table of COPIED.filter((t) => !CHANGED.includes(t))) {
      const [x, y] = [(await rows(t1, table, a.id)).map(normalise).sort(), (await rows(t1, table, copy.id)).map(normalise).sort()];
      expect({ table, equal: x.length === y.length && x.every((l, i) => l === y[i]) }).toEqual({ table, equal: true });
    }
    expect(await rows(t1, 'tenant_domains', copy.id)).toEqual([]);
    const [t] = await t1.dataSource.query(`SELECT name, settings, default_locale FROM tenants WHERE id = $1`, [copy.id]);
    const [s] = await t1.dataSource.query(`SELECT name, settings, default_locale FROM tenants WHERE id = $1`, [a.id]);
    expect(t).toEqual(s);
    const [w] = await t1.dataSource.query(`SELECT bool_or(active) AS active FROM webhook_subscriptions WHERE tenant_id = $1`, [copy.id]);
    expect(w.active).toBe(false);
  });

  test('shares no id with the original, other than the users both link to', async () => {
    const users = new Set<string>(((await t1.dataSource.query(`SELECT id::text FROM users`)) as { id: string }[]).map((u) => u.id));
    const idsOf = async (tenantId: string) => {
      const ids = new Set<string>();
      for (const table of COPIED) for (const id of await uuidColumnValues(t1, table, tenantId)) if (!users.has(id)) ids.add(id);
      return ids;
    };
    const [original, copied] = [await idsOf(a.id), await idsOf(copy.id)];
    expect(copied.size).toBe(original.size);
    expect([...copied].filter((id) => original.has(id))).toEqual([]);
  });

  test("the copy's media files are stored under its own keys, and its published page reads the same but for ids", async () => {
    const keys: { storage_key: string }[] = await t1.dataSource.query(`SELECT storage_key FROM media WHERE tenant_id = $1`, [copy.id]);
    for (const { storage_key } of keys) {
      expect(storage_key.startsWith(`${copy.id}/`)).toBe(true);
      expect(await storage1.get(storage_key)).not.toBeNull();
    }
    // The glossary lists terms in id order, which new ids change.
    const page = async (slug: string) => {
      const data = (await readPage(api1, slug)) as { publishedDocument: { glossary: { term: string }[] } };
      data.publishedDocument.glossary.sort((x, y) => x.term.localeCompare(y.term));
      return canonical(data);
    };
    expect(await page(copy.slug)).toEqual(await page(a.slug));
  });
});

describe('a damaged or foreign archive is refused and leaves the target as it was', () => {
  const refused = async (file: string, message: RegExp) => {
    const [before, media] = [await everything(t2), files(path.join(work, 'media-2'))];
    await expect(importTenant(t2.db, storage2, file, { as: 'refused-copy' })).rejects.toThrow(message);
    expect(await everything(t2)).toEqual(before);
    expect(files(path.join(work, 'media-2'))).toEqual(media);
  };

  test('a flipped byte', async () => {
    const bytes = gunzipSync(fs.readFileSync(archive));
    const at = bytes.indexOf('metastasierter-brustkrebs-behandlung');
    bytes[at] = 'M'.charCodeAt(0);
    const file = path.join(work, 'flipped.tar.gz');
    fs.writeFileSync(file, gzipSync(bytes));
    await refused(file, /does not match its manifest/);
  });

  test('a file cut short', async () => {
    const file = path.join(work, 'cut.tar.gz');
    const whole = fs.readFileSync(archive);
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    await refused(file, /cannot be read|cut short/);
  });

  test('an unknown format version', async () => {
    const file = path.join(work, 'v99.tar.gz');
    await rewriteHeader(archive, file, (h) => ({ ...h, formatVersion: 99 }));
    await refused(file, /format version 99; this installation reads version 1/);
  });

  test('an archive from a newer schema than the target', async () => {
    const file = path.join(work, 'newer.tar.gz');
    await rewriteHeader(archive, file, (h) => ({ ...h, schema: { timestamp: 9_999_999_999_999, name: 'Future9999999999999' } }));
    await refused(file, /newer database schema \(Future9999999999999\)/);
  });

  test('a slug the tenants table would not take', async () => {
    await expect(importTenant(t2.db, storage2, archive, { as: 'Not A Slug' })).rejects.toThrow(/is not a slug/);
  });

  test('not an archive at all', async () => {
    const file = path.join(work, 'notes.txt');
    fs.writeFileSync(file, 'hello');
    await refused(file, /cannot be read/);
  });
});

test('a table with a tenant column but no rule in the archive format stops the export', async () => {
  await t1.dataSource.query(`CREATE TABLE later_feature (tenant_id uuid)`);
  try {
    const out = fs.createWriteStream(path.join(work, 'never.tar.gz'));
    await expect(exportTenant(t1.db, storage1, a.slug, out, { installation: 'x' })).rejects.toThrow(/later_feature .*no rule/);
  } finally {
    await t1.dataSource.query(`DROP TABLE later_feature`);
  }
});

test('delete removes every row of the tenant and its media files, and leaves the other tenant as it was', async () => {
  const keysA: { storage_key: string }[] = await t1.dataSource.query(`SELECT storage_key FROM media WHERE tenant_id = $1`, [a.id]);
  const keysB: { storage_key: string }[] = await t1.dataSource.query(`SELECT storage_key FROM media WHERE tenant_id = $1`, [b.id]);
  const bBefore = await digests(t1, b.id);
  const heard: string[] = [];
  const off = t1.services.events.on('TenantChanged', (e) => void heard.push(e.tenantId));
  await deleteTenant(t1.db, storage1, a.slug, t1.services.events);
  off();
  // Running API processes are told, so they stop serving the tenant's hosts at once.
  expect(heard).toEqual([a.id]);
  for (const table of Object.keys(TABLE_RULES)) {
    const [{ n }] = await t1.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column(table)} = $1`, [a.id]);
    expect({ table, n }).toEqual({ table, n: 0 });
  }
  for (const { storage_key } of keysA) expect(await storage1.get(storage_key)).toBeNull();
  expect(await digests(t1, b.id)).toEqual(bBefore);
  for (const { storage_key } of keysB) expect(await storage1.get(storage_key)).not.toBeNull();
});
