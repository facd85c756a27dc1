import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { setGlobalErrorHandler, W3CTraceContextPropagator } from '@opentelemetry/core';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace';
import type { TracingSettings } from '../../kernel/config-tracing';
import { createLogger } from '../../kernel/logger';
import { redactSqlLiterals } from './redact';

/** Requests that are not worth a trace: probes and scrapes come every few seconds. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
/** GraphQL over GET carries the query and its variables in the URL: never into a span. */
const REDACTED_QUERY_PARAMS = ['query', 'variables', 'extensions', 'operationName', 'token', 'code', 'state'];

function sampler(settings: TracingSettings): Sampler {
  const ratio = new TraceIdRatioBasedSampler(settings.ratio);
  switch (settings.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

function exporter(settings: TracingSettings): SpanExporter {
  // Both read OTEL_EXPORTER_OTLP_HEADERS themselves; URL and timeout come validated from here.
  const options = { url: settings.url, timeoutMillis: settings.timeoutMs, concurrencyLimit: 2 };
  if (settings.protocol === 'http/json') {
    const { OTLPTraceExporter } =
      require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
    return new OTLPTraceExporter(options);
  }
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-proto') as typeof import('@opentelemetry/exporter-trace-otlp-proto');
  return new OTLPTraceExporter(options);
}

/**
 * Registers the tracer provider, the W3C traceparent propagator and the
 * instrumentations of http, express, graphql and pg. Runs before any of
 * those modules is loaded (preload.ts is main.ts's first import).
 */
export function startSdk(settings: TracingSettings): TracerProvider {
  const logger = createLogger(process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'));
  let warned = false;
  // The SDK reports failed exports here; a collector that is down must not flood the log (nor fail a request).
  setGlobalErrorHandler((error) => {
    if (warned) return;
    warned = true;
    logger.warn({ err: error, url: settings.url }, 'traces could not be exported; spans are dropped while the collector is unreachable');
  });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    sampler: sampler(settings),
    // Bounded: an attribute value longer than this (a long SQL text) is cut, spans keep few events.
    spanLimits: { attributeValueLengthLimit: 4096, attributeCountLimit: 64, eventCountLimit: 16, linkCountLimit: 8 },
    spanProcessors: [
      new BatchSpanProcessor({
        exporter: exporter(settings),
        maxQueueSize: settings.maxQueueSize,
        maxExportBatchSize: Math.min(512, settings.maxQueueSize),
        scheduledDelayMillis: settings.scheduleDelayMs,
        exportTimeoutMillis: settings.timeoutMs + 1000,
      }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0] ?? ''),
        redactedQueryParamsServer: REDACTED_QUERY_PARAMS,
        // The API's own calls out (webhooks, S3, revalidation) only within a traced request.
        requireParentforOutgoingSpans: true,
      }),
      // One span for the route's handler; the ~15 middlewares would each add one to every request.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE, ExpressLayerType.ROUTER] }),
      // One span per operation ("query TenantSlug"), parse and validate only on a document-cache miss; no per-field spans.
      new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false, mergeItems: true }),
      new PgInstrumentation({
        // Job-queue polling outside any request would be a stream of lone spans.
        requireParentSpan: true,
        // Statement text only; values stay out (enhancedDatabaseReporting stays off), literals are masked.
        enhancedDatabaseReporting: false,
        requestHook: (span, info) => {
          if (info.query.text) span.setAttribute('db.query.text', redactSqlLiterals(info.query.text));
        },
      }),
    ],
  });
  logger.info({ url: settings.url, protocol: settings.protocol, service: settings.serviceName }, 'traces are sent over OTLP');
  return provider;
}
