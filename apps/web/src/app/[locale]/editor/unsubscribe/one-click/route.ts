import { execute } from '../../../../../lib/graphql';
import { UnsubscribeNotificationsMutation } from '../../../../../lib/editor/notification-documents';
import { redirectTo } from '../../../../../lib/editor/respond';
import { normaliseHost } from '../../../../../lib/tenant';

type Context = { params: Promise<{ locale: string }> };

/** A mail client's one-click POST carries just this (RFC 8058); read no more than a little of any body. */
const ONE_CLICK = /(?:^|&)List-Unsubscribe=One-Click(?:&|$)/;
const BODY_MAX_BYTES = 1024;

const tokenOf = (request: Request) => (new URL(request.url).searchParams.get('token') ?? '').slice(0, 200);

async function smallBody(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > BODY_MAX_BYTES) {
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The address in List-Unsubscribe. POST (a mail client's one click, or the
 * confirmation page's button) turns the kind of e-mail the signed token names
 * off, without a session: the token is the authority, so no origin or CSRF
 * check applies (a mail provider's POST has neither). The API is called
 * without the browser's cookies, as nobody in particular.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params;
  const token = tokenOf(request);
  const oneClick = ONE_CLICK.test(await smallBody(request));
  const result = await execute(UnsubscribeNotificationsMutation, { token }, { host: normaliseHost(request.headers.get('host')) });
  const kind = result.data?.unsubscribeNotifications.kind;
  if (oneClick) {
    return new Response(kind ? 'Unsubscribed.' : 'This unsubscribe link is not valid.', {
      status: kind ? 200 : 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return redirectTo(`/${locale}/editor/unsubscribe?${kind ? `done=${kind}` : 'failed=1'}`);
}

/** Opening the address in a browser (or a link scanner) changes nothing: it shows the page that asks first. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params;
  return redirectTo(`/${locale}/editor/unsubscribe?token=${encodeURIComponent(tokenOf(request))}`);
}
