import { contentSecurityPolicy, isTokenPage, newNonce, pageSecurityHeaders } from './security-headers';

test('the page CSP allows scripts only with the nonce, never unsafe-inline, and forbids framing', () => {
  const csp = contentSecurityPolicy('abc', { NODE_ENV: 'production' });
  const script = csp.split('; ').find((d) => d.startsWith('script-src'));
  expect(script).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain('upgrade-insecure-requests');
});

test('nonces differ per request and are 128 bits', () => {
  const a = newNonce();
  expect(a).not.toBe(newNonce());
  expect(Buffer.from(a, 'base64')).toHaveLength(16);
});

test('token pages send no referrer; other pages strict-origin-when-cross-origin', () => {
  expect(isTokenPage('/de/editor/reset-password')).toBe(true);
  expect(isTokenPage('/editor/accept-invitation')).toBe(true);
  expect(isTokenPage('/en/editor/unsubscribe')).toBe(true);
  expect(isTokenPage('/de/editor/documents')).toBe(false);
  expect(pageSecurityHeaders('/de/editor/reset-password', 'n', {})['Referrer-Policy']).toBe('no-referrer');
  expect(pageSecurityHeaders('/de', 'n', {})['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
});

test('HSTS is sent when the site is served over HTTPS (production by default), not over plain http', () => {
  expect(pageSecurityHeaders('/de', 'n', { NODE_ENV: 'production' })['Strict-Transport-Security']).toBe(
    'max-age=63072000; includeSubDomains',
  );
  expect(
    pageSecurityHeaders('/de', 'n', { NODE_ENV: 'production', PUBLIC_WEB_URL: 'http://{host}:3000' })['Strict-Transport-Security'],
  ).toBeUndefined();
});
