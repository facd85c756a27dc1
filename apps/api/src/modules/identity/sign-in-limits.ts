import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import { RateStore } from '../../kernel/rate-store';
import { clearSignInCounts } from './session.queries';

export interface SignInLimitPolicy {
  /** Failed sign-ins per account and client address before that pair waits… */
  perAccountClient: { points: number; durationSec: number };
  /** …first this long, doubling with each lockout of the pair within a day, up to maxLockSec. */
  firstLockSec: number;
  maxLockSec: number;
  /** Sign-ins per client address, whatever the account, before that address waits (successes are given back). */
  perClient: { points: number; durationSec: number };
  /** Failed sign-ins of one account from all addresses before every attempt on it is slowed (never refused). */
  accountSlowAfter: { points: number; durationSec: number };
  /** The slowdown grows by this much per further failure, up to maxSlowMs. */
  slowStepMs: number;
  maxSlowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimitPolicy = {
  perAccountClient: { points: 5, durationSec: 15 * 60 },
  firstLockSec: 60,
  maxLockSec: 15 * 60,
  perClient: { points: 50, durationSec: 3600 },
  accountSlowAfter: { points: 20, durationSec: 15 * 60 },
  slowStepMs: 500,
  maxSlowMs: 5000,
};

const STRIKES_WINDOW_SEC = 24 * 3600;
export const SIGN_IN_LIMITS_TABLE = 'sign_in_limits';

/** Keys stay short and never hold an e-mail address in the clear. */
const digest = (text: string) => createHash('sha256').update(text).digest('base64url');
const accountId = (email: string) => digest(email.trim().toLowerCase());

/** Deletes every sign-in count kept for this address (erasing the person), in the caller's transaction; answers how many. */
export const forgetAccountCounts = (em: EntityManager, email: string): Promise<number> =>
  clearSignInCounts(em, SIGN_IN_LIMITS_TABLE, accountId(email));

/** What a refusal tells the client: a stable reason and how long to wait. */
export function signInLimited(reason: 'SIGN_IN_LOCKED' | 'SIGN_IN_CLIENT_LIMITED', ms: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const message =
    reason === 'SIGN_IN_LOCKED'
      ? `Too many failed sign-in attempts for this account from your address. Wait ${wait} and try again, or reset your password if you have forgotten it.`
      : `Too many sign-in attempts from your address. Wait ${wait} and try again.`;
  return new AppError('TOO_MANY_REQUESTS', message, undefined, { reason, retryAfterSeconds });
}

export interface Attempt {
  /** Call when the password was right: the pair's count is cleared and the address's attempt given back. */
  succeeded(): Promise<void>;
  /** Call when it was wrong: the account-wide count goes up (the pair's and the address's already did). */
  failed(): Promise<void>;
}

/**
 * Sign-in limits that no one can use against someone else: the hard limits
 * are per account *and* client address, or per address alone, so a stranger
 * locks out only themselves; across all addresses an account is only slowed
 * down. Counts live in PostgreSQL (rate-limiter-flexible's store: one atomic
 * upsert per count), or in Redis when configured (RateStore, ADR 0034), so
 * every API process shares them and parallel attempts are counted one by one
 * *before* the password is checked.
 */
export class SignInLimits {
  private readonly pair: RateLimiterAbstract;
  private readonly strikes: RateLimiterAbstract;
  private readonly client: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly rates: RateStore;

  constructor(
    store: Database | RateStore,
    readonly policy: SignInLimitPolicy = DEFAULT_SIGN_IN_LIMITS,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.rates = store instanceof RateStore ? store : new RateStore(store);
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      this.rates.limiter({ table: SIGN_IN_LIMITS_TABLE, keyPrefix, points, duration });
    this.pair = limiter('pair', policy.perAccountClient.points, policy.perAccountClient.durationSec);
    this.strikes = limiter('strikes', 1000, STRIKES_WINDOW_SEC);
    this.client = limiter('client', policy.perClient.points, policy.perClient.durationSec);
    this.account = limiter('account', policy.accountSlowAfter.points, policy.accountSlowAfter.durationSec);
  }

  /**
   * Counts this attempt before the password is checked; throws TOO_MANY_REQUESTS
   * when this account may not be tried from this address (or this address may
   * not try at all) for now, and waits a little when the account is under attack.
   */
  async begin(email: string, ip: string): Promise<Attempt> {
    const account = accountId(email);
    const pairKey = `${account}:${digest(ip)}`;
    const clientKey = digest(ip);
    const [pair, client] = await Promise.all([consumed(this.pair, pairKey), consumed(this.client, clientKey)]);
    if (pair.consumedPoints > this.policy.perAccountClient.points) {
      let ms = pair.msBeforeNext;
      if (pair.consumedPoints === this.policy.perAccountClient.points + 1) ms = await this.lock(pairKey);
      await this.client.reward(clientKey, 1); // not checked, so not an attempt of this address
      throw signInLimited('SIGN_IN_LOCKED', ms);
    }
    if (client.consumedPoints > this.policy.perClient.points) {
      await this.pair.reward(pairKey, 1);
      throw signInLimited('SIGN_IN_CLIENT_LIMITED', client.msBeforeNext);
    }
    const failures = (await this.account.get(account))?.consumedPoints ?? 0;
    const over = failures - this.policy.accountSlowAfter.points;
    if (over >= 0) await this.sleep(Math.min(this.policy.maxSlowMs, (over + 1) * this.policy.slowStepMs));
    return {
      succeeded: async () => {
        await Promise.all([this.pair.delete(pairKey), this.strikes.delete(pairKey), this.client.reward(clientKey, 1)]);
      },
      failed: async () => {
        await consumed(this.account, account);
      },
    };
  }

  /** The first attempt past the limit starts a lockout: each one within a day lasts twice as long as the last. */
  private async lock(pairKey: string): Promise<number> {
    const strikes = (await consumed(this.strikes, pairKey)).consumedPoints;
    const seconds = Math.min(this.policy.maxLockSec, this.policy.firstLockSec * 2 ** Math.min(strikes - 1, 20));
    await this.pair.block(pairKey, seconds);
    return seconds * 1000;
  }

  /** Clears every count of this account (an administrator's unlock), in the caller's transaction; answers how many. */
  async unlock(em: EntityManager, email: string): Promise<number> {
    const account = accountId(email);
    // With Redis, rows in the table are only its insurance's (counted while Redis failed): both are cleared.
    const inRedis = await Promise.all(['pair', 'strikes', 'account'].map((prefix) => this.rates.clearRedis(prefix, account)));
    return (await clearSignInCounts(em, SIGN_IN_LIMITS_TABLE, account)) + inRedis.reduce((a, b) => a + b, 0);
  }
}

/** consume() that answers the count whether or not the limit was passed (it rejects past the limit). */
async function consumed(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) return e;
    throw e;
  }
}
