import { secureCookies } from './public-url';

/**
 * Security headers of the patient site and the editor (ADR 0014). The
 * proxy sets all of them on every page answer, with a fresh nonce per
 * request; next.config.ts sets the ones without a nonce on everything else
 * (robots.txt, sitemap.xml, build assets, the revalidation hook).
 */
type Env = Record<string, string | undefined>;

/** No page uses these features; denying them keeps an injected frame or script from asking. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()';

/** Pages whose URL carries a token (one-time, or a notification's unsubscribe link): it must not leave in a Referer header. */
const TOKEN_PAGE = /^(?:\/[^/]+)?\/editor\/(?:reset-password|accept-invitation|unsubscribe)\/?$/;

export function isTokenPage(pathname: string): boolean {
  return TOKEN_PAGE.test(pathname);
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this request's nonce (and what they load:
 * 'strict-dynamic'), never inline without it. Styles may be inline: React
 * `style` attributes and the tenant theme's <style> cannot run code. Images
 * may come from a CDN (MEDIA_PUBLIC_URL). Nothing may frame the site.
 */
export function contentSecurityPolicy(nonce: string, env: Env = process.env): string {
  const development = env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(secureCookies(env) ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Headers without a nonce, for every answer of the web server. */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  ];
}

/** Every security header of a page answer at `pathname`. HSTS whenever the site is served over HTTPS (production by default). */
export function pageSecurityHeaders(pathname: string, nonce: string, env: Env = process.env): Record<string, string> {
  const headers: Record<string, string> = Object.fromEntries(staticSecurityHeaders().map((h) => [h.key, h.value]));
  headers['Content-Security-Policy'] = contentSecurityPolicy(nonce, env);
  if (isTokenPage(pathname)) headers['Referrer-Policy'] = 'no-referrer';
  if (secureCookies(env)) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  return headers;
}
