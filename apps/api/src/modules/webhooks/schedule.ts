/** Retries of one delivery: `attempts` tries in all, the wait doubling from `baseSeconds`. */
export interface RetryPolicy {
  attempts: number;
  baseSeconds: number;
}

/** 6 tries: after 2, 4, 8, 16 and 32 minutes, about an hour in all; a receiver's short outage or deploy is ridden out. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseSeconds: 120 };

/** Seconds to wait after try `attempt` (1-based) failed, or null when it was the last. */
export function retryDelaySeconds(policy: RetryPolicy, attempt: number): number | null {
  if (attempt >= policy.attempts) return null;
  return policy.baseSeconds * 2 ** (attempt - 1);
}

/** What one try's answer means: done, worth trying again, or refused for good. */
export type AttemptVerdict = 'succeeded' | 'retry' | 'permanent';

/**
 * 2xx is delivered. Network errors, timeouts, 5xx, 408 and 429 may pass
 * later. Any other answer (a 4xx such as 400, 401, 404, 410, or a redirect,
 * which is never followed) would be answered the same again.
 */
export function verdictOf(status: number | null): AttemptVerdict {
  if (status === null) return 'retry';
  if (status >= 200 && status < 300) return 'succeeded';
  if (status >= 500 || status === 408 || status === 429) return 'retry';
  return 'permanent';
}
