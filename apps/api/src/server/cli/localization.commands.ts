import fs from 'node:fs/promises';
import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import type { TenantTx } from '../../kernel/db/database';
import { badInput, notFound } from '../../kernel/errors';
import type { Services } from '../services';
import { isUuid } from '../../kernel/uuids';
import type { Principal } from '../../kernel/policy';
import type { TranslateInput, XliffVersion } from '../../modules/localization';
import { collect } from './parse';
import { print, withServices } from './run';

/** Operator tooling writes as an administrator; workflow steps it takes run as the system (no own-change rule). */
const operator = (): Principal => ({ userId: null, label: `cli:${process.env.USER ?? 'operator'}`, role: 'admin', locales: [] });
const system = (): Principal => ({ userId: null, label: `cli:${process.env.USER ?? 'operator'}`, role: 'system', locales: [] });

async function inTenant<T>(config: Config, slug: string, fn: (s: Services, tx: TenantTx) => Promise<T>): Promise<T> {
  return withServices(config, async (s) => {
    const ref = await s.tenancy.bySlug(slug);
    return s.db.withTenant(ref.id, (tx) => fn(s, tx));
  });
}

/** A document by id, or by its address in any locale. */
async function documentId(tx: TenantTx, ref: string): Promise<string> {
  if (isUuid(ref)) return ref;
  const rows: { document_id: string }[] = await tx.em.query(
    `SELECT document_id FROM document_locales WHERE tenant_id = $1 AND slug = $2 ORDER BY locale LIMIT 1`,
    [tx.tenantId, ref],
  );
  if (!rows[0]) throw notFound(`No document has the id or address "${ref}".`, 'DOCUMENT_NOT_FOUND');
  return rows[0].document_id;
}

function version(v: string | undefined): XliffVersion {
  if (v === undefined || v === '2.0' || v === '2') return '2.0';
  if (v === '1.2') return '1.2';
  throw badInput('version', 'Use 2.0 or 1.2.', 'VALUE_NOT_ALLOWED');
}

function state(v: string | undefined): 'draft' | 'needs_review' {
  if (v === undefined || v === 'draft') return 'draft';
  if (v === 'needs-review' || v === 'needs_review') return 'needs_review';
  throw badInput('state', 'Use draft or needs-review.', 'VALUE_NOT_ALLOWED');
}

/**
 * A translation file for `translation apply`: { title?, summary?, slug?, blocks } where
 * blocks is a list of { id, …fields } or an object of block id → plain text.
 */
function translationFile(raw: string): Omit<TranslateInput, 'documentId' | 'locale'> {
  let data: { title?: string; summary?: string; slug?: string; blocks?: unknown };
  try {
    data = JSON.parse(raw);
  } catch {
    throw badInput('file', 'The file is not JSON.', 'FILE_NOT_JSON');
  }
  const blocks = Array.isArray(data.blocks)
    ? data.blocks
    : Object.entries((data.blocks ?? {}) as Record<string, string>).map(([id, text]) => ({ id, content: [{ type: 'text', text }] }));
  return { title: data.title, summary: data.summary, slug: data.slug, blocks };
}

export function registerLocalizationCommands(program: Command, config: Config): void {
  const xliff = program.command('xliff').description('exchange translations with translation agencies as XLIFF 2.0 or 1.2');
  xliff
    .command('export')
    .description('export documents for translation (without --document: every document with missing or outdated blocks)')
    .argument('<tenant>', 'tenant slug')
    .requiredOption('--locale <tag>', 'the language to translate into')
    .option('--document <id-or-address>', 'a document to export (repeat)', collect)
    .option('--pending', 'only blocks that are missing or outdated')
    .option('--all-units', 'with the batch: every block, not only those that need work')
    .option('--source-locale <tag>', 'with the batch: documents written in this language (default: the tenant default)')
    .option('--xliff-version <version>', '2.0 (default) or 1.2')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(
      async (
        tenant: string,
        opts: {
          locale: string;
          document?: string[];
          pending?: boolean;
          allUnits?: boolean;
          sourceLocale?: string;
          xliffVersion?: string;
          out?: string;
        },
      ) => {
        const result = await inTenant(config, tenant, async (s, tx) => {
          const documentIds = opts.document ? await Promise.all(opts.document.map((d) => documentId(tx, d))) : undefined;
          return s.localization.exportXliff(tx, operator(), {
            locale: opts.locale,
            documentIds,
            pendingOnly: opts.allUnits ? false : opts.pending ? true : undefined,
            sourceLocale: opts.sourceLocale,
            version: version(opts.xliffVersion),
          });
        });
        if (opts.out) {
          await fs.writeFile(opts.out, result.xml);
          console.error(`wrote ${opts.out}: ${result.documents} document(s), ${result.units} unit(s), XLIFF ${result.version}`);
        } else {
          process.stdout.write(result.xml);
        }
      },
    );
  xliff
    .command('import')
    .description('import a translated XLIFF file; nothing is written unless the whole file is valid')
    .argument('<tenant>', 'tenant slug')
    .argument('<file>', 'the XLIFF file')
    .requiredOption('--locale <tag>', 'the language the file translates into')
    .option('--state <state>', 'what imported blocks become: draft (default) or needs-review')
    .action(async (tenant: string, file: string, opts: { locale: string; state?: string }, cmd: Command) => {
      // Bytes, not text: the importer decodes UTF-16 and byte order marks as the file says.
      const xml = await fs.readFile(file);
      const report = await inTenant(config, tenant, (s, tx) =>
        s.localization.importXliff(tx, operator(), { xml, locale: opts.locale, state: state(opts.state) }),
      );
      print(cmd, report, () =>
        report.accepted
          ? `imported ${report.units.filter((u) => u.result === 'imported').length} unit(s) into ${report.documents.length} document(s)` +
            `${report.units.some((u) => u.result === 'skipped') ? `; ${report.units.filter((u) => u.result === 'skipped').length} without a target skipped` : ''}` +
            `${report.units.some((u) => u.result === 'unchanged') ? `; ${report.units.filter((u) => u.result === 'unchanged').length} unchanged (state kept)` : ''}`
          : `nothing imported, ${report.problems.length} problem(s):\n${report.problems
              .map((p) => `  ${p.code}${p.unitId ? ` unit ${p.unitId}` : ''}${p.segmentId ? `/${p.segmentId}` : ''}: ${p.message}`)
              .join('\n')}`,
      );
      if (!report.accepted) process.exitCode = 2;
    });

  const translation = program.command('translation').description('block-level translations and their progress');
  translation
    .command('apply')
    .description('write translated blocks from a JSON file ({ title, summary, slug, blocks }) into a locale, e.g. for demo content')
    .argument('<tenant>', 'tenant slug')
    .requiredOption('--document <id-or-address>', 'the document')
    .requiredOption('--locale <tag>', 'the language of the translation')
    .requiredOption('--file <file>', 'the JSON file')
    .option('--publish', 'then submit, approve and publish the translation')
    .action(async (tenant: string, opts: { document: string; locale: string; file: string; publish?: boolean }, cmd: Command) => {
      const input = translationFile(await fs.readFile(opts.file, 'utf8'));
      const revision = await inTenant(config, tenant, async (s, tx) => {
        const id = await documentId(tx, opts.document);
        const rev = await s.localization.translate(tx, operator(), { ...input, documentId: id, locale: opts.locale });
        if (opts.publish) {
          for (const step of ['submit', 'approve', 'publish'] as const)
            await s.workflow.transition(tx, system(), step, { documentId: id, locale: rev.locale });
        }
        return rev;
      });
      print(cmd, revision, () => `${revision.locale} version ${revision.number} saved${opts.publish ? ' and published' : ''}`);
    });
  translation
    .command('progress')
    .description('documents × locales with blocks missing, in draft, for review, approved and outdated')
    .argument('<tenant>', 'tenant slug')
    .option('--locale <tag>', 'only this target locale')
    .option('--status <status>', 'only translations with a block in this status (missing, draft, needs_review, approved, outdated)')
    .action(async (tenant: string, opts: { locale?: string; status?: string }, cmd: Command) => {
      const page = await inTenant(config, tenant, (s, tx) =>
        s.localization.progress(tx, { locale: opts.locale, status: opts.status as never }, 200, null),
      );
      print(
        cmd,
        page.items,
        () =>
          page.items
            .map(
              (r) => `${r.locale}\t${r.state}\t${r.approved}/${r.total} approved, ${r.outdated} outdated, ${r.missing} missing\t${r.title}`,
            )
            .join('\n') || '(nothing to translate)',
      );
    });
}
