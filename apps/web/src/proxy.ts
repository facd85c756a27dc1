import { NextResponse, type NextRequest } from 'next/server';
import { CURRENT_URL_HEADER } from './lib/constants';
import { ApiUnavailableError } from './lib/graphql';
import { documentExists, topicExists } from './lib/document-exists';
import { decideRoute, NOT_FOUND_PAGE, type RouteDecision } from './lib/routes';
import { REQUEST_ID_HEADER, requestIdFrom } from './lib/request-id';
import { newNonce, pageSecurityHeaders } from './lib/security-headers';
import { fetchTenant, normaliseHost, type Tenant } from './lib/tenant';
import { unavailableHtml, unavailableLocale } from './lib/unavailable-page';

/**
 * Runs before routing, for every page request:
 * - the tenant comes from the Host header; an unknown host gets the global 404;
 * - "/" redirects to the reader's language among the tenant's locales;
 * - unknown locales and paths get the 404 page with status 404 (in the tenant's
 *   default language, or the URL's language when that locale exists);
 * - when the API cannot be reached, a self-contained 503 page;
 * - pages receive their path and query in a header this proxy always
 *   overwrites, so readers cannot forge it;
 * - every answer carries the security headers, with a fresh CSP nonce that
 *   Next reads from the request's CSP header and puts on its scripts;
 * - every request has an id (X-Request-Id: a valid incoming one, else new): pages
 *   send it to the API, which logs it, and the answer returns it.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers = pageSecurityHeaders(request.nextUrl.pathname, nonce);
  const response = await route(request, headers['Content-Security-Policy']!, requestId);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

async function route(request: NextRequest, csp: string, requestId: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  let tenant: Tenant | null;
  try {
    tenant = await fetchTenant(normaliseHost(request.headers.get('host')));
  } catch (error) {
    if (!(error instanceof ApiUnavailableError)) throw error;
    console.error(error);
    return unavailable(request);
  }

  let decision: RouteDecision = decideRoute(pathname, search, tenant, request.headers.get('accept-language'));
  if (decision.kind === 'document' || decision.kind === 'topic') {
    let exists: boolean;
    const host = normaliseHost(request.headers.get('host'));
    try {
      exists =
        decision.kind === 'document'
          ? await documentExists(host, decision.locale, decision.slug)
          : await topicExists(host, decision.locale, decision.topic);
    } catch (error) {
      if (!(error instanceof ApiUnavailableError)) throw error;
      console.error(error);
      return unavailable(request);
    }
    decision = exists ? { kind: 'page' } : { kind: 'not-found', locale: decision.locale };
  }
  const forwarded = new Headers(request.headers);
  forwarded.set('content-security-policy', csp);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  switch (decision.kind) {
    case 'redirect': {
      const [path, query] = decision.location.split('?');
      const response = NextResponse.redirect(sameOrigin(request, path!, query), decision.status);
      if (decision.status === 307) response.headers.set('vary', 'Accept-Language');
      response.headers.set('cache-control', 'private, no-store');
      return response;
    }
    case 'unknown-site':
      // No route matches "/", so the global not-found page renders it.
      forwarded.set(CURRENT_URL_HEADER, '/');
      return NextResponse.rewrite(sameOrigin(request, '/'), { status: 404, request: { headers: forwarded } });
    case 'not-found':
      // The 404 page's language links and forms lead to home pages: this path has no translations.
      forwarded.set(CURRENT_URL_HEADER, `/${decision.locale}`);
      return NextResponse.rewrite(sameOrigin(request, `/${encodeURIComponent(decision.locale)}/${NOT_FOUND_PAGE}`), {
        status: 404,
        request: { headers: forwarded },
      });
    case 'page':
      forwarded.set(CURRENT_URL_HEADER, `${pathname}${search}`);
      return NextResponse.next({ request: { headers: forwarded } });
  }
}

/** The self-contained 503 page in the URL's language. */
function unavailable(request: NextRequest): NextResponse {
  const locale = unavailableLocale(request.nextUrl.pathname, request.headers.get('accept-language'));
  return new NextResponse(unavailableHtml(locale), {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '60', 'cache-control': 'no-store' },
  });
}

/**
 * A URL on the origin Next sees for this request. Rewrites to another origin
 * would be proxied over HTTP (and loop back here); redirects on it are written
 * as relative Locations, so the reader stays on the host they used.
 */
function sameOrigin(request: NextRequest, pathname: string, query?: string): URL {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = query ? `?${query}` : '';
  return url;
}

export const config = {
  // Pages only: not build assets, not files with an extension (icons, robots.txt,
  // sitemap.xml: they look up the tenant themselves) and not /api/ (the revalidation hook).
  matcher: ['/((?!_next/|api/|.*\\.[A-Za-z0-9]+$).*)'],
};
