import { Redis } from 'ioredis';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Database } from './db/database';
import type { Logger } from './logger';

/** Redis for the counts (REDIS_URL), every key under `prefix` (REDIS_KEY_PREFIX) so installations may share one server. */
export interface RedisRates {
  client: Redis;
  prefix: string;
}

export interface LimiterSpec {
  /** The PostgreSQL table (rate-limiter-flexible's layout, created by a migration). */
  table: string;
  keyPrefix: string;
  points: number;
  duration: number;
}

// One limiter per table and database sweeps expired rows (every 5 minutes, rows expired an hour ago).
const sweeping = new WeakMap<Database, Set<string>>();

/**
 * Where rate limits count (ADR 0034): PostgreSQL, shared by every process on
 * the database; Redis instead when configured, with PostgreSQL as its
 * insurance (a failing Redis call counts in the table, so limits hold through
 * a Redis outage). Store queries go through the pool outside any transaction:
 * on the embedded database the pool's connections share one session.
 */
export class RateStore {
  constructor(
    readonly db: Database,
    readonly redis: RedisRates | null = null,
  ) {}

  limiter(spec: LimiterSpec): RateLimiterAbstract {
    const tables = sweeping.get(this.db) ?? new Set<string>();
    sweeping.set(this.db, tables);
    const sweep = !tables.has(spec.table);
    tables.add(spec.table);
    const { keyPrefix, points, duration } = spec;
    const postgres = new RateLimiterPostgres({
      storeClient: storeClient(this.db),
      storeType: 'pool',
      tableName: spec.table,
      tableCreated: true, // by the migration
      clearExpiredByTimeout: sweep,
      keyPrefix,
      points,
      duration,
    });
    if (!this.redis) return postgres;
    return new RateLimiterRedis({
      storeClient: this.redis.client,
      keyPrefix: `${this.redis.prefix}${keyPrefix}`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: postgres,
    });
  }

  /** Deletes the Redis keys of `keyPrefix` whose key starts with `start` (an unlock); answers how many. */
  async clearRedis(keyPrefix: string, start: string): Promise<number> {
    if (!this.redis) return 0;
    const { client, prefix } = this.redis;
    // Keys are digests (base64url) and fixed names: nothing in them is a glob character.
    const match = `${prefix}${keyPrefix}:${start}*`;
    let cleared = 0;
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', match, 'COUNT', 500);
      cursor = next;
      if (keys.length) cleared += await client.del(...keys);
    } while (cursor !== '0');
    return cleared;
  }
}

function storeClient(db: Database) {
  return {
    query: async (q: { name?: string; text: string; values?: unknown[] }) => {
      const rows = await db.readOnce<Record<string, unknown>>(q.name ?? '', q.text, q.values ?? []);
      return { rows, rowCount: rows.length };
    },
  };
}

/**
 * The Redis client of REDIS_URL: no offline queue and one try per command, so
 * a Redis that is away fails fast and the PostgreSQL insurance counts instead
 * of requests waiting. It reconnects on its own; close it with `quit()`.
 */
export function openRedisRates(url: string, prefix: string, logger: Logger | null): RedisRates {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  let warned = false;
  client.on('error', (err: Error) => {
    // Logged once per outage: a reconnect loop would otherwise repeat it every few hundred milliseconds.
    if (!warned) logger?.warn({ err }, 'Redis for rate limits is unreachable; counting in PostgreSQL meanwhile');
    warned = true;
  });
  client.on('ready', () => {
    warned = false;
  });
  return { client, prefix };
}
