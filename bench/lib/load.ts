import autocannon from 'autocannon';
import { prng } from './prng.ts';
import type { Target } from './scenarios.ts';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  seconds: number;
}

/** Drives `target` at `url` with autocannon; each request is drawn from a seeded generator. */
export async function drive(
  url: string,
  target: Target,
  opts: { connections: number; seconds: number; seed: number },
): Promise<LoadResult> {
  const rand = prng(opts.seed);
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    requests: [
      {
        setupRequest: (req: autocannon.Request) => {
          const r = target.request(rand);
          return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body } as autocannon.Request;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    seconds: opts.seconds,
  };
}
