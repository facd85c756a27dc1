import { isIP } from 'node:net';
import { checked } from './config-checked';
import { tracingDocs, tracingShape } from './config-tracing';

/**
 * Every environment variable the API reads: how it is checked (zod) and how
 * docs/operators.md describes it. The table in the doc is generated from
 * here (scripts/operators-doc.mts), so the two cannot drift apart.
 */
export interface VariableDoc {
  group: VariableGroup;
  /** The default as an operator reads it. */
  default: string;
  meaning: string;
}

export const VARIABLE_GROUPS = {
  process: 'Process and database',
  http: 'HTTP, proxies and observability',
  sessions: 'Sign-in, sessions and mail',
  media: 'Media',
  webhooks: 'Webhooks',
  tracing: 'Tracing (OpenTelemetry)',
} as const;
export type VariableGroup = keyof typeof VARIABLE_GROUPS;

const text = () => checked((v) => v);

function int(name: string, fallback: number, min: number, max: number) {
  return checked((v, issue) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    issue(
      min === 1 && max === Number.MAX_SAFE_INTEGER
        ? `${name} must be a whole number above 0, got "${v}"`
        : `${name} must be a whole number between ${min} and ${max}, got "${v}"`,
    );
    return fallback;
  });
}

function flag(name: string) {
  return checked((v, issue) => {
    if (v === undefined) return undefined;
    if (v !== 'true' && v !== 'false') issue(`${name} must be "true" or "false", got "${v}"`);
    return v === 'true';
  });
}

function secret(name: string, min: number, hint: string) {
  return checked((v, issue) => {
    if (v !== undefined && v.length < min) issue(`${name} must be at least ${min} characters${hint}.`);
    return v;
  });
}

function httpUrl(v: string): boolean {
  try {
    return /^https?:$/.test(new URL(v.replace('{host}', 'host.example')).protocol);
  } catch {
    return false;
  }
}

const NAMED_PROXIES = ['loopback', 'linklocal', 'uniquelocal'];

export function validProxy(p: string): boolean {
  if (NAMED_PROXIES.includes(p)) return true;
  const [address, bits, ...rest] = p.split('/');
  if (rest.length || !address || isIP(address) === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128);
}

/** An address or CIDR (no names): what WEBHOOK_ALLOWED_NETWORKS lists. */
function validNetwork(p: string): boolean {
  return !NAMED_PROXIES.includes(p) && validProxy(p);
}

const MAX = Number.MAX_SAFE_INTEGER;

export const envShape = {
  NODE_ENV: text(),
  DATABASE_URL: checked((v, issue) => {
    if (v !== undefined && !/^postgres(ql)?:\/\//.test(v))
      issue('DATABASE_URL must be a postgres:// URL, e.g. postgres://careleaf@db:5432/careleaf');
    return v;
  }),
  DATABASE_DIRECT_URL: checked((v, issue) => {
    if (v !== undefined && !/^postgres(ql)?:\/\//.test(v))
      issue('DATABASE_DIRECT_URL must be a postgres:// URL, e.g. postgres://careleaf@db:5432/careleaf');
    return v;
  }),
  DATABASE_REPLICA_URLS: checked((v, issue) => {
    const urls = (v ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    for (const u of urls) if (!/^postgres(ql)?:\/\//.test(u)) issue('DATABASE_REPLICA_URLS must be postgres:// URLs separated by commas');
    if (urls.length > 16) issue(`DATABASE_REPLICA_URLS names at most 16 replicas, got ${urls.length}`);
    return urls;
  }),
  CARELEAF_DATA_DIR: text(),
  EMBEDDED_DB_PORT: int('EMBEDDED_DB_PORT', 54329, 0, 65535),
  DB_POOL_MAX: int('DB_POOL_MAX', 10, 1, 1000),
  DB_STATEMENT_TIMEOUT_MS: int('DB_STATEMENT_TIMEOUT_MS', 30_000, 0, 86_400_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: int('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 0, 86_400_000),
  MIGRATE_ON_START: flag('MIGRATE_ON_START'),
  SEED_DEMO: flag('SEED_DEMO'),
  LOG_LEVEL: checked((v, issue) => {
    if (v !== undefined && !['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(v)) {
      issue(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "${v}"`);
    }
    return v;
  }),
  API_PORT: int('API_PORT', 4000, 0, 65535),
  API_HOST: checked((v, issue) => {
    if (v !== undefined && isIP(v) === 0) issue(`API_HOST must be an IP address to listen on, e.g. 0.0.0.0; got "${v}"`);
    return v ?? '127.0.0.1';
  }),
  WEB_PORT: int('WEB_PORT', 3000, 0, 65535),
  ALLOW_TENANT_HEADER: flag('ALLOW_TENANT_HEADER'),
  ALLOWED_HOST_PORTS: checked((v, issue) => {
    if (v === undefined || v.trim() === '' || v.trim() === '*') return v?.trim();
    for (const p of v.split(',')) {
      const n = Number(p.trim());
      if (!Number.isInteger(n) || n < 0 || n > 65535)
        issue(`ALLOWED_HOST_PORTS must be a whole number between 0 and 65535, got "${p.trim()}"`);
    }
    return v;
  }),
  BODY_LIMIT: checked((v, issue) => {
    if (v !== undefined && !/^\d+(b|kb|mb)$/i.test(v)) issue(`BODY_LIMIT must be a size such as 512kb or 1mb, got "${v}"`);
    return v ?? '1mb';
  }),
  GRAPHQL_MAX_QUERY_BYTES: int('GRAPHQL_MAX_QUERY_BYTES', 32 * 1024, 1, MAX),
  PUBLIC_CACHE_MB: int('PUBLIC_CACHE_MB', 64, 0, 16384),
  TRUSTED_PROXIES: checked((v, issue) => {
    const list = (v ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    for (const p of list) {
      if (!validProxy(p)) issue(`TRUSTED_PROXIES must be addresses or CIDRs separated by commas, e.g. 10.0.0.5,192.168.0.0/16; got "${p}"`);
    }
    return list;
  }),
  CARELEAF_CLIENT_IP_SECRET: secret('CARELEAF_CLIENT_IP_SECRET', 32, ', the same value the web app has'),
  METRICS_TOKEN: secret('METRICS_TOKEN', 32, ' (e.g. `openssl rand -base64 48`)'),
  METRICS_PORT: int('METRICS_PORT', 0, 0, 65535),
  READINESS_DRAIN_MS: int('READINESS_DRAIN_MS', 0, 0, 120_000),
  SHUTDOWN_TIMEOUT_MS: int('SHUTDOWN_TIMEOUT_MS', 25_000, 1, 600_000),
  CSRF_SECRET: secret('CSRF_SECRET', 32, ' (e.g. `openssl rand -base64 48`)'),
  CARELEAF_WEBHOOK_KEY: secret('CARELEAF_WEBHOOK_KEY', 32, ' (e.g. `openssl rand -base64 48`)'),
  WEBHOOK_ALLOWED_NETWORKS: checked((v, issue) => {
    const list = (v ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    for (const p of list) {
      if (!validNetwork(p)) issue(`WEBHOOK_ALLOWED_NETWORKS must be addresses or CIDRs separated by commas, e.g. 10.20.0.0/16; got "${p}"`);
    }
    return list;
  }),
  COOKIE_SECURE: flag('COOKIE_SECURE'),
  SESSION_TTL_HOURS: int('SESSION_TTL_HOURS', 24 * 7, 1, MAX),
  SESSION_IDLE_MINUTES: int('SESSION_IDLE_MINUTES', 8 * 60, 1, MAX),
  PUBLIC_WEB_URL: checked((v, issue) => {
    if (v !== undefined && !httpUrl(v)) issue(`PUBLIC_WEB_URL must be an http(s) URL such as https://{host}, got "${v}"`);
    return v?.replace(/\/$/, '');
  }),
  MAIL_LOG_BODIES: flag('MAIL_LOG_BODIES'),
  WEB_REVALIDATE_URL: checked((v, issue) => {
    const urls = (v ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    for (const u of urls) {
      if (!httpUrl(u))
        issue(`WEB_REVALIDATE_URL must be http(s) URLs separated by commas, e.g. http://127.0.0.1:3000/api/revalidate; got "${u}"`);
    }
    return urls;
  }),
  CARELEAF_REVALIDATE_SECRET: text(),
  REDIS_URL: checked((v, issue) => {
    if (v !== undefined && !/^rediss?:\/\/\S+$/.test(v))
      issue(`REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379, got "${v}"`);
    return v;
  }),
  REDIS_KEY_PREFIX: checked((v, issue) => {
    if (v !== undefined && !/^[A-Za-z0-9:_-]{0,64}$/.test(v)) issue('REDIS_KEY_PREFIX may hold up to 64 letters, digits, ":", "_" or "-"');
    return v ?? 'careleaf:';
  }),
  // Read and checked by the media module (modules/media/media.config.ts); listed here for the operators' table.
  MEDIA_MAX_BYTES: text(),
  CARELEAF_MEDIA_DIR: text(),
  MEDIA_PUBLIC_URL: text(),
  MEDIA_STORAGE: checked((v, issue) => {
    if (v !== undefined && v !== 'disk' && v !== 's3') issue(`MEDIA_STORAGE must be disk or s3, got "${v}"`);
    return v === 's3' ? 's3' : 'disk';
  }),
  MEDIA_S3_BUCKET: checked((v, issue) => {
    // The S3 naming rules, which the compatible servers share: lower case, digits, dots and hyphens.
    if (v !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v))
      issue(`MEDIA_S3_BUCKET must be a bucket name (3–63 lower-case letters, digits, dots, hyphens), got "${v}"`);
    return v;
  }),
  MEDIA_S3_PREFIX: checked((v, issue) => {
    const prefix = (v ?? '').replace(/^\/+|\/+$/g, '');
    if (prefix && !prefix.split('/').every((s) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(s) && !s.includes('..')))
      issue(`MEDIA_S3_PREFIX must be path segments of letters, digits, dots, hyphens and underscores, e.g. careleaf/media; got "${v}"`);
    return prefix;
  }),
  MEDIA_S3_ENDPOINT: checked((v, issue) => {
    if (v !== undefined && !httpUrl(v)) issue(`MEDIA_S3_ENDPOINT must be an http(s) URL such as https://s3.example.org, got "${v}"`);
    return v?.replace(/\/+$/, '');
  }),
  MEDIA_S3_REGION: checked((v, issue) => {
    if (v !== undefined && !/^[a-z0-9-]{1,40}$/.test(v)) issue(`MEDIA_S3_REGION must be a region name such as eu-central-1, got "${v}"`);
    return v;
  }),
  MEDIA_S3_FORCE_PATH_STYLE: flag('MEDIA_S3_FORCE_PATH_STYLE'),
  MEDIA_S3_ACCESS_KEY_ID: text(),
  MEDIA_S3_SECRET_ACCESS_KEY: text(),
  MEDIA_S3_TIMEOUT_SECONDS: int('MEDIA_S3_TIMEOUT_SECONDS', 20, 1, 300),
  ...tracingShape,
};

export type EnvName = keyof typeof envShape;

export const variableDocs: Record<EnvName, VariableDoc> = {
  NODE_ENV: {
    group: 'process',
    default: '—',
    meaning:
      '`production` turns off introspection and the `x-tenant` header, and requires `DATABASE_URL` and every secret; `test` silences the log',
  },
  DATABASE_URL: {
    group: 'process',
    default: 'unset: embedded',
    meaning:
      'PostgreSQL (15 or newer) to use. Unset: the embedded PostgreSQL under `.data/pglite`, for development and trials only — **refused in production**',
  },
  DATABASE_DIRECT_URL: {
    group: 'process',
    default: 'unset: `DATABASE_URL` is direct',
    meaning:
      'set when `DATABASE_URL` goes through PgBouncer in transaction mode: the same database without the pooler, for what needs a session of its own (the event listener’s LISTEN, the job queue, migrations, the CLI). The API then prepares no named statements and sends no session settings through the pooler (docs/scaling.md, ADR 0036)',
  },
  DATABASE_REPLICA_URLS: {
    group: 'process',
    default: 'unset: none',
    meaning:
      'streaming replicas of `DATABASE_URL`, comma-separated: anonymous public reads and search run there once a replica has replayed the tenant’s last publish (else on the primary); everything signed in and every write stays on the primary (docs/scaling.md, ADR 0035)',
  },
  CARELEAF_DATA_DIR: { group: 'process', default: '`<repo>/.data`', meaning: 'where the embedded database keeps its files' },
  EMBEDDED_DB_PORT: {
    group: 'process',
    default: '54329',
    meaning: 'loopback port the embedded database is served on (so the CLI can join a running server)',
  },
  DB_POOL_MAX: { group: 'process', default: '10', meaning: 'connections in the API’s pool (the embedded database always has one)' },
  DB_STATEMENT_TIMEOUT_MS: {
    group: 'process',
    default: '30000',
    meaning: 'PostgreSQL `statement_timeout` of the pool’s sessions; 0: none',
  },
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: {
    group: 'process',
    default: '60000',
    meaning: 'PostgreSQL `idle_in_transaction_session_timeout` of the pool’s sessions; 0: none',
  },
  MIGRATE_ON_START: {
    group: 'process',
    default: 'true',
    meaning: 'apply pending migrations when the API starts (`false` when a migration job runs them, as in compose.yaml)',
  },
  SEED_DEMO: {
    group: 'process',
    default: 'true under `npm start`',
    meaning: 'create the demo tenants and their demo content where missing',
  },
  LOG_LEVEL: { group: 'process', default: 'info (silent in tests)', meaning: 'pino log level' },
  API_PORT: { group: 'http', default: '4000', meaning: 'port the API listens on' },
  API_HOST: { group: 'http', default: '127.0.0.1', meaning: 'address the API listens on (`0.0.0.0` in a container)' },
  WEB_PORT: { group: 'http', default: '3000', meaning: 'where the patient site listens' },
  ALLOW_TENANT_HEADER: {
    group: 'http',
    default: 'true outside production',
    meaning: 'accept `x-tenant: <slug>` to pick a tenant without a domain',
  },
  ALLOWED_HOST_PORTS: {
    group: 'http',
    default: 'unset',
    meaning: 'Host ports accepted besides 80/443; unset: API any (none in production), web its own; `*` (any) is refused in production',
  },
  BODY_LIMIT: { group: 'http', default: '`1mb`', meaning: 'largest request body the API reads' },
  GRAPHQL_MAX_QUERY_BYTES: {
    group: 'http',
    default: '32768',
    meaning: 'largest GraphQL query text in UTF-8 bytes; a larger one gets HTTP 413 `QUERY_TOO_LARGE`',
  },
  PUBLIC_CACHE_MB: { group: 'http', default: '64', meaning: 'memory for cached anonymous answers; 0 turns the cache off' },
  TRUSTED_PROXIES: {
    group: 'http',
    default: 'unset: none',
    meaning:
      'addresses/CIDRs (comma-separated; or `loopback`) of proxies whose `X-Forwarded-For` names the client and whose `X-Forwarded-Host`/`-Proto` are believed. Unset: only loopback may forward the host and scheme (the web app on the same machine), and no one the client address',
  },
  CARELEAF_CLIENT_IP_SECRET: {
    group: 'http',
    default: 'unset (`npm start` sets it)',
    meaning:
      'API and web app, the same value (32+ characters): the web app signs each visitor’s address with it; **required in production**',
  },
  CARELEAF_WEBHOOK_KEY: {
    group: 'webhooks',
    default: 'unset: a fixed development key; in production webhooks cannot be created',
    meaning:
      'key (32+ characters) that encrypts the signing secrets of webhooks in the database (AES-256-GCM); the same value in every API process. Changing it makes existing secrets unreadable: rotate each webhook’s secret afterwards',
  },
  WEBHOOK_ALLOWED_NETWORKS: {
    group: 'webhooks',
    default: 'unset: none',
    meaning:
      'addresses/CIDRs (comma-separated) of internal networks webhooks may be sent to in production; everything private, loopback or link-local is refused otherwise (checked on every delivery, after DNS)',
  },
  METRICS_TOKEN: {
    group: 'http',
    default: 'unset: `/metrics` off',
    meaning: 'bearer token (32+ characters) that `/metrics` (Prometheus) requires; **required in production**',
  },
  METRICS_PORT: {
    group: 'http',
    default: '0: none',
    meaning: 'also serve `/metrics` on this port (API_HOST), still behind `METRICS_TOKEN`, e.g. for a scraper on an internal network',
  },
  READINESS_DRAIN_MS: {
    group: 'http',
    default: '0',
    meaning: 'on SIGTERM, `/readyz` answers 503 this long before the listener closes, so a load balancer stops sending first',
  },
  SHUTDOWN_TIMEOUT_MS: {
    group: 'http',
    default: '25000',
    meaning: 'longest wait for requests in flight and running jobs on SIGTERM before the process exits anyway',
  },
  CSRF_SECRET: {
    group: 'sessions',
    default: 'random per process',
    meaning: 'key of the CSRF tokens, 32+ characters; **required in production**, the same on every process',
  },
  COOKIE_SECURE: {
    group: 'sessions',
    default: 'true',
    meaning: '`false` only for plain-http development on localhost (refused in production)',
  },
  SESSION_TTL_HOURS: { group: 'sessions', default: '168', meaning: 'a session ends this long after sign-in' },
  SESSION_IDLE_MINUTES: { group: 'sessions', default: '480', meaning: 'a session ends after this long without a request' },
  PUBLIC_WEB_URL: {
    group: 'sessions',
    default: '`http://{host}:3000`; `https://{host}` in production',
    meaning:
      'the canonical scheme and address of the patient site: API e-mail links and the web’s absolute URLs, same value on both; must be `https` in production; `{host}` is the tenant’s main domain',
  },
  MAIL_LOG_BODIES: {
    group: 'sessions',
    default: 'true outside production',
    meaning: 'the development mail sender logs whole messages; in production only recipient and subject',
  },
  WEB_REVALIDATE_URL: {
    group: 'sessions',
    default: 'unset (`npm start` sets it)',
    meaning:
      'a static list of the patient site’s hooks, e.g. `http://web:3000/api/revalidate`, comma-separated; the API calls them when pages change. Optional on PostgreSQL: there every refresh is also announced to the web processes that have `WEB_DATABASE_URL` (docs/scaling.md)',
  },
  CARELEAF_REVALIDATE_SECRET: {
    group: 'sessions',
    default: 'unset',
    meaning: 'shared with the web app (16+ characters); required with `WEB_REVALIDATE_URL`',
  },
  REDIS_URL: {
    group: 'sessions',
    default: 'unset: PostgreSQL',
    meaning:
      'sign-in limits and throttles count in this Redis (e.g. `redis://127.0.0.1:6379`) instead of PostgreSQL, the same one for every API process; a failing Redis call counts in PostgreSQL instead',
  },
  REDIS_KEY_PREFIX: {
    group: 'sessions',
    default: '`careleaf:`',
    meaning: 'prefix of every Redis key, so installations may share one Redis',
  },
  MEDIA_MAX_BYTES: { group: 'media', default: '10485760 (10 MB)', meaning: 'largest image upload, counted on the bytes received' },
  CARELEAF_MEDIA_DIR: { group: 'media', default: '`<data dir>/media`', meaning: 'where uploaded images are kept (local disk storage)' },
  MEDIA_PUBLIC_URL: {
    group: 'media',
    default: 'unset',
    meaning: 'prefix of image URLs (a CDN in front of `/media/…`); unset: site-relative `/media/…`',
  },
  MEDIA_STORAGE: {
    group: 'media',
    default: '`disk`',
    meaning: '`disk`: files under `CARELEAF_MEDIA_DIR`; `s3`: objects in an S3-compatible bucket (`MEDIA_S3_*`), served through the API',
  },
  MEDIA_S3_BUCKET: { group: 'media', default: 'unset', meaning: 'the bucket of the images; **required with `MEDIA_STORAGE=s3`**' },
  MEDIA_S3_PREFIX: {
    group: 'media',
    default: 'unset: none',
    meaning: 'key prefix inside the bucket, e.g. `careleaf/media` (keys are `<prefix>/<tenant id>/<media id>/<file>`)',
  },
  MEDIA_S3_ENDPOINT: {
    group: 'media',
    default: 'unset: AWS',
    meaning: 'address of an S3-compatible server (MinIO, Ceph, a cloud’s object storage), e.g. `https://s3.example.org`',
  },
  MEDIA_S3_REGION: {
    group: 'media',
    default: '`us-east-1` with an endpoint',
    meaning: 'the bucket’s region; **required with `MEDIA_STORAGE=s3` when `MEDIA_S3_ENDPOINT` is unset**',
  },
  MEDIA_S3_FORCE_PATH_STYLE: {
    group: 'media',
    default: 'false',
    meaning:
      '`true`: the bucket goes in the path (`<endpoint>/<bucket>/<key>`), as most self-hosted servers need; `false`: in the host name',
  },
  MEDIA_S3_ACCESS_KEY_ID: {
    group: 'media',
    default: 'unset: the SDK’s own chain',
    meaning: 'access key; set with `MEDIA_S3_SECRET_ACCESS_KEY`, or neither for the environment’s or the machine’s role credentials',
  },
  MEDIA_S3_SECRET_ACCESS_KEY: { group: 'media', default: 'unset', meaning: 'its secret; set with `MEDIA_S3_ACCESS_KEY_ID`' },
  MEDIA_S3_TIMEOUT_SECONDS: {
    group: 'media',
    default: '20',
    meaning: 'longest an upload, a delete or the start of a download may take, retries included; a download stalled this long is cut',
  },
  // The tracing variables, in their own group (kernel/config-tracing.ts).
  ...(Object.fromEntries(Object.entries(tracingDocs).map(([name, doc]) => [name, { group: 'tracing', ...doc }])) as Record<
    keyof typeof tracingDocs,
    VariableDoc
  >),
};
