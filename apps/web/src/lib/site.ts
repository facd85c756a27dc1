import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { CURRENT_URL_HEADER } from './constants';
import { firstSegment } from './paths';
import {
  chosenRegion,
  effectiveRegion,
  hostRegion,
  parseReadingCookie,
  READING_COOKIE,
  REGION_COOKIE,
  type ReadingPreferences,
} from './preferences';
import { publicOrigin } from './public-url';
import { fetchTenant, normaliseHost, type Tenant, type TenantLocale } from './tenant';

/** The host the reader asked for (the API maps it to a tenant). */
export const getRequestHost = cache(async (): Promise<string> => normaliseHost((await headers()).get('host')));

/**
 * Scheme, canonical domain and port for absolute links (metadata, sitemap, robots, JSON-LD): from
 * configuration and the tenant's primary domain, never from Host or X-Forwarded-Proto.
 */
export const getOrigin = cache(async (): Promise<string> => {
  const domain = (await getTenant())?.domains[0];
  if (!domain) throw new Error('getOrigin needs a tenant with a domain: call it on tenant pages only.');
  return publicOrigin(domain);
});

/** The tenant of this request, or null for a host no tenant uses. API failures throw. */
export const getTenant = cache(async (): Promise<Tenant | null> => fetchTenant(await getRequestHost()));

/** Path and query of the page being rendered, as forwarded by the proxy ("/de/settings?saved=reading"). */
export const getCurrentUrl = cache(async (): Promise<string> => (await headers()).get(CURRENT_URL_HEADER) ?? '/');

export function findLocale(tenant: Tenant, tag: string | undefined): TenantLocale | undefined {
  return tag ? tenant.locales.find((l) => l.tag === tag) : undefined;
}

/** The page locale from the URL when the tenant has it, else the tenant's default locale. */
export async function getPageLocale(tenant: Tenant): Promise<TenantLocale> {
  const fromUrl = findLocale(tenant, decodeURIComponent(firstSegment(await getCurrentUrl())));
  return fromUrl ?? findLocale(tenant, tenant.defaultLocale) ?? tenant.locales[0]!;
}

export interface ReaderSettings {
  reading: ReadingPreferences;
  /** The region the page is for: the reader's choice, else this host's default region. */
  region: string | null;
  /** The region the reader chose (cookie), or null: queries pass only this, the API knows the host's default. */
  chosenRegion: string | null;
}

export const getReaderSettings = cache(async (tenant: Tenant): Promise<ReaderSettings> => {
  const jar = await cookies();
  const cookie = jar.get(REGION_COOKIE)?.value;
  return {
    reading: parseReadingCookie(jar.get(READING_COOKIE)?.value),
    region: effectiveRegion(cookie, tenant.regions, hostRegion(await getRequestHost(), tenant.regions, tenant.defaultRegion)),
    chosenRegion: chosenRegion(cookie, tenant.regions),
  };
});
