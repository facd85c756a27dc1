import { execute } from '../../../lib/graphql';
import { signedClientAddress } from '../../../lib/editor/client-address';
import { fromThisSite } from '../../../lib/editor/request';
import { FEEDBACK_COMMENT_MAX, feedbackRedirect, outcomeOfReason, SubmitFeedbackMutation } from '../../../lib/feedback';
import { safeBackPath } from '../../../lib/paths';
import type { LocaleRouteContext } from '../../../lib/route-context';
import { getRequestHost } from '../../../lib/site';

const LOCALE_SHAPE = /^[A-Za-z0-9-]{1,35}$/;
/** A feedback form is a few hundred bytes; 1,000 characters of comment percent-encoded stay far below this. */
const MAX_BODY_BYTES = 32 * 1024;

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

function see(location: string): Response {
  // No Set-Cookie, ever: the reader stays anonymous and the page keeps no state of theirs.
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

/**
 * "Was this page helpful?" without JavaScript: the form posts here, the API
 * stores the answer, and the reader goes back to the page with the outcome.
 * There is no session to carry a CSRF token, so what guards the form is the
 * origin check (Origin, else Sec-Fetch-Site: a page elsewhere cannot post as
 * this site), the API's per-address limit and that an answer changes nothing
 * but a count editors read.
 */
export async function POST(request: Request, { params }: LocaleRouteContext) {
  if (!fromThisSite(request)) return plain(403, 'This form can only be sent from a page of this site.');
  // Browsers send a form's length; without one the body could be of any size.
  const length = request.headers.get('content-length');
  if (length === null) return plain(411, 'This form needs a Content-Length.');
  const declared = Number(length);
  if (!Number.isFinite(declared) || declared > MAX_BODY_BYTES) return plain(413, 'This form is larger than the site accepts.');
  const { locale } = await params;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return plain(400, 'This request does not carry a form.');
  }
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const back = safeBackPath(form.get('back'), LOCALE_SHAPE.test(locale) ? `/${locale}` : '/');
  const answer = text('helpful');
  if (answer !== 'yes' && answer !== 'no') return see(feedbackRedirect(back, 'choose'));
  // The field's maxlength already stops longer comments in the browser; the API checks again.
  const comment = text('comment').slice(0, FEEDBACK_COMMENT_MAX * 2);
  const signedClient = await signedClientAddress();
  const result = await execute(
    SubmitFeedbackMutation,
    { input: { documentId: text('document'), locale: text('locale'), helpful: answer === 'yes', comment: comment || null } },
    { host: await getRequestHost(), ...(signedClient ? { signedClient } : {}) },
  ).catch(() => null);
  if (!result) return see(feedbackRedirect(back, 'failed'));
  return see(feedbackRedirect(back, outcomeOfReason(result.errors[0]?.extensions?.reason, result.errors.length > 0 || !result.data)));
}

/** Someone opening the form's address directly lands on the home page of the language. */
export async function GET(_request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  return see(LOCALE_SHAPE.test(locale) ? `/${locale}` : '/');
}
