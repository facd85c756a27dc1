import 'server-only';
import { randomBytes } from 'node:crypto';
import { secureCookies } from '../public-url';
import { safeBackPath } from '../paths';
import { encodeFlash, FLASH_COOKIE, FLASH_MAX_AGE, type Flash } from './flash';

/**
 * 303 See Other to a page of the editor with a one-off message, passing on
 * the API's cookies (sign-in and sign-out set and clear the session there).
 */
export function redirectWithFlash(request: Request, back: string, flash: Omit<Flash, 'id'>, apiCookies: string[] = []): Response {
  const id = randomBytes(6).toString('base64url');
  const target = new URL(safeBackPath(back, '/'), 'http://x');
  target.searchParams.set('flash', id);
  const headers = new Headers({ location: `${target.pathname}${target.search}`, 'cache-control': 'no-store' });
  for (const cookie of apiCookies) headers.append('set-cookie', cookie);
  // Keep the cookie well under browsers' 4 KB limit (reports travel apart, see report-cookie.ts).
  const trimmed: Flash = {
    ...flash,
    id,
    text: flash.text.slice(0, 600),
    value: flash.value,
    ...(flash.errors ? { errors: flash.errors.slice(0, 8).map((e) => ({ field: e.field, text: e.text.slice(0, 180) })) } : {}),
  };
  // Browsers keep cookies up to 4 KB: a typed text too long to come back is left out (the field then shows the stored one).
  if (encodeFlash(trimmed).length > 3800) delete trimmed.value;
  const parts = [`${FLASH_COOKIE}=${encodeFlash(trimmed)}`, 'Path=/', `Max-Age=${FLASH_MAX_AGE}`, 'SameSite=Lax', 'HttpOnly'];
  if (secureCookies()) parts.push('Secure');
  headers.append('set-cookie', parts.join('; '));
  return new Response(null, { status: 303, headers });
}

/** A GET on a form handler (a reload after a redirect, a bookmarked action) goes to the page instead. */
export function redirectTo(path: string): Response {
  return new Response(null, { status: 303, headers: { location: safeBackPath(path, '/') } });
}

/** A field of a submitted form as a trimmed string. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
