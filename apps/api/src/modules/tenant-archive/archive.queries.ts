import type { EntityManager } from 'typeorm';
import { ident, type TableInfo } from './catalog';
import type { ArchiveUser } from './format';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A tenant id checked to be a UUID, so it may stand as a literal in a cursor's query. */
function literal(tenantId: string): string {
  if (!UUID.test(tenantId)) throw new Error(`"${tenantId}" is not a tenant id`);
  return `'${tenantId}'::uuid`;
}

let cursorCount = 0;

/**
 * The lines of `sql` (one text column, `line`) in batches through a cursor of
 * the current transaction: never the whole result in memory.
 */
export async function* cursorLines(em: EntityManager, sql: string, batch: number): AsyncGenerator<string[]> {
  const name = `careleaf_archive_${++cursorCount}`;
  await em.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`);
  try {
    for (;;) {
      const rows: { line: string }[] = await em.query(`FETCH FORWARD ${batch} FROM ${name}`);
      if (!rows.length) return;
      yield rows.map((r) => r.line);
    }
  } finally {
    await em.query(`CLOSE ${name}`);
  }
}

/** A table's rows of one tenant as canonical JSON text, in primary key order (the archive's and the test's digest). */
export function tableRowsSql(table: TableInfo, tenantId: string): string {
  return `SELECT to_jsonb(x)::text AS line FROM ${ident(table.name)} x WHERE ${ident(table.tenantColumn)} = ${literal(tenantId)}
    ORDER BY ${table.key.map(ident).join(', ')}`;
}

export async function countRows(em: EntityManager, table: TableInfo, tenantId: string): Promise<number> {
  const [row]: { n: number }[] = await em.query(
    `SELECT count(*)::int AS n FROM ${ident(table.name)} WHERE ${ident(table.tenantColumn)} = $1`,
    [tenantId],
  );
  return row?.n ?? 0;
}

/** Members and every user the tenant's rows name (authors, actors, inviters), whether or not still members. */
function userIdsSql(tables: TableInfo[], tenantId: string): string {
  const parts = tables
    .filter((t) => t.rule === 'copy')
    .flatMap((t) => t.userColumns.map((c) => `SELECT ${ident(c)} AS id FROM ${ident(t.name)} WHERE tenant_id = ${literal(tenantId)}`));
  return parts.join(' UNION ');
}

/** Never the password hash, two-factor secrets or sessions: those stay with the installation that issued them. */
export function usersSql(tables: TableInfo[], tenantId: string): string {
  return `SELECT json_build_object('id', u.id, 'email', u.email, 'display_name', u.display_name, 'created_at', u.created_at,
      'member', EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = ${literal(tenantId)} AND m.user_id = u.id))::text AS line
    FROM users u WHERE u.id IN (${userIdsSql(tables, tenantId)}) ORDER BY u.id`;
}

export async function countUsers(em: EntityManager, tables: TableInfo[], tenantId: string): Promise<number> {
  const [row]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM (${userIdsSql(tables, tenantId)}) x WHERE id IS NOT NULL`);
  return row?.n ?? 0;
}

/** Every stored object of the tenant: each original, then its resized copies (a stable order, so archives compare). */
export function mediaKeysSql(tenantId: string): string {
  const t = literal(tenantId);
  return `SELECT storage_key AS line FROM (
      SELECT id AS media_id, 0 AS copy, storage_key FROM media WHERE tenant_id = ${t}
      UNION ALL
      SELECT media_id, 1, storage_key FROM media_derivatives WHERE tenant_id = ${t}
    ) k ORDER BY media_id, copy, storage_key`;
}

export async function tenantBySlug(em: EntityManager, slug: string): Promise<{ id: string; slug: string; name: string } | null> {
  const rows: { id: string; slug: string; name: string }[] = await em.query(`SELECT id, slug, name FROM tenants WHERE slug = $1`, [slug]);
  return rows[0] ?? null;
}

/** The user with this e-mail here (case-insensitive, as the unique index), or null. */
export async function userByEmail(em: EntityManager, email: string): Promise<string | null> {
  const rows: { id: string }[] = await em.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [email]);
  return rows[0]?.id ?? null;
}

export async function userIdTaken(em: EntityManager, id: string): Promise<boolean> {
  const rows: unknown[] = await em.query(`SELECT 1 FROM users WHERE id = $1`, [id]);
  return rows.length > 0;
}

/** A user without a password: they set one through "forgot password" (or sign in through the tenant's SSO). */
export async function insertUser(em: EntityManager, id: string, u: ArchiveUser): Promise<void> {
  await em.query(`INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ($1, $2, $3, NULL, $4)`, [
    id,
    u.email,
    u.display_name,
    u.created_at,
  ]);
}

/** Inserts archive rows (JSON objects) with the columns the archive has; the others take their defaults. */
export async function insertRows(em: EntityManager, table: TableInfo, columns: string[], rows: unknown[]): Promise<void> {
  const list = columns.map(ident).join(', ');
  const overriding = table.columns.some((c) => c.identity && columns.includes(c.name)) ? 'OVERRIDING SYSTEM VALUE' : '';
  await em.query(
    `INSERT INTO ${ident(table.name)} (${list}) ${overriding} SELECT ${list} FROM jsonb_populate_recordset(NULL::${ident(table.name)}, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}

/** Moves identity sequences past the imported values, so the next row the API adds gets a fresh number. */
export async function advanceIdentities(em: EntityManager, table: TableInfo): Promise<void> {
  for (const c of table.columns.filter((x) => x.identity)) {
    await em.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), greatest((SELECT max(${ident(c.name)}) FROM ${ident(table.name)}),
         (SELECT last_value FROM pg_sequences WHERE schemaname = 'public' AND sequencename = split_part(pg_get_serial_sequence($1, $2), '.', 2))))`,
      [table.name, c.name],
    );
  }
}

export async function domainsTaken(em: EntityManager, hosts: string[]): Promise<{ host: string; slug: string }[]> {
  if (!hosts.length) return [];
  return em.query(`SELECT d.host, t.slug FROM tenant_domains d JOIN tenants t ON t.id = d.tenant_id WHERE d.host = ANY($1) ORDER BY 1`, [
    hosts,
  ]);
}

export async function deleteTenantRows(em: EntityManager, table: TableInfo, tenantId: string): Promise<number> {
  const result: [unknown[], number] = await em.query(`DELETE FROM ${ident(table.name)} WHERE ${ident(table.tenantColumn)} = $1`, [
    tenantId,
  ]);
  return result[1];
}

/** The export's transaction reads one snapshot, changes nothing, and writes timestamps in UTC whatever the server's zone. */
export async function readOnlySnapshotInUtc(em: EntityManager): Promise<void> {
  await em.query(`SET TRANSACTION READ ONLY`);
  await useUtc(em);
}

export async function useUtc(em: EntityManager): Promise<void> {
  await em.query(`SET LOCAL TimeZone = 'UTC'`);
}

/** Deferrable keys (a tenant's default locale, a document's head revision) are checked at commit, once every row is in. */
export async function deferConstraints(em: EntityManager): Promise<void> {
  await em.query(`SET CONSTRAINTS ALL DEFERRED`);
}

export async function migrationApplied(em: EntityManager, name: string): Promise<boolean> {
  const rows: unknown[] = await em.query(`SELECT 1 FROM typeorm_migrations WHERE name = $1`, [name]);
  return rows.length > 0;
}

export async function tenantIdTaken(em: EntityManager, id: string): Promise<boolean> {
  const rows: unknown[] = await em.query(`SELECT 1 FROM tenants WHERE id = $1`, [id]);
  return rows.length > 0;
}

/** Other writers of this tenant wait until the delete commits, so no row slips in behind it. */
export async function lockTenant(em: EntityManager, id: string): Promise<void> {
  await em.query(`SELECT 1 FROM tenants WHERE id = $1 FOR UPDATE`, [id]);
}
