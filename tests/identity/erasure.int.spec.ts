import { randomBytes } from 'node:crypto';
import type { Principal, Role } from '../../apps/api/src/kernel/policy';
import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { FORMER_MEMBER, USER_REFERENCES } from '../../apps/api/src/modules/identity';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { testMode } from '../support/test-env';
import { signIn } from '../support/session';
import { createDocument } from '../factories/document.factory';
import { createInvitation } from '../factories/invitation.factory';
import { createMedia } from '../factories/media.factory';
import { createPendingDigestItem } from '../factories/notification.factory';
import { createTenant, testActor } from '../factories/tenant.factory';
import { createTranslatedDocument } from '../factories/translation.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

const t = useTestDatabase();
const api = useTestApi(t);
const operator = { userId: null, label: 'cli:ops' };

/**
 * Every column that holds a user's id, read from the schema: foreign keys to
 * users.id, and keys to such columns (digest items → notification preferences).
 */
async function userColumns(): Promise<string[]> {
  const rows: { ref: string }[] = await t.dataSource.query(`
    WITH RECURSIVE fk AS (
      SELECT c.conrelid, c.confrelid, k.col, k.fcol
        FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(col, fcol)
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
    ), refs(rel, col) AS (
      SELECT a.attrelid, a.attnum FROM pg_attribute a WHERE a.attrelid = 'users'::regclass AND a.attname = 'id'
      UNION
      SELECT fk.conrelid, fk.col FROM fk JOIN refs ON fk.confrelid = refs.rel AND fk.fcol = refs.col
    )
    SELECT r.rel::regclass::text || '.' || a.attname AS ref
      FROM refs r JOIN pg_attribute a ON a.attrelid = r.rel AND a.attnum = r.col
     WHERE r.rel <> 'users'::regclass`);
  return rows.map((r) => r.ref).sort();
}

/** Tables (any, in the whole schema) with a row whose text holds `needle`, any case. */
async function tablesMentioning(needle: string): Promise<string[]> {
  const tables: { tablename: string }[] = await t.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  const found: string[] = [];
  for (const { tablename } of tables) {
    const [row]: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM "${tablename}" x WHERE strpos(lower(x::text), lower($1)) > 0`,
      [needle],
    );
    if (row!.n > 0) found.push(tablename);
  }
  return found;
}

async function rowsReferencing(userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const ref of await userColumns()) {
    const [table, column] = ref.split('.');
    const [row]: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [userId]);
    counts[ref] = row!.n;
  }
  return counts;
}

/** A person with a name and address found nowhere else in the database. */
async function person(memberships: [string, Role][]): Promise<{ id: string; email: string; name: string }> {
  const tag = randomBytes(4).toString('hex');
  const email = `erase-${tag}@example.org`;
  const name = `Zelda Quillfeather ${tag}`;
  const user = await t.services.identity.createUser({ email, displayName: name, password: TEST_PASSWORD });
  for (const [slug, role] of memberships) await t.services.identity.setMembership(slug, email, role, [], testActor);
  return { id: user.id, email, name };
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const rows: { n: number }[] = await t.dataSource.query(sql, params);
  return rows[0]!.n;
}

const as = (p: { id: string; email: string }, role: Role): Principal => ({ userId: p.id, label: p.email, role, locales: [] });

test('the erasure plan names every column that refers to a user in the schema', async () => {
  const planned = [...new Set(USER_REFERENCES.map((r) => `${r.table}.${r.column}`))].sort();
  // A table added with a reference to users fails here until erasure-plan.ts says what happens to its rows.
  expect(await userColumns()).toEqual(planned);
});

test('erasing a person removes everything that identifies them, keeps their content as by a former member and their audit entries under a pseudonym', async () => {
  const main = await createTenant(t.services);
  const other = await createTenant(t.services);
  const elsewhere = await createTenant(t.services);
  await createUser(t.services, { tenantSlug: main.slug, role: 'admin' });
  const colleague = await createUser(t.services, { tenantSlug: other.slug, role: 'admin' });
  const p = await person([
    [main.slug, 'admin'],
    [other.slug, 'editor'],
  ]);

  // Their traces everywhere: a session (with device and network), content, workflow, media, translations, settings, credentials.
  const browser = await signIn(api, { email: p.email, tenant: main.slug, userAgent: 'Zelda laptop browser' });
  const { document } = await createDocument(t.services, main.id, { actor: as(p, 'admin') });
  await t.db.withTenant(main.id, (tx) =>
    t.services.workflow.transition(tx, as(p, 'admin'), 'submit', { documentId: document.id, locale: 'de' }),
  );
  const media = await createMedia(t.services, main.id);
  const translated = await createTranslatedDocument(t.services, main.id);
  await createPendingDigestItem(t.services, main.id, p, 'admin');
  const sent = await createInvitation(t.services, t.mail, { tenantId: main.id });
  const toThem = await createInvitation(t.services, t.mail, { tenantId: elsewhere.id, email: p.email });
  await t.services.db.asPlatform(async (em) => {
    await em.query(`UPDATE media SET uploaded_by = $1 WHERE id = $2`, [p.id, media.id]);
    await em.query(`UPDATE translation_blocks SET updated_by = $1 WHERE document_id = $2`, [p.id, translated]);
    await em.query(`UPDATE invitations SET invited_by = $1 WHERE id = $2`, [p.id, sent.invitation.id]);
    await em.query(`UPDATE invitations SET accepted_by = $1, accepted_at = now() WHERE id = $2`, [p.id, toThem.invitation.id]);
    await em.query(`INSERT INTO user_two_factor (user_id, secret, enabled_at) VALUES ($1, 'JBSWY3DPEHPK3PXPJBSWY3DP', now())`, [p.id]);
    await em.query(`INSERT INTO two_factor_recovery_codes (user_id, code_hash) VALUES ($1, $2)`, [p.id, randomBytes(32)]);
    await em.query(`INSERT INTO two_factor_challenges (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '5 minutes')`, [
      p.id,
      randomBytes(32),
    ]);
    await em.query(`INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      p.id,
      randomBytes(32),
    ]);
    // A colleague's pending digest that names them, and an audit entry whose details do.
    await em.query(`INSERT INTO notification_preferences (tenant_id, user_id, unsubscribe_key) VALUES ($1, $2, $3)`, [
      other.id,
      colleague.id,
      randomBytes(32),
    ]);
    await em.query(`INSERT INTO notification_digest_items (tenant_id, user_id, kind, payload) VALUES ($1, $2, 'invitationAccepted', $3)`, [
      other.id,
      colleague.id,
      JSON.stringify({ type: 'invitationAccepted', member: { displayName: p.name, email: p.email } }),
    ]);
    await em.query(
      `INSERT INTO audit_log (tenant_id, actor_user_id, actor_label, action, subject_type, subject_id, diff)
       VALUES ($1, $2, $3, 'session.signOut', 'session', $4, $5)`,
      [main.id, p.id, p.email, document.id, JSON.stringify({ device: 'Zelda laptop browser', signInPrefix: '192.0.2.0/24', by: p.name })],
    );
  });
  const before = await rowsReferencing(p.id);
  // Every column the schema has is exercised, so none is passed over by accident.
  expect(Object.entries(before).filter(([, n]) => n === 0)).toEqual([]);

  const report = await t.services.erasure.erase(p.email, operator);

  expect(report.pseudonym).toMatch(/^erased-user:[0-9a-f]{16}$/);
  expect(report.tenants.map((x) => x.slug).sort()).toEqual([main.slug, other.slug].sort());
  expect(Object.values(await rowsReferencing(p.id)).every((n) => n === 0)).toBe(true);
  // Nowhere in the whole database: not their address, their name, their id, or their device.
  for (const needle of [p.email, p.name, p.id, 'Zelda laptop browser', '192.0.2.0/24'])
    expect([needle, await tablesMentioning(needle)]).toEqual([needle, []]);

  // Their content stays, by a former member.
  const revisions: { author_id: string | null; author_label: string }[] = await t.dataSource.query(
    `SELECT author_id, author_label FROM revisions WHERE document_id = $1`,
    [document.id],
  );
  expect(revisions).toEqual([{ author_id: null, author_label: FORMER_MEMBER }]);
  const events: { actor_label: string }[] = await t.dataSource.query(`SELECT actor_label FROM workflow_events WHERE document_id = $1`, [
    document.id,
  ]);
  expect(events.length).toBeGreaterThan(0);
  expect(events.filter((e) => e.actor_label !== FORMER_MEMBER)).toEqual([]);
  const mediaLeft = await count(`SELECT count(*)::int AS n FROM media WHERE id = $1`, [media.id]);
  expect(mediaLeft).toBe(1);

  // Their audit entries stay, under the pseudonym; the erasure itself is noted in each of their tenants.
  const theirs: { action: string; actor_label: string; diff: Record<string, unknown> }[] = await t.dataSource.query(
    `SELECT action, actor_label, diff FROM audit_log WHERE actor_label = $1 ORDER BY id`,
    [report.pseudonym],
  );
  expect(theirs.map((e) => e.action)).toEqual(expect.arrayContaining(['session.signIn', 'session.signOut']));
  expect(theirs.find((e) => e.action === 'session.signOut')!.diff).toEqual({ by: report.pseudonym });
  const erasures: { tenant_id: string; actor_label: string; subject_id: string }[] = await t.dataSource.query(
    `SELECT tenant_id, actor_label, subject_id FROM audit_log WHERE action = 'user.erase' ORDER BY tenant_id`,
  );
  expect(erasures).toEqual(
    [main.id, other.id].sort().map((tenant_id) => ({ tenant_id, actor_label: 'cli:ops', subject_id: report.pseudonym })),
  );
  const aboutThem = await count(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action LIKE 'membership.%'`, [
    report.pseudonym,
  ]);
  expect(aboutThem).toBe(2);

  // The colleague's digest still renders, naming a former member.
  const [digest]: { payload: unknown }[] = await t.dataSource.query(`SELECT payload FROM notification_digest_items WHERE user_id = $1`, [
    colleague.id,
  ]);
  expect(digest!.payload).toEqual({ type: 'invitationAccepted', member: { displayName: FORMER_MEMBER, email: FORMER_MEMBER } });

  // Their session no longer signs anyone in.
  const me = await browser.gql<{ me: { user: { id: string } } | null }>(`{ me { user { id } } }`);
  expect(me.body.data?.me ?? null).toBeNull();
});

test('the last admin of a tenant is erased only with force, and the refusal names the tenants and changes nothing', async () => {
  const alone = await createTenant(t.services);
  const shared = await createTenant(t.services);
  await createUser(t.services, { tenantSlug: shared.slug, role: 'admin' });
  const p = await person([
    [alone.slug, 'admin'],
    [shared.slug, 'admin'],
  ]);

  expect(await t.services.erasure.preview(p.email)).toEqual({
    email: p.email,
    tenants: [
      { slug: alone.slug, role: 'admin', lastAdmin: true },
      { slug: shared.slug, role: 'admin', lastAdmin: false },
    ].sort((a, b) => a.slug.localeCompare(b.slug)),
  });
  const refused = await t.services.erasure.erase(p.email, operator).catch((e: unknown) => e);
  expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
  expect((refused as Error).message).toContain(alone.slug);
  expect((refused as Error).message).not.toContain(shared.slug);
  expect(await tablesMentioning(p.email)).toEqual(expect.arrayContaining(['users']));
  const erasures = await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.erase' AND tenant_id = $1`, [alone.id]);
  expect(erasures).toBe(0);

  await t.services.erasure.erase(p.email, operator, { force: true });
  expect(await tablesMentioning(p.email)).toEqual([]);
  const admins = await count(`SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1 AND role = 'admin'`, [alone.id]);
  expect(admins).toBe(0);
});

test('erasing an address no one has is NOT_FOUND', async () => {
  await expect(t.services.erasure.erase('nobody-here@example.org', operator)).rejects.toMatchObject({ code: 'NOT_FOUND' });
});

test('mail queued to them, or kept after it failed, leaves the job queue; other jobs stay', async () => {
  const tenant = await createTenant(t.services);
  await createUser(t.services, { tenantSlug: tenant.slug, role: 'admin' });
  const p = await person([[tenant.slug, 'editor']]);
  const jobs = await JobQueue.start(
    t.dataSource,
    { embedded: testMode() === 'embedded', url: t.url, readOnly: true },
    createLogger('silent'),
  );
  try {
    await jobs.ensureQueue('erasure-test');
    await jobs.sendNow('erasure-test', { message: { to: p.email, subject: 'Review requested' } });
    await jobs.sendNow('erasure-test', { message: { to: 'someone-else@example.org', subject: 'Review requested' } });
    const mentioning = (text: string) =>
      count(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'erasure-test' AND strpos(data::text, $1) > 0`, [text]);
    expect(await mentioning(p.email)).toBe(1);

    const report = await t.services.erasure.erase(p.email, operator);

    expect(report.rows['pgboss.job']).toBe(1);
    expect(await mentioning(p.email)).toBe(0);
    expect(await mentioning('someone-else@example.org')).toBe(1);
  } finally {
    await jobs.stop();
  }
});
