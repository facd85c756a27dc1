import 'server-only';

/**
 * Form handlers accept posts from this site only: a browser always sends
 * Origin on a form POST, and a page elsewhere cannot make it ours. This
 * guards sign-in (which has no session yet) besides the CSRF token.
 */
export function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (!origin || !host) return false;
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

/** The first GraphQL error's code and message, if any. */
export function firstError(errors: { message: string; extensions?: { code?: string; field?: string } }[]) {
  const e = errors[0];
  return e ? { code: e.extensions?.code ?? 'ERROR', message: e.message, field: e.extensions?.field } : null;
}
