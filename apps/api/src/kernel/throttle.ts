import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Database } from './db/database';
import { RateStore } from './rate-store';

export interface ThrottleRule {
  /** How many hits are allowed… */
  points: number;
  /** …within this many seconds of the first one. */
  durationSec: number;
}

/** The table of migration 1766000000000 (the layout rate-limiter-flexible's PostgreSQL store expects). */
export const THROTTLE_TABLE = 'rate_limits';

/** Where counts live: PostgreSQL or Redis (every API process shares them, see RateStore), or this process's memory (unit tests only). */
export type ThrottleStore = RateStore | Database | 'memory';

/** Keys are digests: bounded in length (the column is varchar(255)) and never an e-mail address in the clear. */
const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

/**
 * Counts hits per key in a fixed window, in PostgreSQL: one atomic upsert per
 * hit (rate-limiter-flexible's store; Redis when configured, see RateStore),
 * so the count is the same whichever API process a request reaches (ADR 0034). No in-memory fast path: a process
 * could not learn of another's reset, and a memory count would undercount.
 */
export class Throttle {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    readonly name: string,
    private readonly rule: ThrottleRule,
    store: ThrottleStore,
  ) {
    const opts = { keyPrefix: name, points: rule.points, duration: rule.durationSec };
    if (store === 'memory') {
      this.limiter = new RateLimiterMemory(opts);
      return;
    }
    const rates = store instanceof RateStore ? store : new RateStore(store);
    this.limiter = rates.limiter({ table: THROTTLE_TABLE, keyPrefix: name, points: rule.points, duration: rule.durationSec });
  }

  /** 0 while `key` may go on; otherwise milliseconds until its window ends. */
  async waitMs(key: string): Promise<number> {
    const res = await this.limiter.get(digest(key));
    return res && res.consumedPoints >= this.rule.points ? Math.max(res.msBeforeNext, 1) : 0;
  }

  async hit(key: string): Promise<void> {
    await this.take(key);
  }

  /**
   * Counts a hit and answers 0 when it was within the limit, else milliseconds
   * until the window ends: check and count in one step, so parallel requests
   * (on any process) cannot all pass a check made before any of them counted.
   */
  async take(key: string): Promise<number> {
    let res: RateLimiterRes;
    try {
      res = await this.limiter.consume(digest(key));
    } catch (e) {
      // consume() rejects with the count once the limit is passed; anything else is a real failure.
      if (!(e instanceof RateLimiterRes)) throw e;
      res = e;
    }
    return res.consumedPoints > this.rule.points ? Math.max(res.msBeforeNext, 1) : 0;
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(digest(key));
  }
}

/** "3 minutes", "1 minute", rounded up, for messages. */
export function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
