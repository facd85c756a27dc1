import http from 'node:http';
import { loadConfig } from '../../apps/api/src/kernel/config';
import { createApiServer, type ApiServer, type ApiServerOptions } from '../../apps/api/src/server/http/app';
import { createLogger, type Logger } from '../../apps/api/src/kernel/logger';
import type { TestDatabase } from './database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string } }[] };
  headers: Headers;
  /** Every Set-Cookie header of the response, as sent. */
  setCookies: string[];
}

/** A fixed CSRF key for tests, so configurations that require one (production) start. */
export const TEST_CSRF_SECRET = 'test-only csrf secret, at least 32 characters long';

/** The bearer token of /metrics in tests. */
export const TEST_METRICS_TOKEN = 'test-only metrics token, at least 32 characters';

/** What production requires besides the CSRF key, so `{ NODE_ENV: 'production' }` alone starts. */
function productionNeeds(database: TestDatabase): Record<string, string> {
  return {
    DATABASE_URL: database.url,
    CARELEAF_CLIENT_IP_SECRET: 'test-only client address secret, 32+ characters',
    METRICS_TOKEN: TEST_METRICS_TOKEN,
  };
}

export interface TestApi {
  baseUrl: string;
  server: ApiServer;
  /** POST a GraphQL operation as the reader of `host`. */
  gql<T = Record<string, unknown>>(
    query: string,
    opts?: { host?: string; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  post(path: string, body: string, headers?: Record<string, string>): Promise<Response>;
}

/** The real Express + Apollo stack on a free port, over the test file's database. Call after useTestDatabase(). */
export function useTestApi(
  database: TestDatabase,
  env: Record<string, string> = {},
  options: ApiServerOptions = {},
  /** Where the API logs (its access log included); silent by default. */
  logger: Logger = createLogger('silent'),
): TestApi {
  const api = {} as TestApi;
  beforeAll(async () => {
    const needs = env.NODE_ENV === 'production' ? productionNeeds(database) : {};
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CSRF_SECRET: TEST_CSRF_SECRET, ...needs, ...env });
    api.server = await createApiServer(config, database.services, logger, options);
    const port = await api.server.listen(0);
    api.baseUrl = `http://127.0.0.1:${port}`;
    api.post = (path, body, headers = {}) =>
      fetch(`${api.baseUrl}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    api.gql = async (query, opts = {}) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(opts.headers ?? {}) };
      if (opts.host) headers.host = opts.host;
      const res = await request(port, '/graphql', JSON.stringify({ query, variables: opts.variables }), headers);
      return {
        status: res.status,
        body: JSON.parse(res.body) as GraphQLResponse['body'],
        headers: res.headers,
        setCookies: res.setCookies,
      } as never;
    };
  });
  afterAll(async () => {
    await api.server?.close();
  });
  return api;
}

/** node:http rather than fetch, because fetch cannot set the Host header. */
function request(
  port: number,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; headers: Headers; setCookies: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          headers: h,
          setCookies: res.headers['set-cookie'] ?? [],
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
