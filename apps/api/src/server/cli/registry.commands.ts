import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import type { ImportReport } from '../../modules/registries';
import type { Principal } from '../../kernel/policy';
import { seedDemoRegistries } from '../seed/registries';
import { collect } from './parse';
import { print, withServices } from './run';

const operator = (): Principal => ({ userId: null, label: `cli:${process.env.USER ?? 'operator'}`, role: 'system', locales: [] });

function describeReport(r: ImportReport): string {
  const what = r.dryRun ? 'dry run: nothing written' : r.written ? 'imported' : 'rejected: nothing written';
  const lines = [
    `${what} — ${r.rows} rows, ${r.valid} valid, ${r.created} new, ${r.updated} replaced${r.skipped ? `, ${r.skipped} skipped` : ''}`,
    ...r.issues.map((i) => `  line ${i.line}${i.column ? `, column "${i.column}"` : ''}: ${i.code} — ${i.message}`),
  ];
  return lines.join('\n');
}

export function registerRegistryCommands(program: Command, config: Config): void {
  const registry = program.command('registry').description('directories of insurers, programmes, trial registries and services');

  registry
    .command('import')
    .description('import entries from a CSV file (columns: docs/registries.md); all rows or none unless --skip-invalid')
    .argument('<tenant>', 'tenant slug')
    .argument('<file>', 'CSV file (UTF-8; comma, semicolon or tab separated)')
    .option('--dry-run', 'check and report only; write nothing')
    .option('--skip-invalid', 'write the valid rows even when some rows are bad')
    .option('--map <column=field>', 'read a column under another field name, or "=ignore" to skip it (repeat)', collect)
    .action(async (tenant: string, file: string, opts: { dryRun?: boolean; skipInvalid?: boolean; map?: string[] }, cmd: Command) => {
      const csv = await readFile(file, 'utf8');
      const mapping = Object.fromEntries(
        (opts.map ?? []).map((m) => {
          const at = m.lastIndexOf('=');
          return [m.slice(0, at), m.slice(at + 1)];
        }),
      );
      const report = await withServices(config, async (s) => {
        const ref = await s.tenancy.bySlug(tenant);
        return s.db.withTenant(ref.id, (tx) =>
          s.registries.importCsv(tx, operator(), csv, { dryRun: !!opts.dryRun, skipInvalid: !!opts.skipInvalid, mapping }),
        );
      });
      print(cmd, report, () => describeReport(report));
      if (report.issues.length && !report.written) process.exitCode = 2;
    });

  registry
    .command('flagged')
    .description('entries that need an editor: expired, not valid yet, unchecked for too long, or with an unconfirmed id format')
    .argument('<tenant>', 'tenant slug')
    .action(async (tenant: string, _opts: unknown, cmd: Command) => {
      const rows = await withServices(config, async (s) => {
        const ref = await s.tenancy.bySlug(tenant);
        const out = [];
        let after: string | null = null;
        do {
          const page = await s.db.withTenant(ref.id, (tx) => s.registries.listForEditors(tx, { flagged: true, first: 100, after }));
          out.push(...page.items.map((i) => i.node));
          after = page.hasNextPage ? page.endCursor : null;
        } while (after);
        return out;
      });
      print(cmd, rows, () =>
        rows.length
          ? rows.map((r) => `${r.key ?? r.id}\t${r.kind}\t${r.texts[0]?.name ?? ''}\t${r.flags.join(', ')}`).join('\n')
          : '(nothing flagged)',
      );
    });

  registry
    .command('seed-demo')
    .description('add the demo entries that fit a tenant’s regions and locales (missing keys only)')
    .argument('<tenant>', 'tenant slug')
    .action(async (tenant: string, _opts: unknown, cmd: Command) => {
      const lines = await withServices(config, (s) => seedDemoRegistries(s, tenant));
      print(cmd, lines, () => lines.join('\n') || 'nothing to add');
    });
}
