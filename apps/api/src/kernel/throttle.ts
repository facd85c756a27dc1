import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface ThrottleRule {
  /** How many hits are allowed… */
  points: number;
  /** …within this many seconds of the first one. */
  durationSec: number;
}

/**
 * Counts hits per key in a fixed window. In memory for now: with several API
 * processes this becomes rate-limiter-flexible's Redis or PostgreSQL store,
 * behind the same three methods.
 */
export class Throttle {
  private readonly limiter: RateLimiterMemory;

  constructor(
    readonly name: string,
    private readonly rule: ThrottleRule,
  ) {
    this.limiter = new RateLimiterMemory({ keyPrefix: name, points: rule.points, duration: rule.durationSec });
  }

  /** 0 while `key` may go on; otherwise milliseconds until its window ends. */
  async waitMs(key: string): Promise<number> {
    const res = await this.limiter.get(key);
    return res && res.consumedPoints >= this.rule.points ? Math.max(res.msBeforeNext, 1) : 0;
  }

  async hit(key: string): Promise<void> {
    // consume() rejects once the limit is passed; the count is what matters here.
    await this.limiter.consume(key).catch(() => undefined);
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

/** "3 minutes", "1 minute", rounded up, for messages. */
export function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
