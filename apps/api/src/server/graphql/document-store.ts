import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * What a parsed document really holds on the heap: the AST (as Apollo's own
 * estimate measures it) plus the query text its locations keep alive, which
 * Apollo's estimate leaves out (Location#toJSON drops the source). Strings are
 * counted at two bytes a character, the worst case of V8's representation.
 */
export function documentBytes(doc: DocumentNode): number {
  return Buffer.byteLength(JSON.stringify(doc), 'utf8') + 2 * (doc.loc?.source.body.length ?? 0);
}

/**
 * An LRU bounded by the bytes its values keep alive, shaped as Apollo's
 * KeyValueCache so it can replace Apollo's caches (whose default counts
 * string characters and parsed documents without their text).
 */
export class ByteBoundedCache<V extends NonNullable<unknown>> {
  private readonly cache: LRUCache<string, V>;

  constructor(
    readonly maxBytes: number,
    sizeOf: (value: V) => number,
  ) {
    this.cache = new LRUCache({ maxSize: maxBytes, sizeCalculation: (value, key) => sizeOf(value) + 2 * key.length + 64 });
  }

  get(key: string): Promise<V | undefined> {
    return Promise.resolve(this.cache.get(key));
  }

  /** `ttl` in seconds, as Apollo passes it. */
  set(key: string, value: V, options?: { ttl?: number | null }): Promise<void> {
    this.cache.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : undefined);
    return Promise.resolve();
  }

  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.cache.delete(key));
  }

  /** Bytes held now, as counted by the size function. */
  get bytes(): number {
    return this.cache.calculatedSize;
  }

  get size(): number {
    return this.cache.size;
  }
}

/** Apollo's parsed-and-validated document cache (keyed by the query's sha256, never its text). */
export class DocumentStore extends ByteBoundedCache<DocumentNode> {
  constructor(maxBytes: number) {
    super(maxBytes, documentBytes);
  }
}

/** Apollo's server-wide cache (automatic persisted queries): query texts by hash, two bytes a character. */
export class TextCache extends ByteBoundedCache<string> {
  constructor(maxBytes: number) {
    super(maxBytes, (text) => 2 * text.length);
  }
}
