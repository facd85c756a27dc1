import type { TypedDocumentString } from '@careleaf/schema/web/graphql';
import { REQUEST_ID_HEADER } from './request-id';
import { currentRequestId } from './request-id.server';
import { traceHeaders } from './tracing';

/** Where the web server reaches the API; `npm start` sets it, the default matches the API's default port. */
export function apiUrl(): string {
  return process.env.CARELEAF_API_URL ?? 'http://127.0.0.1:4000/graphql';
}

/** Upper bound on how stale cached content can get if a publish hook is missed. */
export const CONTENT_REVALIDATE_SECONDS = 300;

export interface GraphQLErrorShape {
  message: string;
  /** `reason` is stable and has a message in every catalog (errors.<reason>); the other entries are its parameters. */
  extensions?: { code?: string; field?: string; reason?: string; retryAfterSeconds?: number; [parameter: string]: unknown };
}

export class ApiUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiUnavailableError';
  }
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors: GraphQLErrorShape[];
  /** The API's Set-Cookie headers (sign-in, sign-out, a stale session), for the web server to pass on. */
  setCookies: string[];
}

/**
 * Posts a generated, typed document to the API as the reader of `host`: the
 * API picks the tenant from X-Forwarded-Host, which it trusts from loopback.
 * Network failures and non-GraphQL answers throw ApiUnavailableError.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  opts: {
    host: string;
    timeoutMs?: number;
    cookie?: string;
    csrfToken?: string;
    cacheTags?: string[];
    signedClient?: string;
    /** The browser's User-Agent, sent at sign-in so the session's device can be named on the sessions page. */
    userAgent?: string;
    /** The page request's id; by default the one the proxy set on the request being rendered. */
    requestId?: string;
  },
): Promise<GraphQLResult<TResult>> {
  // Published content is cached in Next's data cache under tenant/document tags
  // (lib/cache-tags.ts) and expired by the revalidation hook; everything else is fetched fresh.
  const caching: RequestInit = opts.cacheTags?.length
    ? ({ cache: 'force-cache', next: { tags: opts.cacheTags, revalidate: CONTENT_REVALIDATE_SECONDS } } as RequestInit)
    : { cache: 'no-store' };
  // Only uncached calls carry the reader's request id: a cached answer is shared by every reader, and
  // Next's data cache keys on the request headers, so an id there would defeat the cache.
  const requestId = opts.cacheTags?.length ? undefined : (opts.requestId ?? (await currentRequestId()));
  let res: Response;
  try {
    res = await fetch(apiUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-forwarded-host': opts.host,
        // The editor acts as the signed-in reader: their cookies go along, and the CSRF token of their form.
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
        ...(opts.csrfToken ? { 'x-csrf-token': opts.csrfToken } : {}),
        // The visitor's address, signed (lib/editor/client-address.ts), for the API's sign-in limits.
        ...(opts.signedClient ? { 'x-careleaf-client': opts.signedClient } : {}),
        ...(opts.userAgent ? { 'user-agent': opts.userAgent.slice(0, 512) } : {}),
        ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
        // With tracing on, the API's spans join this page's trace (W3C traceparent); nothing when off.
        ...traceHeaders(),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...caching,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
    });
  } catch (cause) {
    throw new ApiUnavailableError(`The Careleaf API at ${apiUrl()} could not be reached.`, { cause });
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await res.json()) as typeof body;
  } catch (cause) {
    throw new ApiUnavailableError(`The Careleaf API answered HTTP ${res.status} without a GraphQL body.`, { cause });
  }
  return { status: res.status, data: body.data ?? null, errors: body.errors ?? [], setCookies: res.headers.getSetCookie() };
}
