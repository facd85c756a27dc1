import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadConfig } from '../../apps/api/src/kernel/config';
import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createApiServer, type ApiServer } from '../../apps/api/src/server/http/app';
import { TEST_CSRF_SECRET, TEST_METRICS_TOKEN } from '../support/api';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
const lines: Record<string, unknown>[] = [];
let server: ApiServer;
let jobs: JobQueue;
let base = '';
let host = '';

beforeAll(async () => {
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );
  jobs = await JobQueue.start(t.dataSource, { embedded: false, url: t.url, pollingIntervalSeconds: 0.5 }, logger);
  const config = loadConfig({ NODE_ENV: 'test', CSRF_SECRET: TEST_CSRF_SECRET, METRICS_TOKEN: TEST_METRICS_TOKEN });
  server = await createApiServer(config, t.services, logger, { jobs });
  base = `http://127.0.0.1:${await server.listen(0)}`;
  host = (await createTenant(t.services)).domains[0]!;
});

afterAll(async () => {
  await server?.close();
  await jobs?.stop();
});

/** fetch cannot set Host; the tenant header names the tenant instead (allowed outside production). */
function gql(query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': host.replace(/\.test$/, ''), ...headers },
    body: JSON.stringify({ query }),
  });
}

async function scrape(): Promise<string> {
  const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
}

/** The value of one series in a scrape, 0 when absent. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('a valid X-Request-Id comes back in the answer and is the id of the access log line', async () => {
  const res = await gql('query TenantSlug { tenant { slug } }', { 'x-request-id': 'web-4f2a:1' });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBe('web-4f2a:1');
  await eventually(async () => lines.some((l) => (l.req as { id?: string } | undefined)?.id === 'web-4f2a:1'));
  const line = lines.find((l) => (l.req as { id?: string }).id === 'web-4f2a:1')!;
  expect(line).toMatchObject({ level: 30, req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
  expect(typeof line.responseTime).toBe('number');
  // Headers stay out of the log: cookies and tokens travel in them.
  expect(JSON.stringify(line)).not.toMatch(/x-tenant|content-type/i);
});

test('a missing, overlong or malformed request id is replaced by a new one', async () => {
  for (const given of [undefined, 'x'.repeat(129), 'two words', 'bad\u00e9id']) {
    const res = await gql('{ tenant { slug } }', given === undefined ? {} : { 'x-request-id': given });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(id).not.toBe(given);
  }
});

test('/metrics refuses a scraper without the bearer token', async () => {
  expect((await fetch(`${base}/metrics`)).status).toBe(401);
  const wrong = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${'y'.repeat(TEST_METRICS_TOKEN.length)}` } });
  expect(wrong.status).toBe(401);
  expect(await wrong.text()).toBe('');
});

test('the named series move with traffic: HTTP requests, GraphQL operations by name, cache lookups and the pool', async () => {
  const httpCount = 'careleaf_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}';
  const operation = 'careleaf_graphql_operations_total{operation="PingTenant",type="query",outcome="ok"}';
  const failed = 'careleaf_graphql_operations_total{operation="(invalid)",type="unknown",outcome="error"}';
  const before = await scrape();
  for (let i = 0; i < 3; i++) expect((await gql('query PingTenant { tenant { slug } }')).status).toBe(200);
  expect((await gql('query Broken { nope }')).status).toBe(400);
  const after = await scrape();
  const hits = 'careleaf_public_cache_lookups_total{result="hit"}';
  expect(value(after, httpCount) - value(before, httpCount)).toBe(3);
  // The first read runs GraphQL; the two repeats are answered by the public cache.
  expect(value(after, operation) - value(before, operation)).toBe(1);
  expect(value(after, hits) - value(before, hits)).toBe(2);
  expect(value(after, failed) - value(before, failed)).toBe(1);
  expect(after).toMatch(/^careleaf_public_cache_lookups_total\{result="hit"\} \d+$/m);
  expect(after).toMatch(/careleaf_http_request_duration_seconds_bucket\{le="0.005",method="POST",route="\/graphql",status="200"\}/);
  expect(value(after, 'careleaf_db_pool_connections{state="total"}')).toBeGreaterThan(0);
  expect(after).toMatch(/^careleaf_db_pool_connections\{state="waiting"\} \d+$/m);
});

test('job-queue depth and handler failures are exposed per queue', async () => {
  await jobs.ensureQueue('metrics-later');
  await jobs.send('metrics-later', { n: 1 }, new Date(Date.now() + 3_600_000));
  const depth = 'careleaf_job_queue_jobs{queue="metrics-later",state="queued"}';
  await eventually(async () => value(await scrape(), depth) === 1);

  await jobs.ensureQueue('metrics-failing');
  await jobs.work('metrics-failing', async () => {
    throw new Error('this job always fails');
  });
  await jobs.send('metrics-failing', { n: 1 }, new Date());
  await eventually(async () => value(await scrape(), 'careleaf_job_failures{queue="metrics-failing"}') >= 1, 20_000);
});
