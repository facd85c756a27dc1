import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { csvLine } from '../../kernel/csv';
import { badInput } from '../../kernel/errors';
import type { Principal } from '../../kernel/policy';
import type { AuditRecord } from '../../modules/audit';
import { withServices } from './run';

const operator = (): Principal => ({ userId: null, label: `cli:${process.env.USER ?? 'operator'}`, role: 'system', locales: [] });

const CSV_COLUMNS = ['id', 'created_at', 'actor_user_id', 'actor_label', 'action', 'object_type', 'object_id', 'diff'] as const;

type Format = 'jsonl' | 'csv';

function format(value: string): Format {
  if (value === 'jsonl' || value === 'csv') return value;
  throw badInput('format', 'Use jsonl or csv.', 'VALUE_NOT_ALLOWED');
}

/** An ISO 8601 date or date and time ("2026-01-31", "2026-01-31T08:00:00Z"). */
function since(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime()))
    throw badInput('since', `"${value}" is not an ISO date; write e.g. 2026-01-31 or 2026-01-31T08:00:00Z.`, 'DATE_INVALID');
  return date;
}

function line(record: AuditRecord, as: Format): string {
  if (as === 'jsonl') {
    const { subjectType: objectType, subjectId: objectId, ...rest } = record;
    return `${JSON.stringify({ ...rest, objectType, objectId })}\n`;
  }
  return csvLine([
    record.id,
    record.createdAt.toISOString(),
    record.actorUserId,
    record.actorLabel,
    record.action,
    record.subjectType,
    record.subjectId,
    JSON.stringify(record.diff),
  ]);
}

/** Writes respecting back-pressure, so a slow disk or pipe never piles rows up in memory. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export function registerAuditCommands(program: Command, config: Config): void {
  const audit = program.command('audit').description("a tenant's audit log");

  audit
    .command('export')
    .description('write the entries since a date, oldest first, as JSON lines or CSV (read in batches: any length, little memory)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--since <date>', 'ISO date or date and time: entries written at or after it')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { tenant: string; since: string; format: string; out?: string }) => {
      const as = format(opts.format);
      const from = since(opts.since);
      const count = await withServices(config, async (s) => {
        const ref = await s.tenancy.bySlug(opts.tenant);
        const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
        let n = 0;
        try {
          if (as === 'csv') await write(out, csvLine(CSV_COLUMNS));
          for await (const record of s.auditLog.export(s.db, ref.id, operator(), from)) {
            await write(out, line(record, as));
            n++;
          }
        } finally {
          if (out !== process.stdout) {
            out.end();
            await once(out, 'finish');
          }
        }
        return n;
      });
      if (opts.out) console.error(`${count} entries written to ${opts.out}`);
    });
}
