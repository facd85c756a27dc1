import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { backupEmbedded, EmbeddedBackupError, restoreEmbedded } from '../../kernel/db/embedded-backup';
import { embeddedDataDir, portOpen } from '../db/connect';

/** Thrown for a refusal the operator can act on: main.ts prints the message, exit status 1. */
class Refused extends Error {}

/**
 * The server database has its own tools, which also do point-in-time
 * recovery: refuse rather than wrap pg_dump (whose version must match the
 * server's, and whose options each site chooses). docs/operators.md, Backups.
 */
function refuseServerDatabase(config: Config, what: 'backup' | 'restore'): void {
  if (!config.databaseUrl) return;
  throw new Refused(
    what === 'backup'
      ? 'DATABASE_URL is set: back up the server database with pg_dump, e.g. pg_dump -Fc --file careleaf.dump "$DATABASE_URL" (docs/operators.md, Backups). db backup copies the embedded database only.'
      : 'DATABASE_URL is set: restore the server database with pg_restore, e.g. pg_restore --clean --if-exists --no-owner -d "$DATABASE_URL" careleaf.dump (docs/operators.md, Backups). db restore replaces the embedded database only.',
  );
}

/** A copy of files a running server writes to would not be consistent, and two processes must never open them at once. */
async function refuseWhileServing(config: Config): Promise<void> {
  if (await portOpen(config.embeddedDbPort)) {
    throw new Refused(
      `The API is running on the embedded database (port ${config.embeddedDbPort}). Stop it first (npm start: Ctrl+C), then run this again.`,
    );
  }
}

async function refusing(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof Refused || e instanceof EmbeddedBackupError)) throw e;
    console.error(`error: ${e.message}`);
    process.exitCode = 1;
  }
}

export function registerBackupCommands(db: Command, config: Config): void {
  db.command('backup')
    .description('copy the embedded database (a .tar.gz of its data directory) while the API is stopped; the server database: use pg_dump')
    .requiredOption('--out <file>', 'where to write the archive (readable by its owner only: it holds password hashes)')
    .action((opts: { out: string }) =>
      refusing(async () => {
        refuseServerDatabase(config, 'backup');
        await refuseWhileServing(config);
        const { bytes } = await backupEmbedded(embeddedDataDir(config), path.resolve(opts.out));
        console.log(`backed up ${embeddedDataDir(config)} to ${opts.out} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
      }),
    );

  db.command('restore')
    .description(
      'replace the embedded database with a backup while the API is stopped (the current one is kept beside it); the server database: use pg_restore',
    )
    .argument('<file>', 'an archive written by db backup')
    .action((file: string) =>
      refusing(async () => {
        refuseServerDatabase(config, 'restore');
        await refuseWhileServing(config);
        const dataDir = embeddedDataDir(config);
        const { previous } = await restoreEmbedded(path.resolve(file), dataDir);
        console.log(
          `restored ${file} into ${dataDir}${previous ? `; the database it replaced is in ${previous}` : ''}\n` +
            'start the API (pending migrations are applied on start), or run db migrate',
        );
      }),
    );
}
