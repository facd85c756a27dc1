import type { EntityManager } from 'typeorm';
import { ArchiveError } from './archive-error';
import { orderByReferences, TABLE_RULES, type ColumnInfo, type TableInfo } from './catalog';

interface Row {
  table: string;
  columns: ColumnInfo[];
  key: string[];
  user_columns: string[];
}

/** Every table of the public schema with a tenant column (and `tenants` itself), from the catalogue. */
export async function tenantTables(em: EntityManager): Promise<TableInfo[]> {
  const rows: Row[] = await em.query(`
    SELECT c.relname AS table,
      (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'identity', a.attidentity <> '')
               ORDER BY a.attnum)
         FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
      (SELECT coalesce(json_agg(a.attname ORDER BY k.ord), '[]')
         FROM pg_constraint p, unnest(p.conkey) WITH ORDINALITY k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE p.conrelid = c.oid AND p.contype = 'p') AS key,
      (SELECT coalesce(json_agg(DISTINCT a.attname), '[]')
         FROM pg_constraint f, unnest(f.conkey) k(attnum)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid = 'public.users'::regclass) AS user_columns
    FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
      AND (c.relname = 'tenants' OR EXISTS (
        SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped))
    ORDER BY 1`);
  const unknown = rows.filter((r) => !(r.table in TABLE_RULES)).map((r) => r.table);
  if (unknown.length)
    throw new ArchiveError(
      `The tables ${unknown.join(', ')} have a tenant column but no rule in the tenant archive format (TABLE_RULES in modules/tenant-archive/catalog.ts). ` +
        'Give each one a rule before moving or deleting tenants, so none of their rows is left behind.',
    );
  const tables = rows.map<TableInfo>((r) => ({
    name: r.table,
    tenantColumn: r.table === 'tenants' ? 'id' : 'tenant_id',
    columns: r.columns,
    key: r.key.length ? r.key : r.columns.map((c) => c.name),
    userColumns: r.user_columns,
    rule: TABLE_RULES[r.table]!,
  }));
  return orderByReferences(tables, await references(em));
}

/** Non-deferrable foreign keys between tenant tables: [referencing, referenced]. */
async function references(em: EntityManager): Promise<[string, string][]> {
  const rows: { from: string; to: string }[] = await em.query(`
    SELECT DISTINCT f.conrelid::regclass::text AS from, f.confrelid::regclass::text AS to
    FROM pg_constraint f
    WHERE f.contype = 'f' AND f.connamespace = 'public'::regnamespace AND NOT f.condeferrable AND f.conrelid <> f.confrelid`);
  return rows.map((r) => [r.from, r.to]);
}

/** The newest migration applied here: archives record theirs, imports refuse newer ones. */
export async function schemaVersion(em: EntityManager): Promise<{ timestamp: number; name: string }> {
  const [row]: { timestamp: string; name: string }[] = await em.query(
    `SELECT timestamp::text AS timestamp, name FROM typeorm_migrations ORDER BY timestamp DESC LIMIT 1`,
  );
  if (!row) throw new ArchiveError('The database has no migrations applied: run `careleaf db migrate` first.');
  return { timestamp: Number(row.timestamp), name: row.name };
}
