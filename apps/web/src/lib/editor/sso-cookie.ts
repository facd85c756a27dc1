import 'server-only';
import { cookies } from 'next/headers';
import { cookieName, secureCookies } from '../public-url';
import { safeBackPath } from '../paths';

/**
 * The single sign-on started in this browser: the API's binding token (the
 * callback must bring it back, so a state that travelled through another
 * browser cannot finish) and the editor page to open afterwards. HttpOnly,
 * ten minutes like the API's record, and SameSite=Lax, not Strict: the
 * identity provider sends the browser back with a cross-site top-level GET,
 * which carries Lax cookies but not Strict ones.
 */
export const SSO_COOKIE = cookieName('careleaf_editor_sso');
export const SSO_MAX_AGE = 10 * 60;

export interface SsoStarted {
  binding: string;
  back: string;
}

function cookie(value: string, maxAge: number): string {
  const parts = [`${SSO_COOKIE}=${value}`, 'Path=/', `Max-Age=${maxAge}`, 'SameSite=Lax', 'HttpOnly'];
  if (secureCookies()) parts.push('Secure');
  return parts.join('; ');
}

export function ssoCookie(started: SsoStarted): string {
  return cookie(Buffer.from(JSON.stringify(started), 'utf8').toString('base64url'), SSO_MAX_AGE);
}

export function clearSsoCookie(): string {
  return cookie('', 0);
}

export function decodeSso(value: string | undefined): SsoStarted | null {
  if (!value || value.length > 2048) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<SsoStarted>;
    if (typeof parsed.binding !== 'string' || typeof parsed.back !== 'string') return null;
    return { binding: parsed.binding, back: safeBackPath(parsed.back, '/') };
  } catch {
    return null;
  }
}

/** The sign-in this browser started, or null (none, expired, or tampered with). */
export async function ssoOfRequest(): Promise<SsoStarted | null> {
  return decodeSso((await cookies()).get(SSO_COOKIE)?.value);
}
