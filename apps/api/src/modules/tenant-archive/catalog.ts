import type { EntityManager } from 'typeorm';
import { ArchiveError } from './archive-error';

/**
 * What the archive does with each table that has a tenant column. Every such
 * table must be named here: a table added by a later migration and not yet
 * given a rule makes export, import and delete stop (catalog.spec and the
 * integration test catch it first), so no tenant data is silently left out.
 *
 *   copy       exported and imported row for row
 *   transient  short-lived credential state (pending SSO sign-ins, ten
 *              minutes each): not exported, deleted with the tenant
 */
export const TABLE_RULES: Readonly<Record<string, 'copy' | 'transient'>> = {
  tenants: 'copy',
  tenant_domains: 'copy',
  tenant_locales: 'copy',
  regions: 'copy',
  memberships: 'copy',
  audit_log: 'copy',
  invitations: 'copy',
  documents: 'copy',
  document_locales: 'copy',
  revisions: 'copy',
  workflow_events: 'copy',
  published_documents: 'copy',
  citations: 'copy',
  glossary_terms: 'copy',
  glossary_entries: 'copy',
  media: 'copy',
  media_texts: 'copy',
  source_blocks: 'copy',
  translation_blocks: 'copy',
  translation_memory: 'copy',
  term_concepts: 'copy',
  terms: 'copy',
  search_documents: 'copy',
  registry_entries: 'copy',
  registry_entry_texts: 'copy',
  tenant_sso: 'copy',
  sso_sign_ins: 'transient',
  notification_preferences: 'copy',
  notification_digest_items: 'copy',
  webhook_subscriptions: 'copy',
  webhook_deliveries: 'copy',
  webhook_attempts: 'copy',
};

export interface ColumnInfo {
  name: string;
  /** format_type(), e.g. "uuid", "text[]", "timestamp with time zone". */
  type: string;
  /** GENERATED ALWAYS AS IDENTITY: inserted with OVERRIDING SYSTEM VALUE, its sequence moved past the imported values. */
  identity: boolean;
}

export interface TableInfo {
  name: string;
  /** `id` for the tenants table, `tenant_id` for the others. */
  tenantColumn: string;
  columns: ColumnInfo[];
  /** The primary key's columns: rows are exported in this order, so an archive of unchanged data is byte-for-byte the same. */
  key: string[];
  /** Columns that reference users (id): their values travel in the users section. */
  userColumns: string[];
  rule: 'copy' | 'transient';
}

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

/**
 * Referenced tables first (tenants, then what hangs off them), so an import
 * inserts in archive order and a delete removes in the reverse order.
 * Deferrable keys (tenants → default locale, document → head revision) are
 * checked at commit and do not constrain the order.
 */
export function orderByReferences(tables: TableInfo[], refs: [string, string][]): TableInfo[] {
  const names = new Set(tables.map((t) => t.name));
  const needs = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const [from, to] of refs) if (names.has(from) && names.has(to)) needs.get(from)!.add(to);
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const next = tables.filter((t) => !placed.has(t.name) && [...needs.get(t.name)!].every((n) => placed.has(n)));
    if (!next.length) throw new ArchiveError('The tenant tables reference each other in a cycle of non-deferrable keys.');
    for (const t of next) {
      ordered.push(t);
      placed.add(t.name);
    }
  }
  return ordered;
}

/** The newest migration applied here: archives record theirs, imports refuse newer ones. */
export async function schemaVersion(em: EntityManager): Promise<{ timestamp: number; name: string }> {
  const [row]: { timestamp: string; name: string }[] = await em.query(
    `SELECT timestamp::text AS timestamp, name FROM typeorm_migrations ORDER BY timestamp DESC LIMIT 1`,
  );
  if (!row) throw new ArchiveError('The database has no migrations applied: run `careleaf db migrate` first.');
  return { timestamp: Number(row.timestamp), name: row.name };
}

/** Quotes an identifier from the catalogue (names are plain, but never trusted blindly in SQL). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
