import type { ApiServer } from '../../apps/api/src/server/http/app';
import type { GraphQLResponse, TestApi } from './api';

/**
 * A TestApi for an API running in another process (startApiProcess), so the
 * session helpers (signIn, tenantHeader …) work against it. There is no
 * server object in this process: `server` throws when touched.
 */
export function apiAt(baseUrl: string): TestApi {
  return {
    baseUrl,
    get server(): ApiServer {
      throw new Error('this API runs in another process');
    },
    async gql<T>(query: string, opts: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
        body: JSON.stringify({ query, variables: opts.variables }),
        signal: AbortSignal.timeout(20_000),
      });
      return {
        status: res.status,
        body: (await res.json()) as GraphQLResponse<T>['body'],
        headers: res.headers,
        setCookies: res.headers.getSetCookie(),
      } as GraphQLResponse<T>;
    },
    post: (path, body, headers = {}) =>
      fetch(`${baseUrl}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }),
  };
}
