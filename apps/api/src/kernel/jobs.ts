import { PgBoss, type JobWithMetadata, type Queue } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { poolOf } from './db/database';
import type { Logger } from './logger';

/** Retries and dead letters of a queue (pg-boss names; delays in seconds). */
export type QueueSettings = Pick<
  Queue,
  'retryLimit' | 'retryDelay' | 'retryBackoff' | 'retryDelayMax' | 'deadLetter' | 'retentionSeconds' | 'expireInSeconds'
>;

export interface JobQueueOptions {
  /** On the embedded database every statement goes through the one pooled connection of the API. */
  embedded: boolean;
  url: string;
  pollingIntervalSeconds?: number;
  /** A tool that only reads the queues (the CLI): no maintenance, no cron. */
  readOnly?: boolean;
}

/**
 * Jobs in PostgreSQL (pg-boss, schema `pgboss`), so a scheduled publish
 * survives restarts and needs no other service. pg-boss works as the owner
 * role, outside tenant scope: its handlers open their own tenant transaction.
 */
export interface QueueStats {
  queue: string;
  /** Waiting to run, whether due yet or not. */
  queued: number;
  active: number;
  /** Failed jobs pg-boss still keeps (its retention decides how long). */
  failed: number;
}

export class JobQueue {
  private constructor(private readonly boss: PgBoss) {}

  /** Handler failures per queue since start (one entry per queue name this process works: bounded). */
  readonly failures = new Map<string, number>();

  static async start(dataSource: DataSource, opts: JobQueueOptions, logger: Logger): Promise<JobQueue> {
    const pool = poolOf(dataSource);
    const quiet = opts.readOnly ? { supervise: false, schedule: false } : {};
    const boss = opts.embedded
      ? new PgBoss({
          db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values as unknown[]) },
          supervise: !opts.readOnly,
          ...quiet,
        })
      : new PgBoss({ connectionString: opts.url, max: 3, application_name: 'careleaf-jobs', ...quiet });
    boss.on('error', (err: unknown) => logger.error({ err }, 'job queue error'));
    await boss.start();
    return new JobQueue(boss).withPolling(opts.pollingIntervalSeconds);
  }

  private polling = 2;
  private withPolling(seconds: number | undefined): this {
    if (seconds) this.polling = seconds;
    return this;
  }

  /** Creates the queue, or brings an existing one's retry and dead-letter settings up to date. */
  async ensureQueue(name: string, settings: QueueSettings = {}): Promise<void> {
    if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, settings);
    else if (Object.keys(settings).length) await this.boss.updateQueue(name, settings);
  }

  /** Queues a job to run as soon as a worker is free. */
  async sendNow(queue: string, data: object): Promise<void> {
    await this.boss.send(queue, data);
  }

  /** Like `work`, with how many times the job was tried before (0 on the first attempt). */
  async workJobs<T extends object>(
    queue: string,
    handler: (job: { id: string; data: T; retryCount: number }) => Promise<void>,
  ): Promise<void> {
    await this.boss.work<T>(queue, { pollingIntervalSeconds: this.polling, includeMetadata: true }, async (jobs) => {
      for (const job of jobs) await handler({ id: job.id, data: job.data, retryCount: job.retryCount });
    });
  }

  /** Jobs still waiting in `queue`, oldest first, at most `limit`. */
  async waiting<T extends object>(queue: string, limit: number): Promise<JobWithMetadata<T>[]> {
    return this.boss.findJobs<T>(queue, { queued: true, limit });
  }

  /**
   * Runs a job on `queue` at the times of a cron expression (in UTC): one job
   * per time for the whole installation, whatever the number of processes
   * (pg-boss keeps the schedule in its tables). Calling it again replaces it.
   */
  async every(queue: string, cron: string, data: object = {}): Promise<void> {
    await this.boss.schedule(queue, cron, data, { tz: 'UTC' });
  }

  async send(queue: string, data: object, startAfter: Date): Promise<void> {
    await this.boss.send(queue, data, { startAfter });
  }

  async work<T extends object>(queue: string, handler: (data: T) => Promise<void>): Promise<void> {
    await this.boss.work<T>(queue, { pollingIntervalSeconds: this.polling }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data);
        } catch (err) {
          this.failures.set(queue, (this.failures.get(queue) ?? 0) + 1);
          throw err;
        }
      }
    });
  }

  /**
   * Depth and failures of every queue, counted now: pg-boss's own counts wait for its
   * monitor. The job table holds only retained jobs, so the count stays small.
   */
  async stats(): Promise<QueueStats[]> {
    const { rows } = (await this.boss.getDb().executeSql(
      `SELECT name, count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
              count(*) FILTER (WHERE state = 'active')::int AS active,
              count(*) FILTER (WHERE state = 'failed')::int AS failed
         FROM pgboss.job GROUP BY name ORDER BY name LIMIT 1000`,
    )) as { rows: { name: string; queued: number; active: number; failed: number }[] };
    return rows.map((r) => ({ queue: r.name, queued: r.queued, active: r.active, failed: r.failed }));
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5000 });
  }
}

/**
 * Deletes queued, failed and retained jobs (not running ones) whose data or
 * output holds any of `texts` (any case), in the caller's transaction as the
 * owner; answers how many. For erasing a person: mail queued to them, or
 * kept after it failed, names them. Nothing when pg-boss never ran here.
 */
export async function deleteJobsMentioning(em: EntityManager, texts: string[]): Promise<number> {
  const [{ present }]: [{ present: boolean }] = await em.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`);
  if (!present || !texts.length) return 0;
  const [, n]: [unknown, number] = await em.query(
    `DELETE FROM pgboss.job
      WHERE state <> 'active'
        AND EXISTS (SELECT 1 FROM unnest($1::text[]) t
                     WHERE strpos(lower(data::text), lower(t)) > 0 OR strpos(lower(coalesce(output::text, '')), lower(t)) > 0)`,
    [texts],
  );
  return n;
}
