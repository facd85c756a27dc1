import 'server-only';
import type { GraphQLErrorShape } from '../graphql';

/**
 * Form handlers accept posts from this site only: a browser always sends
 * Origin on a form POST (`null` from a no-referrer page, with
 * Sec-Fetch-Site), and a page elsewhere cannot make either ours. This
 * guards sign-in (which has no session yet) besides the CSRF token.
 */
export function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (!origin || !host) return false;
  // Pages that carry a one-time token send no referrer (Referrer-Policy: no-referrer), and then the browser
  // sends `Origin: null` with their forms; its fetch metadata (a header no page can set) still says where the post came from.
  if (origin === 'null') return request.headers.get('sec-fetch-site') === 'same-origin';
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function foreignPost(): Response {
  return new Response('This form can only be sent from the editor of this site.', {
    status: 403,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

export interface FirstError {
  code: string;
  message: string;
  field?: string;
  reason?: string;
  retryAfterSeconds?: number;
}

/** The first GraphQL error's code, message, field and stable reason, if any. */
export function firstError(errors: readonly GraphQLErrorShape[]): FirstError | null {
  const e = errors[0];
  if (!e) return null;
  const { code = 'ERROR', field, reason, retryAfterSeconds } = e.extensions ?? {};
  return { code, message: e.message, field, reason, retryAfterSeconds };
}
