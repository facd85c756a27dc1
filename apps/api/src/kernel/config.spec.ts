import { loadConfig } from './config';

const SECRET = 'x'.repeat(32);

test('cookies are Secure unless turned off, and turning it off is refused in production', () => {
  expect(loadConfig({}).cookieSecure).toBe(true);
  expect(loadConfig({ COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  expect(() => loadConfig({ NODE_ENV: 'production', CSRF_SECRET: SECRET, COOKIE_SECURE: 'false' })).toThrow(
    /only for plain-http development on localhost/,
  );
  expect(() => loadConfig({ COOKIE_SECURE: 'no' })).toThrow(/COOKIE_SECURE must be "true" or "false"/);
});

test('production needs a CSRF secret of at least 32 characters; elsewhere a random one is made per process', () => {
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/CSRF_SECRET is required in production/);
  expect(() => loadConfig({ CSRF_SECRET: 'short' })).toThrow(/at least 32 characters/);
  expect(loadConfig({ NODE_ENV: 'production', CSRF_SECRET: SECRET }).csrfSecret).toBe(SECRET);
  const a = loadConfig({}).csrfSecret;
  expect(a.length).toBeGreaterThanOrEqual(32);
  expect(loadConfig({}).csrfSecret).not.toBe(a);
});

test('session lifetimes and link base have sensible defaults and can be set', () => {
  const dev = loadConfig({});
  expect([dev.sessionTtlHours, dev.sessionIdleMinutes]).toEqual([168, 480]);
  expect(dev.publicWebUrl).toBe('http://{host}:3000');
  expect(dev.mailLogBodies).toBe(true);
  const prod = loadConfig({ NODE_ENV: 'production', CSRF_SECRET: SECRET });
  expect(prod.publicWebUrl).toBe('https://{host}');
  expect(prod.mailLogBodies).toBe(false);
  const custom = loadConfig({ SESSION_TTL_HOURS: '12', SESSION_IDLE_MINUTES: '30', PUBLIC_WEB_URL: 'https://{host}/' });
  expect([custom.sessionTtlHours, custom.sessionIdleMinutes, custom.publicWebUrl]).toEqual([12, 30, 'https://{host}']);
  expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES must be a whole number above 0/);
});

test('the web revalidation hook is off by default, and needs valid URLs and the shared secret when set', () => {
  expect(loadConfig({}).webRevalidation).toBeNull();
  const secret = 'a shared secret of some length';
  expect(
    loadConfig({
      WEB_REVALIDATE_URL: 'http://127.0.0.1:3000/api/revalidate, http://10.0.0.2:3000/api/revalidate',
      CARELEAF_REVALIDATE_SECRET: secret,
    }).webRevalidation,
  ).toEqual({
    urls: ['http://127.0.0.1:3000/api/revalidate', 'http://10.0.0.2:3000/api/revalidate'],
    secret,
  });
  expect(() => loadConfig({ WEB_REVALIDATE_URL: 'http://127.0.0.1:3000/api/revalidate' })).toThrow(/CARELEAF_REVALIDATE_SECRET/);
  expect(() => loadConfig({ WEB_REVALIDATE_URL: 'ftp://x/y', CARELEAF_REVALIDATE_SECRET: secret })).toThrow(/http\(s\) URLs/);
});

test('no proxy is trusted unless TRUSTED_PROXIES lists it, and the list must be addresses or CIDRs', () => {
  expect(loadConfig({}).trustedProxies).toEqual([]);
  expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.5, 192.168.0.0/16,::1 ' }).trustedProxies).toEqual(['10.0.0.5', '192.168.0.0/16', '::1']);
  for (const bad of ['*', 'proxy.example.org', '10.0.0.0/abc']) {
    expect(() => loadConfig({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES must be addresses or CIDRs/);
  }
});

test('the client address secret is optional, and at least 32 characters when set', () => {
  expect(loadConfig({}).clientIpSecret).toBeNull();
  expect(() => loadConfig({ CARELEAF_CLIENT_IP_SECRET: 'short' })).toThrow(/at least 32 characters/);
  expect(loadConfig({ CARELEAF_CLIENT_IP_SECRET: 'x'.repeat(32) }).clientIpSecret).toBe('x'.repeat(32));
});
