import { ConfigError, loadConfig } from './config';

const SECRET = 'x'.repeat(32);
/** What a production API needs at least: its database and every secret. */
const PROD = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://careleaf@db:5432/careleaf',
  CSRF_SECRET: SECRET,
  CARELEAF_CLIENT_IP_SECRET: SECRET,
  METRICS_TOKEN: SECRET,
};

test('cookies are Secure unless turned off, and turning it off is refused in production', () => {
  expect(loadConfig({}).cookieSecure).toBe(true);
  expect(loadConfig({ COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  expect(() => loadConfig({ ...PROD, COOKIE_SECURE: 'false' })).toThrow(/only for plain-http development on localhost/);
  expect(() => loadConfig({ COOKIE_SECURE: 'no' })).toThrow(/COOKIE_SECURE must be "true" or "false"/);
});

test('production needs a CSRF secret of at least 32 characters; elsewhere a random one is made per process', () => {
  expect(() => loadConfig({ ...PROD, CSRF_SECRET: '' })).toThrow(/CSRF_SECRET is required in production/);
  expect(() => loadConfig({ CSRF_SECRET: 'short' })).toThrow(/at least 32 characters/);
  expect(loadConfig(PROD).csrfSecret).toBe(SECRET);
  const a = loadConfig({}).csrfSecret;
  expect(a.length).toBeGreaterThanOrEqual(32);
  expect(loadConfig({}).csrfSecret).not.toBe(a);
});

test('session lifetimes and link base have sensible defaults and can be set', () => {
  const dev = loadConfig({});
  expect([dev.sessionTtlHours, dev.sessionIdleMinutes]).toEqual([168, 480]);
  expect(dev.publicWebUrl).toBe('http://{host}:3000');
  expect(dev.mailLogBodies).toBe(true);
  const prod = loadConfig(PROD);
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

/** The message of the ConfigError `env` causes, or '' when it is accepted. */
function refusal(env: NodeJS.ProcessEnv, purpose: 'server' | 'tool' = 'server'): string {
  try {
    loadConfig(env, purpose);
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
}

test('a complete production configuration is accepted', () => {
  expect(refusal(PROD)).toBe('');
});

test('production refuses the embedded database, naming DATABASE_URL', () => {
  const { DATABASE_URL: _, ...withoutDatabase } = PROD;
  expect(refusal(withoutDatabase)).toMatch(/DATABASE_URL is required in production: the embedded database is for development/);
  // The CLI and the migration job too: they would work on a different database than the server.
  expect(refusal(withoutDatabase, 'tool')).toMatch(/DATABASE_URL is required in production/);
  expect(refusal({ ...PROD, DATABASE_URL: 'mysql://x' })).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
});

test('production requires every secret of the server, and the tools none of them', () => {
  for (const name of ['CSRF_SECRET', 'CARELEAF_CLIENT_IP_SECRET', 'METRICS_TOKEN']) {
    expect(refusal({ ...PROD, [name]: '' })).toMatch(new RegExp(`${name} is required in production`));
    expect(refusal({ ...PROD, [name]: 'short' })).toMatch(new RegExp(`${name} must be at least 32 characters`));
  }
  expect(refusal({ NODE_ENV: 'production', DATABASE_URL: PROD.DATABASE_URL }, 'tool')).toBe('');
});

test('production refuses a canonical URL that is not https, and any URL must be http(s)', () => {
  expect(refusal({ ...PROD, PUBLIC_WEB_URL: 'http://{host}' })).toMatch(/PUBLIC_WEB_URL must use https in production/);
  expect(refusal({ ...PROD, PUBLIC_WEB_URL: 'https://{host}' })).toBe('');
  expect(refusal({ PUBLIC_WEB_URL: 'ftp://{host}' })).toMatch(/PUBLIC_WEB_URL must be an http\(s\) URL/);
});

test('every problem is reported at once, one line each', () => {
  const message = refusal({ NODE_ENV: 'production', API_PORT: '99999', DB_POOL_MAX: '0', TRUSTED_PROXIES: 'everyone' });
  const lines = message.split('\n').filter((l) => l.startsWith('  - '));
  expect(lines).toHaveLength(7);
  for (const name of [
    'API_PORT',
    'DB_POOL_MAX',
    'TRUSTED_PROXIES',
    'DATABASE_URL',
    'CSRF_SECRET',
    'CARELEAF_CLIENT_IP_SECRET',
    'METRICS_TOKEN',
  ]) {
    expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
  }
});

test('pool size and the two timeouts have defaults, can be set, and must be whole numbers in range', () => {
  expect(loadConfig({}).database).toEqual({ poolMax: 10, statementTimeoutMs: 30_000, idleInTransactionTimeoutMs: 60_000 });
  expect(loadConfig({ DB_POOL_MAX: '25', DB_STATEMENT_TIMEOUT_MS: '0', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000' }).database).toEqual({
    poolMax: 25,
    statementTimeoutMs: 0,
    idleInTransactionTimeoutMs: 5000,
  });
  expect(refusal({ DB_POOL_MAX: '0' })).toMatch(/DB_POOL_MAX must be a whole number between 1 and 1000, got "0"/);
  expect(refusal({ DB_STATEMENT_TIMEOUT_MS: '1.5' })).toMatch(/DB_STATEMENT_TIMEOUT_MS must be a whole number/);
  expect(refusal({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '-1' })).toMatch(/DB_IDLE_IN_TRANSACTION_TIMEOUT_MS must be a whole number/);
});

test('a direct database URL beside a pooled DATABASE_URL is optional, must be a postgres URL, and needs DATABASE_URL', () => {
  expect(loadConfig({}).databaseDirectUrl).toBeUndefined();
  const direct = 'postgres://careleaf@db:5432/careleaf';
  expect(
    loadConfig({ ...PROD, DATABASE_URL: 'postgres://careleaf@pgbouncer:6432/careleaf', DATABASE_DIRECT_URL: direct }).databaseDirectUrl,
  ).toBe(direct);
  expect(() => loadConfig({ DATABASE_DIRECT_URL: direct })).toThrow(/DATABASE_DIRECT_URL needs DATABASE_URL/);
  expect(() => loadConfig({ DATABASE_URL: direct, DATABASE_DIRECT_URL: 'db:5432' })).toThrow(
    /DATABASE_DIRECT_URL must be a postgres:\/\/ URL/,
  );
});

test('forwarded host and scheme are believed from TRUSTED_PROXIES, or from loopback only when it is unset', () => {
  expect(loadConfig({}).proxyTrust).toEqual(['loopback']);
  expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8' }).proxyTrust).toEqual(['10.0.0.0/8']);
  expect(refusal({ TRUSTED_PROXIES: '10.0.0.0/33' })).toMatch(/TRUSTED_PROXIES must be addresses or CIDRs/);
  expect(refusal({ TRUSTED_PROXIES: 'fd00::/129' })).toMatch(/TRUSTED_PROXIES must be addresses or CIDRs/);
  expect(loadConfig({ TRUSTED_PROXIES: 'fd00::/8,loopback' }).proxyTrust).toEqual(['fd00::/8', 'loopback']);
});

test('listen address, metrics and shutdown settings are checked', () => {
  expect(loadConfig({}).apiHost).toBe('127.0.0.1');
  expect(refusal({ API_HOST: 'everywhere' })).toMatch(/API_HOST must be an IP address/);
  expect(refusal({ LOG_LEVEL: 'loud' })).toMatch(/LOG_LEVEL must be one of/);
  expect(loadConfig({ METRICS_TOKEN: SECRET, METRICS_PORT: '9464' }).metrics).toEqual({ token: SECRET, port: 9464 });
  expect(loadConfig({}).metrics).toEqual({ token: null, port: 0 });
});

describe('media on S3-compatible storage', () => {
  const S3 = { MEDIA_STORAGE: 's3', MEDIA_S3_BUCKET: 'careleaf-media', MEDIA_S3_REGION: 'eu-central-1' };

  test('the local disk is the default, and a complete S3 setting is accepted with its defaults filled in', () => {
    expect(loadConfig({}).mediaS3).toBeNull();
    expect(loadConfig(PROD).mediaS3).toBeNull();
    expect(refusal({ ...PROD, ...S3 })).toBe('');
    expect(
      loadConfig({
        MEDIA_STORAGE: 's3',
        MEDIA_S3_BUCKET: 'media',
        MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000/',
        MEDIA_S3_PREFIX: '/careleaf/media/',
        MEDIA_S3_FORCE_PATH_STYLE: 'true',
        MEDIA_S3_ACCESS_KEY_ID: 'key',
        MEDIA_S3_SECRET_ACCESS_KEY: 'secret',
      }).mediaS3,
    ).toEqual({
      bucket: 'media',
      prefix: 'careleaf/media',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      timeoutMs: 20_000,
    });
  });

  test('production refuses an incomplete S3 setting, one line for each missing piece', () => {
    const message = refusal({ ...PROD, MEDIA_STORAGE: 's3', MEDIA_S3_ACCESS_KEY_ID: 'key' });
    const lines = message.split('\n').filter((l) => l.startsWith('  - '));
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}- MEDIA_S3_BUCKET is required with MEDIA_STORAGE=s3/),
      expect.stringMatching(/^ {2}- MEDIA_S3_REGION is required with MEDIA_STORAGE=s3 when MEDIA_S3_ENDPOINT is unset/),
      expect.stringMatching(/^ {2}- MEDIA_S3_ACCESS_KEY_ID is set but MEDIA_S3_SECRET_ACCESS_KEY is not/),
    ]);
    expect(refusal({ ...PROD, ...S3, MEDIA_S3_SECRET_ACCESS_KEY: 'secret' })).toMatch(
      /MEDIA_S3_SECRET_ACCESS_KEY is set but MEDIA_S3_ACCESS_KEY_ID is not/,
    );
    // An endpoint stands in for the region: compatible servers take us-east-1.
    expect(refusal({ ...PROD, MEDIA_STORAGE: 's3', MEDIA_S3_BUCKET: 'media', MEDIA_S3_ENDPOINT: 'https://s3.example.org' })).toBe('');
  });

  test('production refuses S3 settings without MEDIA_STORAGE=s3, which would keep the images on the local disk', () => {
    const message = refusal({ ...PROD, MEDIA_S3_BUCKET: 'media', MEDIA_S3_REGION: 'eu-central-1' });
    expect(message.split('\n').filter((l) => l.startsWith('  - '))).toEqual([
      '  - MEDIA_S3_BUCKET, MEDIA_S3_REGION are set but MEDIA_STORAGE is not s3, so images would be kept on the local disk: set MEDIA_STORAGE=s3, or remove the MEDIA_S3_ settings.',
    ]);
    // Outside production the leftover settings are merely unused.
    expect(refusal({ MEDIA_S3_BUCKET: 'media' })).toBe('');
  });

  test('malformed S3 values are refused in any mode, naming the variable', () => {
    expect(refusal({ MEDIA_STORAGE: 'cloud' })).toMatch(/MEDIA_STORAGE must be disk or s3, got "cloud"/);
    expect(refusal({ ...S3, MEDIA_S3_BUCKET: 'Media_Bucket' })).toMatch(/MEDIA_S3_BUCKET must be a bucket name/);
    expect(refusal({ ...S3, MEDIA_S3_PREFIX: 'a/../b' })).toMatch(/MEDIA_S3_PREFIX must be path segments/);
    expect(refusal({ ...S3, MEDIA_S3_ENDPOINT: 'minio:9000' })).toMatch(/MEDIA_S3_ENDPOINT must be an http\(s\) URL/);
    expect(refusal({ ...S3, MEDIA_S3_TIMEOUT_SECONDS: '0' })).toMatch(/MEDIA_S3_TIMEOUT_SECONDS must be a whole number between 1 and 300/);
    expect(refusal({ MEDIA_STORAGE: 's3' })).toMatch(/MEDIA_S3_BUCKET is required with MEDIA_STORAGE=s3/);
  });
});
