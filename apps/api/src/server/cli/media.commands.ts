import type { Command } from 'commander';
import type { Config } from '../../kernel/config';
import { JobQueue } from '../../kernel/jobs';
import { createLogger } from '../../kernel/logger';
import { ensureDerivativesQueue } from '../../modules/media';
import { openDatabase } from '../db/connect';
import { createServices } from '../services';
import { print } from './run';

const MAX_LIMIT = 10_000;

export function registerMediaCommands(program: Command, config: Config): void {
  const media = program.command('media').description("a tenant's images");
  media
    .command('derive')
    .description(
      "queue the resized copies (AVIF, WebP for srcset) of a tenant's images that have none yet, e.g. those uploaded before this version; the API's job queue makes them",
    )
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--limit <n>', `at most this many images, oldest first (1 to ${MAX_LIMIT})`, '1000')
    .action(async (opts: { tenant: string; limit: string }, cmd: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
        throw new Error(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
      const database = await openDatabase(config, 'tool');
      // Only sends jobs: no maintenance, no schedules; the API's worker runs them.
      const jobs = await JobQueue.start(
        database.dataSource,
        { embedded: database.embedded, url: database.url, readOnly: true },
        createLogger('warn'),
      );
      try {
        await ensureDerivativesQueue(jobs);
        const services = createServices(database.db, { jobs });
        const tenant = await services.tenancy.bySlug(opts.tenant);
        const queued = await services.media.requestPendingDerivatives(services.db, tenant.id, limit);
        print(cmd, { tenant: opts.tenant, queued }, () => `${queued} image(s) of ${opts.tenant} queued for resized copies`);
      } finally {
        await jobs.stop();
        await database.close();
      }
    });
}
