import { withNotice } from './paths';

export interface CookieSpec {
  name: string;
  /** null deletes the cookie. */
  value: string | null;
  maxAge: number;
  secure: boolean;
}

function cookieHeader({ name, value, maxAge, secure }: CookieSpec): string {
  const parts = [`${name}=${value ?? ''}`, 'Path=/', `Max-Age=${value === null ? 0 : maxAge}`, 'SameSite=Lax', 'HttpOnly'];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * 303 See Other back to the page the form came from (a relative Location, so
 * it stays on the host the reader used), with a one-off confirmation.
 */
export function redirectAfterPost(back: string, notice: string, cookie: CookieSpec): Response {
  const headers = new Headers({ location: withNotice(back, notice), 'cache-control': 'no-store' });
  headers.append('set-cookie', cookieHeader(cookie));
  return new Response(null, { status: 303, headers });
}
