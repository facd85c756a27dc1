import type { SiteTenantQuery } from '@careleaf/schema/web/graphql';
import { ApiUnavailableError, execute } from './graphql';
import { acceptedHost } from './public-url';
import { SiteTenantQuery as SiteTenantDocument } from './queries';
import { createTenantCache } from './bounded-caches';

export type Tenant = SiteTenantQuery['tenant'];
export type TenantLocale = Tenant['locales'][number];
export type TenantRegion = Tenant['regions'][number];

const UNKNOWN = Symbol('unknown tenant');

// Tenant settings change rarely; a short memory spares the API one call per page view.
// CARELEAF_TENANT_TTL_MS=0 turns it off (tests that change tenants while the site runs).
const ttl = Number(process.env.CARELEAF_TENANT_TTL_MS ?? 10_000);
const cache = ttl > 0 ? createTenantCache<Tenant | typeof UNKNOWN>(ttl) : null;

/** The host as the API matches it: lower case, port kept (the API strips it). */
export function normaliseHost(host: string | null | undefined): string {
  return (host ?? '').trim().toLowerCase();
}

/** The tenant serving `host`, or null when no tenant has that domain (or the host is malformed or on a foreign port). */
export async function fetchTenant(host: string): Promise<Tenant | null> {
  const key = acceptedHost(host);
  if (!key) return null;
  const hit = cache?.get(key);
  if (hit !== undefined) return hit === UNKNOWN ? null : hit;
  const result = await execute(SiteTenantDocument, {}, { host: key });
  if (result.data?.tenant) {
    cache?.set(key, result.data.tenant);
    return result.data.tenant;
  }
  if (result.errors.some((e) => e.extensions?.code === 'NOT_FOUND')) {
    cache?.set(key, UNKNOWN);
    return null;
  }
  throw new ApiUnavailableError(
    `The API could not answer the tenant query: ${result.errors.map((e) => e.message).join('; ') || `HTTP ${result.status}`}`,
  );
}

export function clearTenantCache(): void {
  cache?.clear();
}
