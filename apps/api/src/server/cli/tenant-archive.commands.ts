import fs from 'node:fs';
import os from 'node:os';
import readline from 'node:readline/promises';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { createLogger } from '../../kernel/logger';
import { ArchiveError, deleteTenant, exportTenant, importTenant, type ArchiveProgress } from '../../modules/tenant-archive';
import { print, withServices } from './run';

/** A progress bar on a terminal only: piped or logged output gets the summary line alone. */
function progressBar(label: string): { onStart(total: number): void; onProgress(p: ArchiveProgress): void; stop(): void } {
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: `${label} [{bar}] {percentage}% {value}/{total}` }, Presets.shades_classic)
    : null;
  return {
    onStart: (total) => bar?.start(total, 0),
    onProgress: (p) => bar?.update(p.done),
    stop: () => bar?.stop(),
  };
}

/** Names this installation in archives: its public web address when fixed, else the host name. */
function installationName(config: Config): string {
  return config.publicWebUrl.includes('{host}') ? os.hostname() : config.publicWebUrl;
}

const operatorName = () => `cli:${process.env.USER ?? 'operator'}`;

/** The archive errors are the operator's to act on: one line, no stack. */
async function operatorErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof ArchiveError)) throw e;
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
}

async function confirmed(slug: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(
      `This removes tenant "${slug}", all its content, members' access, audit log and media. Type the slug to confirm: `,
    );
    return answer.trim() === slug;
  } finally {
    rl.close();
  }
}

export function registerTenantArchiveCommands(tenant: Command, config: Config): void {
  tenant
    .command('export')
    .description('write a tenant, with its members, settings and media, to an archive file (to move it to another installation)')
    .argument('<slug>')
    .requiredOption('--out <file>', 'the archive to write (a .tar.gz); it holds personal data and secrets: keep it safe')
    .action(async (slug: string, opts: { out: string }, cmd: Command) => {
      const partial = `${opts.out}.partial`;
      const bar = progressBar('exporting');
      const summary = await operatorErrors(() =>
        withServices(config, async (s) => {
          // Written under another name and renamed when complete: a cut-short export never looks like an archive.
          const out = fs.createWriteStream(partial, { mode: 0o600 });
          try {
            const result = await exportTenant(s.db, s.media.storage, slug, out, {
              installation: installationName(config),
              webhookKey: config.webhooks.key,
              ...bar,
            });
            await fs.promises.rename(partial, opts.out);
            return result;
          } catch (e) {
            out.destroy();
            await fs.promises.rm(partial, { force: true });
            throw e;
          } finally {
            bar.stop();
          }
        }),
      );
      print(cmd, summary, () =>
        [
          `exported ${summary.tenant.slug}: ${summary.rows} rows in ${summary.tables} tables, ${summary.users} users, ${summary.media} media files → ${opts.out}`,
          ...(summary.missingMedia.length
            ? [`warning: ${summary.missingMedia.length} media files were missing from the storage: ${summary.missingMedia.join(', ')}`]
            : []),
        ].join('\n'),
      );
    });

  tenant
    .command('import')
    .description('add a tenant from an archive file; all or nothing')
    .argument('<file>')
    .option('--as <slug>', 'import under this slug with new ids (e.g. a copy next to the original); domains are left out')
    .action(async (file: string, opts: { as?: string }, cmd: Command) => {
      const bar = progressBar('importing');
      const summary = await operatorErrors(() =>
        withServices(config, (s) =>
          importTenant(s.db, s.media.storage, file, {
            ...(opts.as ? { as: opts.as } : {}),
            webhookKey: config.webhooks.key,
            events: s.events,
            ...bar,
          }).finally(() => bar.stop()),
        ),
      );
      createLogger('info').info(
        { event: 'tenant.imported', tenant: summary.tenant, from: file, rows: summary.rows, media: summary.media, by: operatorName() },
        'tenant imported',
      );
      print(cmd, summary, () =>
        [
          `imported ${summary.tenant.slug} (id ${summary.tenant.id}): ${summary.rows} rows, ${summary.media} media files`,
          `users: ${summary.users.linked} linked by e-mail to existing ones, ${summary.users.created} created without a password (they use "forgot password")`,
          ...(summary.droppedDomains.length
            ? [
                `domains left out (set new ones with careleaf tenant update ${summary.tenant.slug} --domain …): ${summary.droppedDomains.join(', ')}`,
              ]
            : []),
          ...(summary.pausedWebhooks
            ? [
                `${summary.pausedWebhooks} webhook subscriptions paused (their secrets were sealed to the old ids or another CARELEAF_WEBHOOK_KEY): an admin rotates each secret and turns it back on`,
              ]
            : []),
        ].join('\n'),
      );
    });

  tenant
    .command('delete')
    .description('remove a tenant: every row it owns (its audit log too) and its media files; users stay')
    .argument('<slug>')
    .option('--yes', 'do not ask (required when not on a terminal)')
    .action(async (slug: string, opts: { yes?: boolean }, cmd: Command) => {
      if (!(await confirmed(slug, opts.yes))) {
        console.error('error: not deleted (confirm with --yes, or type the slug when asked)');
        process.exit(2);
      }
      const summary = await operatorErrors(() => withServices(config, (s) => deleteTenant(s.db, s.media.storage, slug, s.events)));
      // The tenant's audit log went with it: this line, in the installation's log, is what remains.
      createLogger('info').info(
        {
          event: 'tenant.deleted',
          tenant: summary.tenant,
          rows: summary.rows,
          media: summary.media,
          by: operatorName(),
        },
        'tenant deleted',
      );
      print(cmd, summary, () =>
        [
          `deleted ${summary.tenant.slug}: ${Object.values(summary.rows).reduce((a, b) => a + b, 0)} rows, ${summary.media} media files`,
          ...(summary.leftoverMedia.length ? [`warning: remove these media files by hand: ${summary.leftoverMedia.join(', ')}`] : []),
        ].join('\n'),
      );
    });
}
