import { parse } from 'graphql';
import { DocumentStore, documentBytes, TextCache } from './document-store';

const padded = (i: number, bytes: number) => parse(`# ${'x'.repeat(bytes)}\nquery Q${i} { me { id } }`);

test('a parsed document is counted with the query text it keeps alive, not only its syntax tree', () => {
  const small = documentBytes(padded(0, 10));
  const large = documentBytes(padded(0, 30_000));
  expect(large - small).toBeGreaterThanOrEqual(2 * 29_990);
});

test('the document store never holds more bytes than its bound, however many large documents arrive', async () => {
  const store = new DocumentStore(1024 * 1024);
  for (let i = 0; i < 200; i++) await store.set(`hash-${i}`, padded(i, 30_000));
  expect(store.bytes).toBeLessThanOrEqual(1024 * 1024);
  // 30 000 characters count 60 000 bytes: at most 17 fit in 1 MiB.
  expect(store.size).toBeLessThanOrEqual(17);
  expect(await store.get('hash-199')).toBeDefined();
  expect(await store.get('hash-0')).toBeUndefined();
});

test('a document larger than the whole bound is not stored at all', async () => {
  const store = new DocumentStore(10_000);
  await store.set('big', padded(0, 20_000));
  expect(store.size).toBe(0);
  expect(store.bytes).toBe(0);
});

test('the persisted-query text cache counts two bytes a character and stays within its bound', async () => {
  const cache = new TextCache(256 * 1024);
  for (let i = 0; i < 100; i++) await cache.set(`apq:${i}`, `# ${i} ${'ü'.repeat(30_000)}`);
  expect(cache.bytes).toBeLessThanOrEqual(256 * 1024);
  expect(cache.size).toBeLessThanOrEqual(4);
});
