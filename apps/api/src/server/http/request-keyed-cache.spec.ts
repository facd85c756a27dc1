import { requestKeyedCache } from './request-keyed-cache';

test('a cache keyed by request text stays within its byte bound under 16 KB distinct keys', () => {
  const cache = requestKeyedCache<boolean>({ max: 10_000, ttl: 60_000, maxBytes: 1024 * 1024 });
  for (let i = 0; i < 2000; i++) cache.set(`host:${'h'.repeat(16_000)}${i}`, false);
  expect(cache.calculatedSize).toBeLessThanOrEqual(1024 * 1024);
  // 32 KB a key: 32 fit in 1 MiB, not the 10 000 the count bound alone would allow.
  expect(cache.size).toBeLessThanOrEqual(32);
});

test('values are counted with the size their owner gives them', () => {
  const cache = requestKeyedCache<{ body: string }>({ max: 100, ttl: 60_000, maxBytes: 100_000, valueBytes: (v) => 2 * v.body.length });
  cache.set('a', { body: 'x'.repeat(10_000) });
  expect(cache.calculatedSize).toBe(2 + 64 + 20_000);
});
