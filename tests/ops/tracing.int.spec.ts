import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../bench/lib/processes';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { useTestDatabase } from '../support/database';
import { eventually, startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
let slug = '';
let receiver: OtlpReceiver;

beforeAll(async () => {
  slug = (await createTenant(t.services)).slug;
  receiver = await startOtlpReceiver();
});

afterAll(async () => {
  await receiver?.close();
});

/** A value a reader typed: it must reach the database as a parameter and never a trace. */
const READER_TEXT = `patient-secret-${randomBytes(4).toString('hex')}`;
const SPAN_KIND_SERVER = 2;

/** A read as the web app sends it: a GraphQL POST with the page's W3C traceparent. */
async function read(api: ApiProcess, traceparent: string): Promise<number> {
  const res = await fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': slug, traceparent },
    body: JSON.stringify({
      query: `query ReadPage { publishedDocument(locale: "en", slug: "${READER_TEXT}") { title } }`,
    }),
  });
  await res.text();
  return res.status;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const tracingEnv = (receiverUrl: string) => ({
  OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
  OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
  OTEL_BSP_SCHEDULE_DELAY: '200',
});

test('with an OTLP endpoint set, one trace holds the caller span, the API HTTP span, the GraphQL operation and pg statements without values', async () => {
  const api = await startApiProcess(t.url, tracingEnv(receiver.url));
  const traceId = hex(16);
  const callerSpanId = hex(8);
  try {
    expect(await read(api, `00-${traceId}-${callerSpanId}-01`)).toBe(200);
    const inTrace = () => receiver.spans.filter((s) => s.traceId === traceId);
    const isPg = (s: ReceivedSpan) => s.attributes['db.system.name'] === 'postgresql' || s.attributes['db.system'] === 'postgresql';
    await eventually(() => inTrace().some((s) => s.name === 'query ReadPage') && inTrace().some(isPg), 15_000, 'the spans of the read');

    const spans = inTrace();
    expect(spans.every((s) => s.service === 'careleaf-api')).toBe(true);
    const server = spans.find((s) => s.kind === SPAN_KIND_SERVER && s.parentSpanId === callerSpanId);
    expect(server).toBeDefined();
    const operation = spans.find((s) => s.name === 'query ReadPage')!;
    expect(operation.attributes['graphql.operation.name']).toBe('ReadPage');
    // The operation hangs below the HTTP span (through express's handler span), pg below the operation.
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (s: ReceivedSpan): string[] => {
      const parent = byId.get(s.parentSpanId);
      return parent ? [parent.spanId, ...ancestors(parent)] : [];
    };
    expect(ancestors(operation)).toContain(server!.spanId);
    const statements = spans.filter(isPg).filter((s) => typeof s.attributes['db.query.text'] === 'string');
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.some((s) => ancestors(s).includes(operation.spanId))).toBe(true);
    // The reader's text went as a parameter: the statement names $1, and its value is nowhere.
    expect(statements.some((s) => /\$1/.test(String(s.attributes['db.query.text'])))).toBe(true);
    // Neither parameter values nor the query's literal reach the collector, in any span.
    expect(receiver.bodies.join('\n')).not.toContain(READER_TEXT);
    expect(spans.some((s) => 'db.postgresql.values' in s.attributes)).toBe(false);
  } finally {
    await api.stop();
  }
});

test('a collector that cannot be reached fails no request and is logged once', async () => {
  const closed = `http://127.0.0.1:${await freePort()}`;
  const api = await startApiProcess(t.url, { ...tracingEnv(closed), OTEL_EXPORTER_OTLP_TIMEOUT: '500', LOG_LEVEL: 'warn' });
  const warnings = () => api.output().split('traces could not be exported').length - 1;
  try {
    for (let i = 0; i < 4; i++) {
      const started = Date.now();
      expect(await read(api, `00-${hex(16)}-${hex(8)}-01`)).toBe(200);
      expect(Date.now() - started).toBeLessThan(5000);
      await new Promise((r) => setTimeout(r, 700));
    }
    await eventually(() => warnings() > 0, 10_000, 'the warning about the collector');
    await new Promise((r) => setTimeout(r, 1500));
    expect(warnings()).toBe(1);
  } finally {
    await api.stop();
  }
});

test('without an endpoint nothing is sent and the SDK is not even loaded', async () => {
  const before = receiver.bodies.length;
  // Set but empty counts as unset (and overrides an endpoint this machine's environment may have).
  const api = await startApiProcess(t.url, {
    OTEL_EXPORTER_OTLP_ENDPOINT: '',
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '',
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
  });
  try {
    expect(await read(api, `00-${hex(16)}-${hex(8)}-01`)).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.bodies.length).toBe(before);
  } finally {
    await api.stop();
  }
  // The same first import main.ts makes, in a fresh process: no @opentelemetry/sdk-* module is required.
  const root = path.resolve(__dirname, '..', '..');
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('./apps/api/dist/src/server/tracing/preload.js');
       console.log(Object.keys(require.cache).filter((k) => /@opentelemetry[\\/\\\\]/.test(k)).length)`,
    ],
    { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
  );
  expect(probe.stderr).toBe('');
  expect(probe.stdout.trim()).toBe('0');
});
