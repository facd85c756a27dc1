import http from 'node:http';
import { latencyPercentiles } from './load.ts';
import { prng } from './prng.ts';
import type { Target } from './scenarios.ts';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Req = ReturnType<Target['request']>;

/** One request to `base` (http://127.0.0.1:port) with the request's own Host header, which fetch cannot set. */
export function send(base: string, r: Req, agent?: http.Agent): Promise<Answer> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: r.path, method: r.method, headers: r.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(r.body);
  });
}

export interface TtfbResult {
  requests: number;
  rps: number;
  ttfb: { p50: number; p95: number; p99: number };
  response: { p50: number; p95: number; p99: number };
  errors: number;
}

/**
 * A closed-loop load generator that measures time to first byte: `connections`
 * keep-alive connections, each sending its next request when the last answer
 * has been read. TTFB is the time from sending the request until the status
 * line and headers have arrived (the first bytes of the answer); the response
 * time runs until its last byte. Answers other than 200 count as errors.
 */
export async function driveTtfb(
  base: string,
  target: Target,
  opts: { connections: number; seconds: number; seed: number },
): Promise<TtfbResult> {
  const rand = prng(opts.seed);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const u = new URL(base);
  const ttfb: number[] = [];
  const total: number[] = [];
  let errors = 0;
  let requests = 0;
  const started = performance.now();
  const until = started + opts.seconds * 1000;
  const one = (r: Req) =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      let first = 0;
      const req = http.request({ host: u.hostname, port: u.port, path: r.path, method: r.method, headers: r.headers, agent }, (res) => {
        first = performance.now();
        res.resume(); // read and drop the body
        res.on('end', () => {
          requests++;
          if (res.statusCode === 200) {
            ttfb.push(first - t0);
            total.push(performance.now() - t0);
          } else errors++;
          resolve();
        });
        res.on('error', () => {
          errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(r.body);
    });
  const loop = async () => {
    while (performance.now() < until) await one(target.request(rand));
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  return { requests, rps: Math.round(requests / seconds), ttfb: latencyPercentiles(ttfb), response: latencyPercentiles(total), errors };
}
