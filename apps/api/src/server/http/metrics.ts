import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { JobQueue } from '../../kernel/jobs';
import type { ReplicaState } from '../db/replicas';

/** What the replica metrics read (server/db/replicas.ts). */
export interface ReplicaReport {
  states(): ReplicaState[];
  readonly routed: { replica: number; primary: number };
}

/** Routes named in the metrics; anything else is "other", so a scanner's paths cannot add series. */
const ROUTES = ['/graphql', '/media', '/healthz', '/readyz', '/metrics'] as const;

/** Distinct GraphQL operation names kept as labels; later new names count as "other". */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function routeLabel(path: string): string {
  return ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other';
}

/**
 * The API's Prometheus metrics, one registry per server (tests run several in
 * one process). Every label takes values from a bounded set: fixed routes,
 * status codes, and at most MAX_OPERATION_NAMES operation names.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly http: Histogram<'method' | 'route' | 'status'>;
  private readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  private readonly operationSeconds: Histogram<'operation' | 'type'>;
  private cacheCounts: () => { hits: number; misses: number } = () => ({ hits: 0, misses: 0 });

  /**
   * `processMetrics` adds Node's own (CPU, memory, GC, event-loop lag). Only the process's one
   * server asks for them: they install a process-wide GC observer that is never removed, so a
   * process building many servers (the tests) would keep every one of them alive.
   */
  constructor(pool: Pool | null, jobs: JobQueue | null, { processMetrics = false }: { processMetrics?: boolean } = {}) {
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'careleaf_' });
    this.http = new Histogram({
      name: 'careleaf_http_request_duration_seconds',
      help: 'HTTP requests by method, route and status: duration in seconds (the _count is the request rate)',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.operations = new Counter({
      name: 'careleaf_graphql_operations_total',
      help: 'GraphQL operations by operation name, type and outcome (ok or error)',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [this.registry],
    });
    this.operationSeconds = new Histogram({
      name: 'careleaf_graphql_operation_duration_seconds',
      help: 'GraphQL operations by operation name and type: duration in seconds',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    const cacheCounts = () => this.cacheCounts();
    new Counter({
      name: 'careleaf_public_cache_lookups_total',
      help: 'Anonymous GraphQL reads looked up in the public response cache, by result (hit or miss)',
      labelNames: ['result'],
      registers: [this.registry],
      collect() {
        // The cache counts for itself; the counter shows its totals.
        const { hits, misses } = cacheCounts();
        this.reset();
        this.inc({ result: 'hit' }, hits);
        this.inc({ result: 'miss' }, misses);
      },
    });
    if (pool) {
      new Gauge({
        name: 'careleaf_db_pool_connections',
        help: 'Connections of the API database pool by state: total, idle, and requests waiting for one',
        labelNames: ['state'],
        registers: [this.registry],
        collect() {
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        },
      });
    }
    if (jobs) {
      new Gauge({
        name: 'careleaf_job_queue_jobs',
        help: 'Jobs per queue by state: queued (waiting or scheduled), active, failed (kept by the queue)',
        labelNames: ['queue', 'state'],
        registers: [this.registry],
        async collect() {
          for (const q of await jobs.stats()) {
            this.set({ queue: q.queue, state: 'queued' }, q.queued);
            this.set({ queue: q.queue, state: 'active' }, q.active);
            this.set({ queue: q.queue, state: 'failed' }, q.failed);
          }
        },
      });
      new Gauge({
        name: 'careleaf_job_failures',
        help: 'Job handler failures per queue since this process started',
        labelNames: ['queue'],
        registers: [this.registry],
        collect() {
          for (const [queue, count] of jobs.failures) this.set({ queue }, count);
        },
      });
    }
  }

  /** The public response cache whose hits and misses are reported. */
  observeCache(counts: () => { hits: number; misses: number }): void {
    this.cacheCounts = counts;
  }

  /** Streaming replicas: their lag, and where anonymous public reads went (ADR 0035). */
  observeReplicas(replicas: ReplicaReport): void {
    new Gauge({
      name: 'careleaf_db_replica_lag_seconds',
      help: 'Replication lag of each read replica in seconds (0 when it has replayed all it received; absent while unreachable)',
      labelNames: ['replica'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const r of replicas.states()) if (r.lagSeconds !== null) this.set({ replica: r.name }, r.lagSeconds);
      },
    });
    new Gauge({
      name: 'careleaf_db_replica_lag_bytes',
      help: 'WAL bytes the primary has written that each read replica has not replayed yet (absent while unknown)',
      labelNames: ['replica'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const r of replicas.states()) if (r.lagBytes !== null) this.set({ replica: r.name }, r.lagBytes);
      },
    });
    new Gauge({
      name: 'careleaf_db_replica_up',
      help: 'Whether each read replica answered the last poll as a standby (1) or not (0)',
      labelNames: ['replica'],
      registers: [this.registry],
      collect() {
        for (const r of replicas.states()) this.set({ replica: r.name }, r.replayed === null ? 0 : 1);
      },
    });
    new Counter({
      name: 'careleaf_db_public_reads_total',
      help: 'Anonymous public reads the response cache did not answer, by where they were sent: replica, or primary (no replica had the tenant’s last change)',
      labelNames: ['target'],
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc({ target: 'replica' }, replicas.routed.replica);
        this.inc({ target: 'primary' }, replicas.routed.primary);
      },
    });
  }

  /** Times every request from its first byte to the end of its answer. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      // The route now: routers mounted below strip their prefix from req.path.
      const route = routeLabel(req.path);
      const stop = this.http.startTimer({ method: ['GET', 'POST', 'HEAD'].includes(req.method) ? req.method : 'other', route });
      res.once('finish', () => stop({ status: String(res.statusCode) }));
      next();
    };
  }

  /** A bounded label for an operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }

  /** Counts and times each operation that was parsed; parse and validation failures count as "(invalid)". */
  apolloPlugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async (ctx) => {
            const type = ctx.operation?.operation ?? 'unknown';
            const operation = ctx.operation ? this.operationLabel(ctx.operationName) : '(invalid)';
            const outcome = ctx.errors?.length ? 'error' : 'ok';
            this.operations.inc({ operation, type, outcome });
            this.operationSeconds.observe({ operation, type }, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }

  /** Serves the registry to a caller with the bearer token; 404 without a token configured. */
  handler(token: string | null): RequestHandler {
    const expected = token ? Buffer.from(`Bearer ${token}`) : null;
    return async (req, res) => {
      if (!expected) {
        res.status(404).end();
        return;
      }
      const given = Buffer.from(req.get('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).set('www-authenticate', 'Bearer').set('cache-control', 'no-store').end();
        return;
      }
      res.set('content-type', this.registry.contentType).set('cache-control', 'no-store');
      res.send(await this.registry.metrics());
    };
  }
}
