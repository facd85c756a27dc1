import type { DataSource } from 'typeorm';
import type { EventBus } from '../../kernel/events';
import type { Logger } from '../../kernel/logger';
import { createDataSource } from './data-source';

/** A WAL position ("16/B374D848") as a number of bytes. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? '');
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : null;
}

/** Changes that alter what anonymous readers see (the same that invalidate the public response cache). */
export const READER_VISIBLE_CHANGES = ['DocumentPublished', 'DocumentUnpublished', 'RegistryChanged', 'TenantChanged'] as const;

/** Tenants whose last change's WAL position is remembered; past this every tenant waits for the newest one (safe, briefly slower). */
export const MAX_TRACKED_TENANTS = 10_000;

export interface ReplicaState {
  name: string;
  /** Replayed WAL position at the last poll; null: unreachable, or not a standby. */
  replayed: bigint | null;
  lagSeconds: number | null;
  lagBytes: number | null;
}

interface Replica extends ReplicaState {
  source: DataSource;
}

export interface ReplicaOptions {
  poolMax: number;
  statementTimeoutMs: number;
  pollMs?: number;
  logger: Logger | null;
  /** Opens a replica's data source (tests pass stand-ins). */
  connect?: (url: string) => DataSource;
}

/**
 * Streaming replicas for anonymous public reads (ADR 0035). A replica answers
 * for a tenant only once it has replayed the WAL up to the tenant's last
 * reader-visible change (a publish, an unpublish, a registry or settings
 * change), so a read sent to it can never be older than what this process
 * already announced: the public cache would otherwise keep a stale answer
 * under the new generation. Until then, and whenever a replica is down,
 * reads go to the primary.
 */
export class ReplicaReads {
  private readonly replicas: Replica[];
  /** Per tenant: the primary's WAL position after its last change. */
  private readonly required = new Map<string, bigint>();
  /** Tenants whose change's position is being fetched, with the change's stamp: they read the primary. */
  private readonly pending = new Map<string, number>();
  /** Every read needs at least this: the primary's position at start and after lost notices. */
  private floor: bigint | null = null;
  /** Lost notices (or too many tenants) whose position is being fetched: everyone reads the primary. */
  private floorPending: number | null = 0;
  private stamp = 0;
  private timer: NodeJS.Timeout | null = null;
  private next = 0;
  routed = { replica: 0, primary: 0 };

  constructor(
    urls: readonly string[],
    private readonly primary: DataSource,
    private readonly opts: ReplicaOptions,
  ) {
    this.replicas = urls.map((url, i) => ({
      name: String(i + 1),
      source: opts.connect
        ? opts.connect(url)
        : createDataSource({
            url,
            poolMax: opts.poolMax,
            applicationName: 'careleaf-replica-reads',
            statementTimeoutMs: opts.statementTimeoutMs,
          }),
      replayed: null,
      lagSeconds: null,
      lagBytes: null,
    }));
  }

  /** Connects (a replica down at start only stays unused until it answers) and starts polling. */
  async start(): Promise<void> {
    await Promise.all(
      this.replicas.map((r) =>
        r.source.initialize().catch((err: unknown) => this.opts.logger?.warn({ err, replica: r.name }, 'replica unreachable at start')),
      ),
    );
    // Whatever was committed before this process listened is covered by the floor (the first poll settles it).
    await this.poll();
    const tick = () => {
      this.timer = setTimeout(() => void this.poll().finally(() => this.timer && tick()), this.opts.pollMs ?? 200);
    };
    tick();
  }

  async stop(): Promise<void> {
    const t = this.timer;
    this.timer = null;
    if (t) clearTimeout(t);
    await Promise.all(this.replicas.map((r) => (r.source.isInitialized ? r.source.destroy() : undefined)));
  }

  states(): ReplicaState[] {
    return this.replicas.map(({ name, replayed, lagSeconds, lagBytes }) => ({ name, replayed, lagSeconds, lagBytes }));
  }

  /** Reader-visible changes, here or in other processes, hold the tenant's reads on the primary until a replica has them. */
  subscribe(events: EventBus): () => void {
    const offs = [events.on(READER_VISIBLE_CHANGES, (e) => this.changed(e.tenantId)), events.onMissed(() => this.changed(null))];
    return () => offs.forEach((f) => f());
  }

  /** A replica that has everything the tenant's readers must see, or null (read from the primary). */
  sourceFor(tenantId: string): DataSource | null {
    if (this.floorPending === null && !this.pending.has(tenantId)) {
      const needed = this.required.get(tenantId) ?? 0n;
      const floor = this.floor !== null && this.floor > needed ? this.floor : needed;
      for (let i = 0; i < this.replicas.length; i++) {
        const r = this.replicas[(this.next + i) % this.replicas.length]!;
        if (r.replayed !== null && r.replayed >= floor && r.source.isInitialized) {
          this.next = (this.next + i + 1) % this.replicas.length;
          this.routed.replica++;
          return r.source;
        }
      }
    }
    this.routed.primary++;
    return null;
  }

  /**
   * Called after the change committed (events are dispatched after commit, and
   * NOTIFY is delivered on commit): a primary position read from now on is
   * past the change. Until it is known the tenant (or everyone) reads the primary.
   */
  changed(tenantId: string | null): void {
    const stamp = ++this.stamp;
    if (tenantId !== null && (this.required.size + this.pending.size < MAX_TRACKED_TENANTS || this.required.has(tenantId)))
      this.pending.set(tenantId, stamp);
    else this.floorPending = stamp;
    this.primaryLsn().then(
      (lsn) => this.settle(stamp, lsn),
      (err: unknown) => this.opts.logger?.warn({ err }, 'could not read the primary WAL position (reads stay on the primary)'),
    );
  }

  /** `lsn` was read after every change up to `stamp` had committed. */
  private settle(stamp: number, lsn: bigint): void {
    for (const [tenant, s] of this.pending) {
      if (s > stamp) continue;
      this.pending.delete(tenant);
      const had = this.required.get(tenant);
      if (had === undefined || had < lsn) this.required.set(tenant, lsn);
    }
    if (this.floorPending !== null && this.floorPending <= stamp) {
      this.floorPending = null;
      if (this.floor === null || this.floor < lsn) this.floor = lsn;
    }
  }

  private async primaryLsn(): Promise<bigint> {
    const rows: { lsn: string }[] = await this.primary.query('SELECT pg_current_wal_insert_lsn()::text AS lsn');
    const lsn = parseLsn(rows[0]?.lsn);
    if (lsn === null) throw new Error('the primary reported no WAL position');
    return lsn;
  }

  private async poll(): Promise<void> {
    const stamp = this.stamp;
    let primary: bigint | null = null;
    try {
      primary = await this.primaryLsn();
      // Settles what a failed fetch left waiting: this position was read after those changes.
      this.settle(stamp, primary);
    } catch {
      // the primary is down: replicas keep their last state, lag is unknown
    }
    await Promise.all(this.replicas.map((r) => this.pollReplica(r, primary)));
    this.forgetCaughtUp();
  }

  private async pollReplica(r: Replica, primary: bigint | null): Promise<void> {
    try {
      if (!r.source.isInitialized) await r.source.initialize();
      const rows: { replayed: string | null; lag: string | null }[] = await r.source.query(
        `SELECT pg_last_wal_replay_lsn()::text AS replayed,
                CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                     ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END AS lag`,
      );
      r.replayed = parseLsn(rows[0]?.replayed);
      r.lagSeconds = rows[0]?.lag == null ? null : Math.max(0, Number(rows[0].lag));
      r.lagBytes = r.replayed !== null && primary !== null ? Number(primary > r.replayed ? primary - r.replayed : 0n) : null;
    } catch (err) {
      if (r.replayed !== null) this.opts.logger?.warn({ err, replica: r.name }, 'replica unreachable: its reads go to the primary');
      r.replayed = null;
      r.lagSeconds = null;
      r.lagBytes = null;
    }
  }

  /** Tenants every replica has caught up with need no entry any more (bounds the map). */
  private forgetCaughtUp(): void {
    const slowest = this.replicas.reduce<bigint | null>(
      (min, r) => (r.replayed === null ? min : min === null || r.replayed < min ? r.replayed : min),
      null,
    );
    if (slowest === null || this.replicas.some((r) => r.replayed === null)) return;
    for (const [tenant, lsn] of this.required) if (lsn <= slowest) this.required.delete(tenant);
  }
}
