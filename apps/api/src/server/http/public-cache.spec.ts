import { createHash } from 'node:crypto';
import { PublicResponseCache, canonicalVariables, stableJson } from './public-cache';

const fields = new Set(['publishedDocument']);
const query = (i: number, padding: number) => `# ${i} ${'x'.repeat(padding)}\n{ publishedDocument(slug: "a", locale: "de") { title } }`;

test('cacheability verdicts cost a fixed size per query, whatever the size of the query text', () => {
  const cache = new PublicResponseCache(fields);
  for (let i = 0; i < 100; i++) expect(cache.isCacheable(query(i, 30_000), null)).toBe(true);
  const { cacheable } = cache.sizes();
  expect(cacheable.count).toBe(100);
  // A hash key and a boolean: about 200 bytes each, not the 30 KB of the text.
  expect(cacheable.bytes).toBeLessThanOrEqual(100 * 256);
});

test('cacheability verdicts stay within their byte bound under many distinct queries', () => {
  const cache = new PublicResponseCache(fields);
  for (let i = 0; i < 5000; i++) cache.isCacheable(query(i, 10), null);
  const { cacheable } = cache.sizes();
  expect(cacheable.bytes).toBeLessThanOrEqual(cacheable.maxBytes);
  expect(cacheable.count).toBeLessThan(5000);
});

test('persisted query texts are bounded by their bytes and kept only under their real sha256', () => {
  const cache = new PublicResponseCache(fields, 1024 * 1024, 256 * 1024);
  for (let i = 0; i < 100; i++) {
    const text = query(i, 30_000);
    cache.rememberPersisted(createHash('sha256').update(text).digest('hex'), text);
  }
  const { persisted } = cache.sizes();
  expect(persisted.bytes).toBeLessThanOrEqual(256 * 1024);
  // Each text counts 2 bytes a character: four 60 KB texts fit in 256 KB.
  expect(persisted.count).toBeLessThanOrEqual(4);
  expect(persisted.count).toBeGreaterThan(0);
});

test('a persisted query text is not kept under a hash that is not its own', () => {
  const cache = new PublicResponseCache(fields);
  cache.rememberPersisted('0'.repeat(64), query(0, 10));
  cache.rememberPersisted('not-a-hash', query(0, 10));
  expect(cache.sizes().persisted.count).toBe(0);
});

test('the response cache reports the byte bound it was given', () => {
  const cache = new PublicResponseCache(fields, 5 * 1024 * 1024);
  expect(cache.sizes().entries).toEqual({ count: 0, bytes: 0, maxBytes: 5 * 1024 * 1024 });
});

describe('cache keys treat requests alike exactly where Apollo does', () => {
  test('in a POST body, absent, null and empty variables are the same request', () => {
    expect(canonicalVariables('POST', undefined)).toEqual({});
    expect(canonicalVariables('POST', null)).toEqual({});
    expect(canonicalVariables('POST', {})).toEqual({});
  });

  test('a POST body with variables Apollo refuses is never answered from the cache', () => {
    expect(canonicalVariables('POST', '{}')).toBeUndefined();
    expect(canonicalVariables('POST', [])).toBeUndefined();
    expect(canonicalVariables('POST', 3)).toBeUndefined();
  });

  test('in a GET, an absent parameter and {} are the same; empty, null, broken or repeated ones are not cached', () => {
    expect(canonicalVariables('GET', undefined)).toEqual({});
    expect(canonicalVariables('GET', '{}')).toEqual({});
    expect(canonicalVariables('GET', '{"slug":"a"}')).toEqual({ slug: 'a' });
    for (const refused of ['', 'null', '{', '[1]', '"x"', ['{}', '{}']]) expect(canonicalVariables('GET', refused)).toBeUndefined();
  });

  test('variables written in another member order give the same key, arrays keep their order', () => {
    expect(stableJson({ b: 2, a: { d: [2, 1], c: null } })).toBe(stableJson({ a: { c: null, d: [2, 1] }, b: 2 }));
    expect(stableJson({ a: [1, 2] })).not.toBe(stableJson({ a: [2, 1] }));
    expect(stableJson({ a: 'x', b: undefined })).toBe('{"a":"x"}');
  });
});
