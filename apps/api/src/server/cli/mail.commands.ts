import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { JobQueue } from '../../kernel/jobs';
import { createLogger } from '../../kernel/logger';
import { failedMail, MAIL_DEAD_LETTER } from '../../kernel/mail/queue';
import { openDatabase } from '../db/connect';
import { print } from './run';

export function registerMailCommands(program: Command, config: Config): void {
  const mail = program.command('mail').description('outgoing e-mail (invitations, password resets)');
  mail
    .command('failed')
    .description(
      `list mail that could not be delivered: refused by the mail server for good (e.g. 550 no such mailbox) or still failing after every retry; kept 30 days in the "${MAIL_DEAD_LETTER}" queue`,
    )
    .option('--limit <n>', 'at most this many, oldest first', '100')
    .action(async (opts: { limit: string }, cmd: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new Error('--limit must be a whole number from 1 to 1000');
      const database = await openDatabase(config, 'tool');
      const jobs = await JobQueue.start(
        database.dataSource,
        { embedded: database.embedded, url: database.url, readOnly: true },
        createLogger('warn'),
      );
      try {
        const failed = await failedMail(jobs, limit);
        print(cmd, failed, () =>
          failed.length === 0
            ? 'no failed mail'
            : failed.map((m) => `${m.failedAt.toISOString()}  ${m.to}  "${m.subject}"\n    ${m.error}`).join('\n'),
        );
      } finally {
        await jobs.stop();
        await database.close();
      }
    });
}
