import { createSlugCache, createTenantCache, SLUG_CACHE_BYTES, TENANT_CACHE_BYTES } from './bounded-caches';

const UNKNOWN = Symbol('unknown');

test('the slug cache stays within its byte bound under long, distinct keys', () => {
  const cache = createSlugCache(60_000);
  for (let i = 0; i < 2000; i++) cache.set(`${'h'.repeat(8000)}.test:${i}\u0000de\u0000slug-${i}`, true);
  expect(cache.calculatedSize).toBeLessThanOrEqual(SLUG_CACHE_BYTES);
  // 16 KB a key: about 250 fit, not the 2000 the count bound alone would keep.
  expect(cache.size).toBeLessThan(300);
});

test('the tenant cache counts hosts and settings in bytes and stays within its bound', () => {
  const cache = createTenantCache<{ name: string } | typeof UNKNOWN>(60_000);
  for (let i = 0; i < 1000; i++) cache.set(`${'x'.repeat(16_000)}:${i}`, i % 2 ? UNKNOWN : { name: 'n'.repeat(1000) });
  expect(cache.calculatedSize).toBeLessThanOrEqual(TENANT_CACHE_BYTES);
  expect(cache.size).toBeLessThan(300);
});
