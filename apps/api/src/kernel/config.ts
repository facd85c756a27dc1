import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { envShape } from './config-vars';

export interface Config {
  /** An operator's PostgreSQL; when absent the embedded database is used. */
  databaseUrl: string | undefined;
  /**
   * The same database without a transaction pooler (DATABASE_DIRECT_URL), for
   * session work: LISTEN, the job queue, migrations, tools. Undefined: DATABASE_URL is direct.
   */
  databaseDirectUrl: string | undefined;
  /** Streaming replicas for anonymous public reads (ADR 0035); empty: none. */
  databaseReplicaUrls: string[];
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
  /** Redis for sign-in limits and throttles (REDIS_URL); null: PostgreSQL. */
  redis: { url: string; prefix: string } | null;
  /** Proxies whose X-Forwarded-For is believed for the client address (TRUSTED_PROXIES); empty: none, not even loopback. */
  trustedProxies: string[];
  /** Shared with the web app, which signs the visitor's address with it (CARELEAF_CLIENT_IP_SECRET); null: unsigned. */
  clientIpSecret: string | null;
  /** Proxies believed for X-Forwarded-Host/-Proto: TRUSTED_PROXIES, or loopback (the web app beside the API) when unset. */
  proxyTrust: string[];
  database: {
    /** Connections in the pool (the embedded database: always one). */
    poolMax: number;
    /** PostgreSQL statement_timeout of every pooled session, ms; 0: none. */
    statementTimeoutMs: number;
    /** PostgreSQL idle_in_transaction_session_timeout, ms; 0: none. */
    idleInTransactionTimeoutMs: number;
  };
  migrateOnStart: boolean;
  seedDemo: boolean;
  apiHost: string;
  /** Bearer token of /metrics; null: no metrics endpoint. `port`: also served there (0: not). */
  metrics: { token: string | null; port: number };
  /** On SIGTERM, readiness is false this long before the listener closes. */
  readinessDrainMs: number;
  /** Longest wait for requests and jobs on SIGTERM. */
  shutdownTimeoutMs: number;
  /** Media in an S3-compatible bucket (MEDIA_STORAGE=s3); null: on the local disk. */
  mediaS3: MediaS3Config | null;
  /** Signed webhooks: the key that seals their secrets (null: none given) and the internal networks they may reach. */
  webhooks: { key: string | null; allowNetworks: string[] };
}

/** Where and how the S3-compatible media storage connects (the MEDIA_S3_* variables). */
export interface MediaS3Config {
  bucket: string;
  /** Prefix of every key, without slashes at either end; '' for none. */
  prefix: string;
  /** An S3-compatible server; null: AWS, found from the region. */
  endpoint: string | null;
  region: string;
  /** The bucket in the path rather than in the host name (most self-hosted servers). */
  forcePathStyle: boolean;
  /** null: the SDK's own chain (AWS_* variables, the machine's role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** Longest a call may take, retries included. */
  timeoutMs: number;
}

/** Every problem of a configuration, one line each, so an operator fixes them all in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The configuration is refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The repository root: two levels above apps/api, whether running from src or dist. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!dir.endsWith(`${path.sep}apps${path.sep}api`) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return path.resolve(dir, '..', '..');
}

const envSchema = z.object(envShape);
type Env = z.output<typeof envSchema>;

/** Rules that depend on the mode or on another variable; read from the raw values, so they are reported even when another value is malformed. */
function crossChecks(env: NodeJS.ProcessEnv, production: boolean, purpose: ConfigPurpose): string[] {
  const problems: string[] = [];
  const set = (name: string) => (env[name] ?? '') !== '';
  if (set('WEB_REVALIDATE_URL') && (env.CARELEAF_REVALIDATE_SECRET ?? '').length < 16) {
    problems.push('WEB_REVALIDATE_URL needs CARELEAF_REVALIDATE_SECRET (16+ characters), the same value the web app has.');
  }
  if (set('DATABASE_REPLICA_URLS') && !set('DATABASE_URL')) {
    problems.push('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas stream from a PostgreSQL server, not from the embedded database.');
  }
  if (set('DATABASE_DIRECT_URL') && !set('DATABASE_URL')) {
    problems.push('DATABASE_DIRECT_URL needs DATABASE_URL: it names the direct way to the database DATABASE_URL reaches through a pooler.');
  }
  problems.push(...mediaStorageChecks(env, production));
  if (!production) return problems;
  if (!set('DATABASE_URL')) {
    problems.push(
      'DATABASE_URL is required in production: the embedded database is for development and trials only (one session, no server backups); set it to your PostgreSQL, e.g. postgres://careleaf@db:5432/careleaf.',
    );
  }
  // The server's secrets; the CLI and the migration job neither sign cookies nor serve metrics.
  if (purpose === 'tool') return problems;
  if (!set('CSRF_SECRET')) {
    problems.push('CSRF_SECRET is required in production: set it to the same random value (32+ characters) on every API process.');
  }
  if (!set('CARELEAF_CLIENT_IP_SECRET')) {
    problems.push(
      'CARELEAF_CLIENT_IP_SECRET is required in production: the same random value (32+ characters) in the API and the web app, so sign-in limits can tell visitors apart.',
    );
  }
  if (!set('METRICS_TOKEN')) {
    problems.push('METRICS_TOKEN is required in production: the bearer token (32+ characters) a metrics scraper sends to /metrics.');
  }
  if (env.COOKIE_SECURE === 'false') {
    problems.push('COOKIE_SECURE=false is only for plain-http development on localhost; production must be served over HTTPS.');
  }
  if (env.ALLOWED_HOST_PORTS?.trim() === '*') {
    problems.push('ALLOWED_HOST_PORTS=* (any port) is for development only; list the ports, e.g. 8443.');
  }
  if (set('PUBLIC_WEB_URL') && !env.PUBLIC_WEB_URL!.startsWith('https://')) {
    problems.push(`PUBLIC_WEB_URL must use https in production (the canonical scheme of links and pages), got "${env.PUBLIC_WEB_URL}".`);
  }
  return problems;
}

/** An incomplete S3 setting would fail at the first upload; it is refused at start instead, one line per missing piece. */
function mediaStorageChecks(env: NodeJS.ProcessEnv, production: boolean): string[] {
  const problems: string[] = [];
  const set = (name: string) => (env[name] ?? '') !== '';
  if (env.MEDIA_STORAGE === 's3') {
    if (!set('MEDIA_S3_BUCKET'))
      problems.push('MEDIA_S3_BUCKET is required with MEDIA_STORAGE=s3: the name of the bucket that keeps the images.');
    if (!set('MEDIA_S3_ENDPOINT') && !set('MEDIA_S3_REGION')) {
      problems.push(
        'MEDIA_S3_REGION is required with MEDIA_STORAGE=s3 when MEDIA_S3_ENDPOINT is unset (AWS): the bucket’s region, e.g. eu-central-1.',
      );
    }
    const [key, secret] = [set('MEDIA_S3_ACCESS_KEY_ID'), set('MEDIA_S3_SECRET_ACCESS_KEY')];
    if (key !== secret) {
      problems.push(
        `${key ? 'MEDIA_S3_ACCESS_KEY_ID is set but MEDIA_S3_SECRET_ACCESS_KEY is not' : 'MEDIA_S3_SECRET_ACCESS_KEY is set but MEDIA_S3_ACCESS_KEY_ID is not'}: set both, or neither to use the environment’s or the machine’s credentials.`,
      );
    }
  } else if (production) {
    // Someone meant S3 and forgot the switch: the images would land on a container's disk and be lost with it.
    const stray = Object.keys(env).filter((name) => name.startsWith('MEDIA_S3_') && set(name));
    if (stray.length) {
      problems.push(
        `${stray.sort().join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but MEDIA_STORAGE is not s3, so images would be kept on the local disk: set MEDIA_STORAGE=s3, or remove the MEDIA_S3_ settings.`,
      );
    }
  }
  return problems;
}

function hostPorts(value: string | undefined, production: boolean): ReadonlySet<number> | null {
  if (value === undefined || value.trim() === '') return production ? new Set() : null;
  if (value.trim() === '*') return null;
  return new Set(value.split(',').map((p) => Number(p.trim())));
}

/** `tool`: the CLI and the migration job, which need the database but none of the server's secrets. */
export type ConfigPurpose = 'server' | 'tool';

/** The API's configuration from the environment; throws a ConfigError naming every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, purpose: ConfigPurpose = 'server'): Config {
  const production = env.NODE_ENV === 'production';
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  problems.push(...crossChecks(env, production, purpose));
  if (problems.length || !parsed.success) throw new ConfigError(problems);
  return fromEnv(parsed.data, production);
}

function fromEnv(e: Env, production: boolean): Config {
  return {
    databaseUrl: e.DATABASE_URL,
    databaseDirectUrl: e.DATABASE_DIRECT_URL,
    databaseReplicaUrls: e.DATABASE_REPLICA_URLS,
    dataDir: path.resolve(e.CARELEAF_DATA_DIR ?? path.join(repoRoot(), '.data')),
    embeddedDbPort: e.EMBEDDED_DB_PORT,
    apiPort: e.API_PORT,
    webPort: e.WEB_PORT,
    production,
    allowTenantHeader: e.ALLOW_TENANT_HEADER ?? !production,
    bodyLimit: e.BODY_LIMIT,
    maxQueryBytes: e.GRAPHQL_MAX_QUERY_BYTES,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    publicCacheMb: e.PUBLIC_CACHE_MB,
    cookieSecure: e.COOKIE_SECURE ?? true,
    // Outside production a random key per process is enough: one process, and sessions survive restarts anyway.
    csrfSecret: e.CSRF_SECRET ?? randomBytes(32).toString('base64url'),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    allowedHostPorts: hostPorts(e.ALLOWED_HOST_PORTS, production),
    publicWebUrl: e.PUBLIC_WEB_URL ?? (production ? 'https://{host}' : `http://{host}:${e.WEB_PORT}`),
    mailLogBodies: e.MAIL_LOG_BODIES ?? !production,
    webRevalidation: e.WEB_REVALIDATE_URL.length ? { urls: e.WEB_REVALIDATE_URL, secret: e.CARELEAF_REVALIDATE_SECRET ?? '' } : null,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_KEY_PREFIX } : null,
    trustedProxies: e.TRUSTED_PROXIES,
    clientIpSecret: e.CARELEAF_CLIENT_IP_SECRET ?? null,
    proxyTrust: e.TRUSTED_PROXIES.length ? e.TRUSTED_PROXIES : ['loopback'],
    database: {
      poolMax: e.DB_POOL_MAX,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    migrateOnStart: e.MIGRATE_ON_START ?? true,
    seedDemo: e.SEED_DEMO ?? false,
    apiHost: e.API_HOST,
    metrics: { token: e.METRICS_TOKEN ?? null, port: e.METRICS_PORT },
    readinessDrainMs: e.READINESS_DRAIN_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    mediaS3: e.MEDIA_STORAGE === 's3' && e.MEDIA_S3_BUCKET ? mediaS3(e) : null,
    webhooks: { key: e.CARELEAF_WEBHOOK_KEY ?? null, allowNetworks: e.WEBHOOK_ALLOWED_NETWORKS },
  };
}

function mediaS3(e: Env): MediaS3Config {
  const key = e.MEDIA_S3_ACCESS_KEY_ID;
  const secret = e.MEDIA_S3_SECRET_ACCESS_KEY;
  return {
    bucket: e.MEDIA_S3_BUCKET ?? '',
    prefix: e.MEDIA_S3_PREFIX,
    endpoint: e.MEDIA_S3_ENDPOINT ?? null,
    // Compatible servers ignore the region but the signature needs one; us-east-1 is what they expect.
    region: e.MEDIA_S3_REGION ?? 'us-east-1',
    forcePathStyle: e.MEDIA_S3_FORCE_PATH_STYLE ?? false,
    credentials: key && secret ? { accessKeyId: key, secretAccessKey: secret } : null,
    timeoutMs: e.MEDIA_S3_TIMEOUT_SECONDS * 1000,
  };
}
