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
 * Apollo's parsed-and-validated document cache, bounded by the bytes the
 * documents keep alive. Apollo keys it by the query's sha256, never by its text.
 * (Shaped as Apollo's KeyValueCache<DocumentNode>.)
 */
export class DocumentStore {
  private readonly cache: LRUCache<string, DocumentNode>;

  constructor(readonly maxBytes: number) {
    this.cache = new LRUCache({ maxSize: maxBytes, sizeCalculation: (doc, key) => documentBytes(doc) + 2 * key.length });
  }

  get(key: string): Promise<DocumentNode | undefined> {
    return Promise.resolve(this.cache.get(key));
  }

  set(key: string, value: DocumentNode): Promise<void> {
    this.cache.set(key, value);
    return Promise.resolve();
  }

  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.cache.delete(key));
  }

  /** Bytes held now, as counted by documentBytes. */
  get bytes(): number {
    return this.cache.calculatedSize;
  }

  get size(): number {
    return this.cache.size;
  }
}
