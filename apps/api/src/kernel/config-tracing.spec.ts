import { ConfigError, loadConfig } from './config';
import { tracingFromEnv } from './config-tracing';

test('tracing is off unless an OTLP endpoint is set, and OTEL_SDK_DISABLED turns it off again', () => {
  expect(tracingFromEnv({}, 'careleaf-api')).toBeNull();
  expect(tracingFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }, 'careleaf-api')).toBeNull();
  expect(tracingFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' }, 'careleaf-api')).toEqual({
    url: 'http://c:4318/v1/traces',
    protocol: 'http/protobuf',
    timeoutMs: 10_000,
    serviceName: 'careleaf-api',
    sampler: 'parentbased_always_on',
    ratio: 1,
    maxQueueSize: 2048,
    scheduleDelayMs: 5000,
  });
});

test('the traces endpoint is used as given and wins over the base endpoint; the service name can be set', () => {
  const settings = tracingFromEnv(
    {
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://t.example/otlp/traces',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'careleaf-api-eu',
    },
    'careleaf-api',
  );
  expect(settings).toMatchObject({ url: 'https://t.example/otlp/traces', protocol: 'http/json', serviceName: 'careleaf-api-eu' });
});

test('malformed tracing variables refuse the configuration, each with its own line', () => {
  const env = {
    NODE_ENV: 'test',
    OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
    OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
    OTEL_TRACES_SAMPLER_ARG: '2',
    OTEL_BSP_MAX_QUEUE_SIZE: '0',
  };
  expect(() => loadConfig(env)).toThrow(ConfigError);
  const problems = (() => {
    try {
      loadConfig(env);
      return [];
    } catch (e) {
      return (e as ConfigError).problems;
    }
  })();
  for (const name of ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_PROTOCOL', 'OTEL_TRACES_SAMPLER_ARG', 'OTEL_BSP_MAX_QUEUE_SIZE']) {
    expect(problems.some((p) => p.startsWith(name))).toBe(true);
  }
  // Tracing stays off rather than half-configured; the API refuses to start with these problems listed.
  expect(tracingFromEnv(env, 'careleaf-api')).toBeNull();
});
