import { context, propagation } from '@opentelemetry/api';

/**
 * Tracing of the web server (ADR 0031): on only when an OTLP endpoint is set,
 * with the same OTEL_* variables as the API (docs/operators.md). This file
 * holds what needs no SDK; instrumentation.ts loads lib/tracing.node.ts.
 */
export interface WebTracingSettings {
  url: string;
  protocol: 'http/protobuf' | 'http/json';
  timeoutMs: number;
  serviceName: string;
  ratio: number;
  parentBased: boolean;
  maxQueueSize: number;
  scheduleDelayMs: number;
}

function bounded(value: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number(value ?? fallback);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

/** null: tracing off (no endpoint, OTEL_SDK_DISABLED=true, or an endpoint that is not an http(s) URL). */
export function webTracingSettings(env: NodeJS.ProcessEnv): WebTracingSettings | null {
  if (env.OTEL_SDK_DISABLED === 'true') return null;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const url = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (base ? `${base}/v1/traces` : '');
  if (!/^https?:\/\/./.test(url)) return null;
  const sampler = env.OTEL_TRACES_SAMPLER ?? 'parentbased_always_on';
  return {
    url,
    protocol: env.OTEL_EXPORTER_OTLP_PROTOCOL === 'http/json' ? 'http/json' : 'http/protobuf',
    timeoutMs: bounded(env.OTEL_EXPORTER_OTLP_TIMEOUT, 10_000, 100, 60_000),
    serviceName: env.OTEL_SERVICE_NAME || 'careleaf-web',
    ratio: sampler === 'always_off' ? 0 : sampler.endsWith('traceidratio') ? bounded(env.OTEL_TRACES_SAMPLER_ARG, 1, 0, 1) : 1,
    parentBased: sampler.startsWith('parentbased_'),
    maxQueueSize: Math.round(bounded(env.OTEL_BSP_MAX_QUEUE_SIZE, 2048, 1, 65_536)),
    scheduleDelayMs: bounded(env.OTEL_BSP_SCHEDULE_DELAY, 5000, 100, 60_000),
  };
}

/**
 * `traceparent` (and `tracestate`) of the span being rendered, for a call to
 * the API, so its spans join the page's trace. Empty when tracing is off.
 * Next leaves these headers out of its data cache key, so cached reads stay shared.
 */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** A URL or span name without its query string: search terms and tokens stay out of spans. */
export function withoutQuery(value: string): string {
  const at = value.indexOf('?');
  return at < 0 ? value : value.slice(0, at);
}
