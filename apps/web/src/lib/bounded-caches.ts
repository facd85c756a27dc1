import { LRUCache } from 'lru-cache';

/**
 * The web process's own memories of API answers, bounded by bytes as well as
 * by count: their keys come from the request (Host header, path), which a
 * hostile client can make up to the header limit (16 KB) long and endlessly
 * distinct. Strings count two bytes a character (V8's worst case).
 */

/** Published-slug answers: host, locale and slug → exists. */
export const SLUG_CACHE_BYTES = 4 * 1024 * 1024;
/** Tenant settings by host, and hosts known to be no tenant's. */
export const TENANT_CACHE_BYTES = 8 * 1024 * 1024;

export function createSlugCache(ttl: number): LRUCache<string, boolean> {
  return new LRUCache<string, boolean>({ max: 5000, ttl, maxSize: SLUG_CACHE_BYTES, sizeCalculation: (_v, key) => 2 * key.length + 64 });
}

export function createTenantCache<T extends object | symbol>(ttl: number): LRUCache<string, T> {
  return new LRUCache<string, T>({
    max: 1000,
    ttl,
    maxSize: TENANT_CACHE_BYTES,
    sizeCalculation: (value, key) => 2 * key.length + (typeof value === 'symbol' ? 64 : 2 * JSON.stringify(value).length + 64),
  });
}
