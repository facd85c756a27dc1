import { z } from 'zod';
import { checked } from './config-checked';

/**
 * The OpenTelemetry variables (the standard OTEL_* names, so a collector's
 * usual instructions apply). Tracing is off unless an OTLP endpoint is set;
 * the web app reads the same names (apps/web/src/instrumentation.ts).
 * ADR 0031.
 */
function endpoint(name: string) {
  return checked((v, issue) => {
    if (v === undefined) return undefined;
    try {
      if (/^https?:$/.test(new URL(v).protocol)) return v.replace(/\/+$/, '');
    } catch {
      // reported below
    }
    issue(`${name} must be an http(s) URL such as http://otel-collector:4318, got "${v}"`);
    return undefined;
  });
}

const PROTOCOLS = ['http/protobuf', 'http/json'] as const;
export type OtlpProtocol = (typeof PROTOCOLS)[number];
const SAMPLERS = ['parentbased_always_on', 'parentbased_traceidratio', 'always_on', 'traceidratio', 'always_off'] as const;
export type TraceSampler = (typeof SAMPLERS)[number];

export const tracingShape = {
  OTEL_BSP_SCHEDULE_DELAY: checked((v, issue) => {
    const n = Number(v ?? 5000);
    if (!Number.isInteger(n) || n < 100 || n > 60_000)
      issue(`OTEL_BSP_SCHEDULE_DELAY must be milliseconds between 100 and 60000, got "${v}"`);
    return n;
  }),
  OTEL_SDK_DISABLED: checked((v, issue) => {
    if (v !== undefined && v !== 'true' && v !== 'false') issue(`OTEL_SDK_DISABLED must be "true" or "false", got "${v}"`);
    return v === 'true';
  }),
  OTEL_EXPORTER_OTLP_ENDPOINT: endpoint('OTEL_EXPORTER_OTLP_ENDPOINT'),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'),
  OTEL_EXPORTER_OTLP_PROTOCOL: checked((v, issue) => {
    if (v !== undefined && !(PROTOCOLS as readonly string[]).includes(v))
      issue(`OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf or http/json (gRPC is not supported), got "${v}"`);
    return (v ?? 'http/protobuf') as OtlpProtocol;
  }),
  OTEL_EXPORTER_OTLP_HEADERS: checked((v) => v),
  OTEL_EXPORTER_OTLP_TIMEOUT: checked((v, issue) => {
    const n = Number(v ?? 10_000);
    if (!Number.isInteger(n) || n < 100 || n > 60_000)
      issue(`OTEL_EXPORTER_OTLP_TIMEOUT must be milliseconds between 100 and 60000, got "${v}"`);
    return n;
  }),
  OTEL_SERVICE_NAME: checked((v, issue) => {
    if (v !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(v))
      issue(`OTEL_SERVICE_NAME must be 1–64 letters, digits, dots, dashes, got "${v}"`);
    return v;
  }),
  OTEL_TRACES_SAMPLER: checked((v, issue) => {
    if (v !== undefined && !(SAMPLERS as readonly string[]).includes(v))
      issue(`OTEL_TRACES_SAMPLER must be one of ${SAMPLERS.join(', ')}; got "${v}"`);
    return (v ?? 'parentbased_always_on') as TraceSampler;
  }),
  OTEL_TRACES_SAMPLER_ARG: checked((v, issue) => {
    const n = Number(v ?? 1);
    if (!(n >= 0 && n <= 1)) issue(`OTEL_TRACES_SAMPLER_ARG must be a ratio between 0 and 1, got "${v}"`);
    return n;
  }),
  OTEL_BSP_MAX_QUEUE_SIZE: checked((v, issue) => {
    const n = Number(v ?? 2048);
    if (!Number.isInteger(n) || n < 1 || n > 65_536)
      issue(`OTEL_BSP_MAX_QUEUE_SIZE must be a whole number between 1 and 65536, got "${v}"`);
    return n;
  }),
};

export const tracingDocs = {
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    default: 'unset: tracing off',
    meaning:
      'OTLP/HTTP collector base URL, e.g. `http://otel-collector:4318`; traces go to `<url>/v1/traces`. Setting it (or the next one) turns tracing on, in the API and the web app',
  },
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: {
    default: 'unset',
    meaning: 'full URL traces are posted to, used as is (wins over `OTEL_EXPORTER_OTLP_ENDPOINT`)',
  },
  OTEL_EXPORTER_OTLP_PROTOCOL: { default: '`http/protobuf`', meaning: '`http/protobuf` or `http/json` (gRPC is not supported)' },
  OTEL_EXPORTER_OTLP_HEADERS: {
    default: 'unset',
    meaning: 'headers sent with each export, `key=value` comma-separated (e.g. a collector’s API key)',
  },
  OTEL_EXPORTER_OTLP_TIMEOUT: {
    default: '10000',
    meaning: 'longest one export may take, in ms (100–60000); a failed export drops its spans',
  },
  OTEL_SERVICE_NAME: { default: '`careleaf-api` / `careleaf-web`', meaning: 'service name on the spans of each process' },
  OTEL_TRACES_SAMPLER: {
    default: '`parentbased_always_on`',
    meaning: 'which traces are kept: also `parentbased_traceidratio`, `traceidratio`, `always_on`, `always_off`',
  },
  OTEL_TRACES_SAMPLER_ARG: { default: '1', meaning: 'the ratio of the `…traceidratio` samplers, 0–1 (e.g. 0.1 keeps one trace in ten)' },
  OTEL_BSP_MAX_QUEUE_SIZE: {
    default: '2048',
    meaning: 'spans waiting for export at most (per process); past that new spans are dropped, requests are never held up',
  },
  OTEL_BSP_SCHEDULE_DELAY: { default: '5000', meaning: 'longest a finished span waits before it is sent, in ms (100–60000)' },
  OTEL_SDK_DISABLED: { default: 'false', meaning: '`true` turns tracing off even with an endpoint set' },
} satisfies Record<keyof typeof tracingShape, { default: string; meaning: string }>;

export type TracingEnv = z.output<z.ZodObject<typeof tracingShape>>;

/** Where and how spans are sent; null: tracing is off (no endpoint, or OTEL_SDK_DISABLED=true). */
export interface TracingSettings {
  url: string;
  protocol: OtlpProtocol;
  timeoutMs: number;
  serviceName: string;
  sampler: TraceSampler;
  ratio: number;
  maxQueueSize: number;
  scheduleDelayMs: number;
}

export function tracingSettings(env: TracingEnv, defaultServiceName: string): TracingSettings | null {
  const url = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (env.OTEL_EXPORTER_OTLP_ENDPOINT && `${env.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces`);
  if (!url || env.OTEL_SDK_DISABLED) return null;
  return {
    url,
    protocol: env.OTEL_EXPORTER_OTLP_PROTOCOL,
    timeoutMs: env.OTEL_EXPORTER_OTLP_TIMEOUT,
    serviceName: env.OTEL_SERVICE_NAME ?? defaultServiceName,
    sampler: env.OTEL_TRACES_SAMPLER,
    ratio: env.OTEL_TRACES_SAMPLER_ARG,
    maxQueueSize: env.OTEL_BSP_MAX_QUEUE_SIZE,
    scheduleDelayMs: env.OTEL_BSP_SCHEDULE_DELAY,
  };
}

/** The settings from raw environment values; null when off or when a value is refused (loadConfig then reports it). */
export function tracingFromEnv(env: NodeJS.ProcessEnv, defaultServiceName: string): TracingSettings | null {
  const parsed = z.object(tracingShape).safeParse(env);
  return parsed.success ? tracingSettings(parsed.data, defaultServiceName) : null;
}
