import http from 'node:http';
import { context, propagation, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { TypedDocumentString } from '@careleaf/schema/web/graphql';
import { execute } from './graphql';
import { webTracingSettings, withoutQuery } from './tracing';

test('the web app traces only with an OTLP endpoint, as careleaf-web unless named otherwise', () => {
  expect(webTracingSettings({})).toBeNull();
  expect(webTracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toBeNull();
  expect(webTracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' })).toBeNull();
  expect(webTracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' })).toMatchObject({
    url: 'http://c:4318/v1/traces',
    protocol: 'http/protobuf',
    serviceName: 'careleaf-web',
    ratio: 1,
    parentBased: true,
  });
  expect(
    webTracingSettings({
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/t',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
      OTEL_BSP_MAX_QUEUE_SIZE: '999999',
    }),
  ).toMatchObject({ url: 'http://c:4318/t', ratio: 0.25, maxQueueSize: 2048 });
  expect(withoutQuery('GET /de/search?q=hiv+test')).toBe('GET /de/search');
});

test("the web app's calls to the API carry the rendering span's traceparent, cached reads too, and none when tracing is off", async () => {
  const seen: (string | undefined)[] = [];
  const api = http.createServer((req, res) => {
    seen.push(req.headers.traceparent as string | undefined);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  const previous = process.env.CARELEAF_API_URL;
  process.env.CARELEAF_API_URL = `http://127.0.0.1:${(api.address() as { port: number }).port}/graphql`;
  const doc = { toString: () => '{ ok }' } as unknown as TypedDocumentString<unknown, Record<string, never>>;
  const page = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED };
  try {
    // Off: no propagator registered, no header.
    await execute(doc, {}, { host: 'a.example', requestId: 'r1' });
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    await context.with(trace.setSpanContext(context.active(), page), async () => {
      await execute(doc, {}, { host: 'a.example', requestId: 'r2' });
      await execute(doc, {}, { host: 'a.example', cacheTags: ['t:a'] });
    });
    const traceparent = `00-${page.traceId}-${page.spanId}-01`;
    expect(seen).toEqual([undefined, traceparent, traceparent]);
  } finally {
    propagation.disable();
    context.disable();
    process.env.CARELEAF_API_URL = previous;
    await new Promise((r) => api.close(r));
  }
});
