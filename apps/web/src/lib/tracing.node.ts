import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { setGlobalErrorHandler, W3CTraceContextPropagator } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type Span,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace';
import { withoutQuery, type WebTracingSettings } from './tracing';

const URL_ATTRIBUTES = ['http.target', 'http.url', 'url.full', 'next.route'];

/** Next names its request spans after the URL, query included: that goes before a span is exported. */
class QueryStripping implements SpanProcessor {
  onStart(span: Span): void {
    span.updateName(withoutQuery(span.name));
    const { attributes } = span;
    for (const key of URL_ATTRIBUTES) {
      const value = attributes[key];
      if (typeof value === 'string') span.setAttribute(key, withoutQuery(value));
    }
    if ('url.query' in attributes) span.setAttribute('url.query', '');
  }
  onEnding(span: Span): void {
    span.updateName(withoutQuery(span.name));
  }
  onEnd(): void {}
  async forceFlush(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

async function exporter(settings: WebTracingSettings): Promise<SpanExporter> {
  const options = { url: settings.url, timeoutMillis: settings.timeoutMs, concurrencyLimit: 2 };
  const { OTLPTraceExporter } =
    settings.protocol === 'http/json'
      ? await import('@opentelemetry/exporter-trace-otlp-http')
      : await import('@opentelemetry/exporter-trace-otlp-proto');
  return new OTLPTraceExporter(options);
}

/** Registers the tracer provider Next's built-in spans (requests, rendering, fetch) report to. */
export async function startWebTracing(settings: WebTracingSettings): Promise<void> {
  let warned = false;
  setGlobalErrorHandler((error) => {
    if (warned) return;
    warned = true;
    console.warn(
      `traces could not be exported to ${settings.url}; spans are dropped while the collector is unreachable (${String(error)})`,
    );
  });
  const root = settings.ratio >= 1 ? new AlwaysOnSampler() : new TraceIdRatioBasedSampler(settings.ratio);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    sampler: settings.parentBased ? new ParentBasedSampler({ root }) : root,
    spanLimits: { attributeValueLengthLimit: 4096, attributeCountLimit: 64, eventCountLimit: 16, linkCountLimit: 8 },
    spanProcessors: [
      new QueryStripping(),
      new BatchSpanProcessor({
        exporter: await exporter(settings),
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
  // The last spans go out when the server stops (within the export timeout).
  process.once('SIGTERM', () => void provider.shutdown().catch(() => undefined));
  console.log(`traces are sent over OTLP (${settings.protocol}) to ${settings.url} as ${settings.serviceName}`);
}
