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
  media_derivatives: 'copy',
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
  reader_feedback: 'copy',
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

/** Quotes an identifier from the catalogue (names are plain, but never trusted blindly in SQL). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
