import { apiUrl } from '../../../../../lib/graphql';
import { normaliseHost } from '../../../../../lib/tenant';
import { traceHeaders } from '../../../../../lib/tracing';

/** What the API says about the file that the reader's browser needs: its type, caching and lock-down headers. */
const PASSED_ON = [
  'content-type',
  'cache-control',
  'etag',
  'x-content-type-options',
  'content-security-policy',
  'cross-origin-resource-policy',
  'content-disposition',
] as const;

interface MediaRouteContext {
  params: Promise<{ tenant: string; id: string; file: string }>;
}

/**
 * Image URLs are site-relative ("/media/<tenant>/<id>/<file>", from the API),
 * so the patient site answers them: it asks the API as the reader of this
 * host, with the reader's cookies (images of unpublished drafts are for
 * signed-in members only), and streams the answer back unchanged.
 */
export async function GET(request: Request, { params }: MediaRouteContext) {
  const { tenant, id, file } = await params;
  const path = ['media', tenant, id, file].map(encodeURIComponent).join('/');
  const cookie = request.headers.get('cookie');
  const ifNoneMatch = request.headers.get('if-none-match');
  let res: Response;
  try {
    res = await fetch(apiUrl().replace(/\/graphql$/, `/${path}`), {
      headers: {
        'x-forwarded-host': normaliseHost(request.headers.get('host')),
        ...(cookie ? { cookie } : {}),
        ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}),
        ...traceHeaders(),
      },
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return new Response('The image cannot be loaded right now. Please try again later.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '60' },
    });
  }
  const headers = new Headers();
  for (const name of PASSED_ON) {
    const value = res.headers.get(name);
    if (value) headers.set(name, value);
  }
  // fetch hands over the decoded body, so the length holds only when nothing was encoded.
  const length = res.headers.get('content-length');
  if (length && !res.headers.get('content-encoding')) headers.set('content-length', length);
  return new Response(res.status === 304 ? null : res.body, { status: res.status, headers });
}
