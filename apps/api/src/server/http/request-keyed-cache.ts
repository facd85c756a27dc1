import { LRUCache } from 'lru-cache';

/**
 * An LRU for answers keyed by text from the request (Host header, x-tenant,
 * a path segment): a hostile client makes such keys up to the 16 KB header
 * limit long and endlessly distinct, unknown ones included, so the cache is
 * bounded by bytes as well as by count. Strings count two bytes a character
 * (V8's worst case).
 */
export function requestKeyedCache<V extends NonNullable<unknown>>(opts: {
  max: number;
  ttl: number;
  maxBytes: number;
  valueBytes?: (value: V) => number;
}): LRUCache<string, V> {
  return new LRUCache<string, V>({
    max: opts.max,
    ttl: opts.ttl,
    maxSize: opts.maxBytes,
    sizeCalculation: (value, key) => 2 * key.length + 64 + (opts.valueBytes?.(value) ?? 0),
  });
}
