import autocannon from 'autocannon';
import { prng } from './prng.ts';
import type { Target } from './scenarios.ts';

export interface LoadResult {
  requests: number;
  rps: number;
  /** Latency percentiles in ms over every 2xx response of the run (see percentile). */
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** 200 answers whose JSON body carries GraphQL `errors` (a fast wrong answer must not count as served). */
  graphqlErrors: number;
  /** Answers the API's public response cache served (`X-Cache: HIT`), of all answers. */
  cacheHits: number;
  seconds: number;
}

/**
 * Nearest-rank percentile of raw samples, rounded to 0.1 ms. Autocannon's own
 * summary has p50, p90, p97.5 and p99 but no p95, and rounds to whole ms below
 * its histogram's 1 ms resolution; every percentile here comes from the same samples.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return Math.round(sorted[rank - 1]! * 10) / 10;
}

export function latencyPercentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = Float64Array.from(samples).sort();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/**
 * Drives `target` at `url` with autocannon; each request is drawn from a seeded
 * generator. Latency is autocannon's per-request time from writing the request
 * to the end of the response, recorded for every 2xx answer.
 */
export async function drive(
  url: string,
  target: Target,
  opts: { connections: number; seconds: number; seed: number },
): Promise<LoadResult> {
  const rand = prng(opts.seed);
  const samples: number[] = [];
  let graphqlErrors = 0;
  let cacheHits = 0;
  // Without a callback autocannon returns its instance, an event emitter that is also a promise of the result.
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    requests: [
      {
        setupRequest: (req: autocannon.Request) => {
          const r = target.request(rand);
          return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body } as autocannon.Request;
        },
        onResponse: (status, body, _context, headers) => {
          // Raw header names, as the server spelt them.
          const raw = headers as Record<string, unknown> | undefined;
          if (raw?.['X-Cache'] === 'HIT' || raw?.['x-cache'] === 'HIT') cacheHits++;
          if (status === 200 && target.graphql && body.includes('"errors":')) graphqlErrors++;
        },
      },
    ],
  }) as unknown as Promise<autocannon.Result> & autocannon.Instance;
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) samples.push(ms);
  });
  const result = await instance;
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    ...latencyPercentiles(samples),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    cacheHits: result.requests.total ? cacheHits / result.requests.total : 0,
    seconds: opts.seconds,
  };
}
