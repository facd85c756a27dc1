import { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { poolOf } from './db/database';
import type { Logger } from './logger';

export interface JobQueueOptions {
  /** On the embedded database every statement goes through the one pooled connection of the API. */
  embedded: boolean;
  url: string;
  pollingIntervalSeconds?: number;
}

/**
 * Jobs in PostgreSQL (pg-boss, schema `pgboss`), so a scheduled publish
 * survives restarts and needs no other service. pg-boss works as the owner
 * role, outside tenant scope: its handlers open their own tenant transaction.
 */
export class JobQueue {
  private constructor(private readonly boss: PgBoss) {}

  static async start(dataSource: DataSource, opts: JobQueueOptions, logger: Logger): Promise<JobQueue> {
    const pool = poolOf(dataSource);
    const boss = opts.embedded
      ? new PgBoss({ db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values as unknown[]) }, supervise: true })
      : new PgBoss({ connectionString: opts.url, max: 3, application_name: 'careleaf-jobs' });
    boss.on('error', (err: unknown) => logger.error({ err }, 'job queue error'));
    await boss.start();
    return new JobQueue(boss).withPolling(opts.pollingIntervalSeconds);
  }

  private polling = 2;
  private withPolling(seconds: number | undefined): this {
    if (seconds) this.polling = seconds;
    return this;
  }

  async ensureQueue(name: string): Promise<void> {
    if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name);
  }

  async send(queue: string, data: object, startAfter: Date): Promise<void> {
    await this.boss.send(queue, data, { startAfter });
  }

  async work<T extends object>(queue: string, handler: (data: T) => Promise<void>): Promise<void> {
    await this.boss.work<T>(queue, { pollingIntervalSeconds: this.polling }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5000 });
  }
}
