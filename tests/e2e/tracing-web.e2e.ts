import { seedDemo } from '../../apps/api/src/server/seed/demo';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { describeInBrowser } from '../support/browser';
import { httpGet, startWebServer, type WebServer } from '../support/browser-server';
import { useTestDatabase } from '../support/database';
import { eventually, startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver';

const SPAN_KIND_SERVER = 2;

/**
 * The built web app and the API as real processes, both tracing to one OTLP
 * receiver (ADR 0031): a page's trace goes on into the API and PostgreSQL.
 * No browser is used; the web build comes with the browser project's setup.
 */
describeInBrowser('traces from the web app through the API to PostgreSQL', () => {
  const database = useTestDatabase();
  let receiver: OtlpReceiver;
  let api: ApiProcess;
  let web: WebServer;
  beforeAll(async () => {
    await seedDemo(database.services);
    receiver = await startOtlpReceiver();
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '200' };
    api = await startApiProcess(database.url, env);
    web = await startWebServer(api.graphqlUrl, env);
  }, 90_000);
  afterAll(async () => {
    await web?.stop();
    await api?.stop();
    await receiver?.close();
  });

  test('a page read shares one trace id across the web span, the API HTTP span, its GraphQL operation and pg spans', async () => {
    const searched = 'zz-reader-term-4711';
    expect((await httpGet(web.url('gesundheit.localhost', '/de'))).status).toBe(200);
    expect((await httpGet(web.url('gesundheit.localhost', `/de/search?q=${searched}`))).status).toBe(200);
    const joined = (): ReceivedSpan[] => {
      const webSpans = new Map(receiver.spans.filter((s) => s.service === 'careleaf-web').map((s) => [s.spanId, s]));
      return receiver.spans.filter((s) => s.service === 'careleaf-api' && s.kind === SPAN_KIND_SERVER && webSpans.has(s.parentSpanId));
    };
    const complete = (server: ReceivedSpan) => {
      const trace = receiver.spans.filter((s) => s.traceId === server.traceId && s.service === 'careleaf-api');
      return trace.some((s) => /^query \w+/.test(s.name)) && trace.some((s) => s.attributes['db.system.name'] === 'postgresql');
    };
    await eventually(() => joined().some(complete), 20_000, 'an API request span below a web span, with its operation and pg spans');
    const server = joined().find(complete)!;
    const parent = receiver.spans.find((s) => s.spanId === server.parentSpanId)!;
    expect(parent.traceId).toBe(server.traceId);
    // The search page's request span is there, without its query: the term stays out of every span.
    const searchSpan = () => receiver.spans.some((s) => s.service === 'careleaf-web' && s.attributes['http.target'] === '/de/search');
    await eventually(searchSpan, 20_000, "the search page's request span");
    expect(receiver.bodies.join('\n')).not.toContain(searched);
  });
});
