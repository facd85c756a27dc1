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
  logLevel: string;
  /** Memory for cached anonymous responses; 0 turns the cache off (benchmarks of the database path). */
  publicCacheMb: number;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.CARELEAF_DATA_DIR ?? path.join(repoRoot(), '.data')),
    embeddedDbPort: intFrom(env.EMBEDDED_DB_PORT, 54329, 'EMBEDDED_DB_PORT'),
    apiPort: intFrom(env.API_PORT, 4000, 'API_PORT'),
    webPort: intFrom(env.WEB_PORT, 3000, 'WEB_PORT'),
    production,
    allowTenantHeader: env.ALLOW_TENANT_HEADER ? env.ALLOW_TENANT_HEADER === 'true' : !production,
    bodyLimit: env.BODY_LIMIT ?? '1mb',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    publicCacheMb: intFrom(env.PUBLIC_CACHE_MB, 64, 'PUBLIC_CACHE_MB', 16384),
  };
}
