import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';

export interface Config {
  /** An operator's PostgreSQL; when absent the embedded database is used. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  embeddedDbPort: number;
  apiPort: number;
  webPort: number;
  production: boolean;
  /** Development convenience: pick the tenant with an `x-tenant: <slug>` header. */
  allowTenantHeader: boolean;
  bodyLimit: string;
  /** Largest GraphQL query text accepted, in UTF-8 bytes: far below the body limit, because query text is parsed and cached. */
  maxQueryBytes: number;
  logLevel: string;
  /** Memory for cached anonymous responses; 0 turns the cache off (benchmarks of the database path). */
  publicCacheMb: number;
  /** Session and CSRF cookies carry `Secure`; off only for plain-http development on localhost. */
  cookieSecure: boolean;
  /** Key of the CSRF tokens' HMAC. Required in production (shared by every API process); random per process elsewhere. */
  csrfSecret: string;
  /** A session ends this long after sign-in, however active. */
  sessionTtlHours: number;
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** Ports a request's Host may name besides 80 and 443 (ALLOWED_HOST_PORTS); null: any, outside production only. */
  allowedHostPorts: ReadonlySet<number> | null;
  /** Base of links in e-mails; `{host}` becomes the tenant's primary domain. */
  publicWebUrl: string;
  /** The development mail sender writes whole messages, links included, to the log. */
  mailLogBodies: boolean;
  /** The web app's revalidation hook(s), told when readers' pages change; null: pages refresh on their own timer. */
  webRevalidation: { urls: string[]; secret: string } | null;
  /** Proxies whose X-Forwarded-For is believed for the client address (TRUSTED_PROXIES); empty: none, not even loopback. */
  trustedProxies: string[];
  /** Shared with the web app, which signs the visitor's address with it (CARELEAF_CLIENT_IP_SECRET); null: unsigned. */
  clientIpSecret: string | null;
}

function intFrom(value: string | undefined, fallback: number, name: string, max = 65535): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new Error(`${name} must be a whole number between 0 and ${max}, got "${value}"`);
  }
  return n;
}

/** The repository root: two levels above apps/api, whether running from src or dist. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!dir.endsWith(`${path.sep}apps${path.sep}api`) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return path.resolve(dir, '..', '..');
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return n;
}

function flag(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (value !== 'true' && value !== 'false') throw new Error(`${name} must be "true" or "false", got "${value}"`);
  return value === 'true';
}

function csrfSecretFrom(env: NodeJS.ProcessEnv, production: boolean): string {
  const secret = env.CSRF_SECRET;
  if (secret) {
    if (secret.length < 32) throw new Error('CSRF_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`).');
    return secret;
  }
  if (production) {
    throw new Error('CSRF_SECRET is required in production: set it to the same random value (32+ characters) on every API process.');
  }
  return randomBytes(32).toString('base64url');
}

function hostPortsFrom(value: string | undefined, production: boolean): ReadonlySet<number> | null {
  if (value === undefined || value.trim() === '') return production ? new Set() : null;
  if (value.trim() === '*') {
    if (production) throw new Error('ALLOWED_HOST_PORTS=* (any port) is for development only; list the ports, e.g. 8443.');
    return null;
  }
  return new Set(value.split(',').map((p) => intFrom(p.trim(), 0, 'ALLOWED_HOST_PORTS')));
}

function webRevalidationFrom(env: NodeJS.ProcessEnv): Config['webRevalidation'] {
  const raw = env.WEB_REVALIDATE_URL?.trim();
  if (!raw) return null;
  const urls = raw
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const u of urls) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(u);
    } catch {
      // reported below
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) {
      throw new Error(`WEB_REVALIDATE_URL must be http(s) URLs separated by commas, e.g. http://127.0.0.1:3000/api/revalidate; got "${u}"`);
    }
  }
  const secret = env.CARELEAF_REVALIDATE_SECRET ?? '';
  if (secret.length < 16) {
    throw new Error('WEB_REVALIDATE_URL needs CARELEAF_REVALIDATE_SECRET (16+ characters), the same value the web app has.');
  }
  return { urls, secret };
}

function trustedProxiesFrom(env: NodeJS.ProcessEnv): string[] {
  const list = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of list) {
    const [address, bits] = p.split('/');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(p);
    if (!named && (!address || isIP(address) === 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits)))) {
      throw new Error(`TRUSTED_PROXIES must be addresses or CIDRs separated by commas, e.g. 10.0.0.5,192.168.0.0/16; got "${p}"`);
    }
  }
  return list;
}

function clientIpSecretFrom(env: NodeJS.ProcessEnv): string | null {
  const secret = env.CARELEAF_CLIENT_IP_SECRET;
  if (!secret) return null;
  if (secret.length < 32) throw new Error('CARELEAF_CLIENT_IP_SECRET must be at least 32 characters, the same value the web app has.');
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const cookieSecure = flag(env.COOKIE_SECURE, true, 'COOKIE_SECURE');
  if (production && !cookieSecure) {
    throw new Error('COOKIE_SECURE=false is only for plain-http development on localhost; production must be served over HTTPS.');
  }
  const webPort = intFrom(env.WEB_PORT, 3000, 'WEB_PORT');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.CARELEAF_DATA_DIR ?? path.join(repoRoot(), '.data')),
    embeddedDbPort: intFrom(env.EMBEDDED_DB_PORT, 54329, 'EMBEDDED_DB_PORT'),
    apiPort: intFrom(env.API_PORT, 4000, 'API_PORT'),
    webPort,
    production,
    allowTenantHeader: env.ALLOW_TENANT_HEADER ? env.ALLOW_TENANT_HEADER === 'true' : !production,
    bodyLimit: env.BODY_LIMIT ?? '1mb',
    maxQueryBytes: positiveInt(env.GRAPHQL_MAX_QUERY_BYTES, 32 * 1024, 'GRAPHQL_MAX_QUERY_BYTES'),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    publicCacheMb: intFrom(env.PUBLIC_CACHE_MB, 64, 'PUBLIC_CACHE_MB', 16384),
    cookieSecure,
    csrfSecret: csrfSecretFrom(env, production),
    sessionTtlHours: positiveInt(env.SESSION_TTL_HOURS, 24 * 7, 'SESSION_TTL_HOURS'),
    sessionIdleMinutes: positiveInt(env.SESSION_IDLE_MINUTES, 8 * 60, 'SESSION_IDLE_MINUTES'),
    allowedHostPorts: hostPortsFrom(env.ALLOWED_HOST_PORTS, production),
    publicWebUrl: (env.PUBLIC_WEB_URL ?? (production ? 'https://{host}' : `http://{host}:${webPort}`)).replace(/\/$/, ''),
    mailLogBodies: flag(env.MAIL_LOG_BODIES, !production, 'MAIL_LOG_BODIES'),
    webRevalidation: webRevalidationFrom(env),
    trustedProxies: trustedProxiesFrom(env),
    clientIpSecret: clientIpSecretFrom(env),
  };
}
