import { randomUUID } from 'node:crypto';
import type { TenantTx } from '../../kernel/db/database';
import { audit } from '../audit';
import { columnFor, parseRegistryCsv, type CsvIssue } from './registry.csv';
import type { ValidEntry } from './registry.model';
import type { Principal } from '../../kernel/policy';
import { type EntryRules, validateEntry } from './registry.validate';

/** What the import needs of the registry service (registry.service.ts), without importing it back. */
export interface RegistryStore {
  rules(tx: TenantTx): Promise<EntryRules & { defaultLocale: string; chain: (locale: string) => string[] }>;
  idsByKey(tx: TenantTx, keys: string[]): Promise<Map<string, string>>;
  insertAll(tx: TenantTx, entries: { id: string; entry: ValidEntry }[]): Promise<void>;
  replace(tx: TenantTx, id: string, entry: ValidEntry): Promise<void>;
}

export interface ImportOptions {
  /** Check everything and report what would happen; write nothing. */
  dryRun: boolean;
  /** Write the valid rows even when others are bad (default: all or nothing). */
  skipInvalid?: boolean;
  /** The file's column names → field names (or "ignore"), for columns named otherwise. */
  mapping?: Record<string, string>;
}

export interface ImportReport {
  dryRun: boolean;
  /** Whether anything was written. */
  written: boolean;
  /** Data rows in the file (not counting the header and empty lines). */
  rows: number;
  valid: number;
  /** Rows that make (or would make) a new entry, and rows that replace the entry with their key. */
  created: number;
  updated: number;
  /** Bad rows left out (only with skipInvalid). */
  skipped: number;
  issues: CsvIssue[];
}

/**
 * Every row is checked before anything is written, so a file with one bad row
 * leaves the registry exactly as it was (unless skipInvalid asks otherwise).
 * Rows with a key that already exists replace that entry.
 */
export async function importRegistryCsv(
  service: RegistryStore,
  tx: TenantTx,
  actor: Principal,
  csv: string,
  opts: ImportOptions,
): Promise<ImportReport> {
  const parsed = parseRegistryCsv(csv, opts.mapping ?? {});
  const rules = await service.rules(tx);
  const issues: CsvIssue[] = [...parsed.issues];
  const good: { line: number; entry: ValidEntry }[] = [];
  const badLines = new Set(parsed.issues.map((i) => i.line));
  const keyLine = new Map<string, number>();
  for (const row of parsed.rows) {
    const { value, issues: rowIssues } = validateEntry(row.spec, rules);
    for (const i of rowIssues) issues.push({ ...i, line: row.line, column: columnFor(parsed, i.field) });
    if (value?.key) {
      const first = keyLine.get(value.key);
      if (first !== undefined) {
        issues.push({
          line: row.line,
          column: columnFor(parsed, 'key'),
          field: 'key',
          code: 'DUPLICATE_KEY',
          message: `The key "${value.key}" is already used on line ${first}. Each row needs its own key.`,
        });
        badLines.add(row.line);
        continue;
      }
      keyLine.set(value.key, row.line);
    }
    if (value && !badLines.has(row.line)) good.push({ line: row.line, entry: value });
    else badLines.add(row.line);
  }
  issues.sort((a, b) => a.line - b.line);

  const existing = await service.idsByKey(
    tx,
    good.map((g) => g.entry.key).filter((k): k is string => !!k),
  );
  const updates = good.filter((g) => g.entry.key && existing.has(g.entry.key));
  const inserts = good.filter((g) => !g.entry.key || !existing.has(g.entry.key));
  const rows = parsed.rows.length;
  const blocked = issues.length > 0 && !opts.skipInvalid;
  const report: ImportReport = {
    dryRun: opts.dryRun,
    written: false,
    rows,
    valid: good.length,
    created: blocked ? 0 : inserts.length,
    updated: blocked ? 0 : updates.length,
    skipped: opts.skipInvalid ? rows - good.length : 0,
    issues,
  };
  if (opts.dryRun || blocked || good.length === 0) return report;

  const created = inserts.map((g) => ({ id: randomUUID(), entry: g.entry }));
  await service.insertAll(tx, created);
  for (const u of updates) await service.replace(tx, existing.get(u.entry.key!)!, u.entry);
  await audit(
    tx.em,
    tx.tenantId,
    { userId: actor.userId, label: actor.label },
    {
      action: 'registry.import',
      subjectType: 'registry',
      subjectId: 'csv',
      diff: {
        rows,
        created: created.length,
        updated: updates.length,
        skipped: report.skipped,
        // Enough to find the entries again, without copying a large file into the log.
        entryIds: [...created.map((c) => c.id), ...updates.map((u) => existing.get(u.entry.key!)!)].slice(0, 200),
      },
    },
  );
  return { ...report, written: true };
}
