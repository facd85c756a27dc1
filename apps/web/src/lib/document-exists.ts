import type { LRUCache } from 'lru-cache';
import { createSlugCache } from './bounded-caches';
import { hostName } from './cache-tags';
import { ApiUnavailableError, execute } from './graphql';
import { DocumentExistsQuery, TopicExistsQuery } from './queries';

// The proxy asks on every document view; a short memory spares the API. Publishing
// expires it through the revalidation hook (clearDocumentExistsCache), and the TTL
// bounds staleness when a hook is missed. CARELEAF_SLUG_TTL_MS=0 turns it off.
// The proxy and the revalidation route are bundled apart, each with its own copy of
// this module: the cache lives on globalThis so both see the same one.
const ttl = Number(process.env.CARELEAF_SLUG_TTL_MS ?? 30_000);
const shared = globalThis as { __careleafSlugCache?: LRUCache<string, boolean> | null };
const cache = (shared.__careleafSlugCache ??= ttl > 0 ? createSlugCache(ttl) : null);

/** Whether `slug` is published in `locale` for the tenant of `host` (API failures throw). */
export async function documentExists(host: string, locale: string, slug: string): Promise<boolean> {
  const key = `${host}\u0000${locale}\u0000${slug}`;
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  const result = await execute(DocumentExistsQuery, { slug, locale }, { host });
  if (!result.data) {
    throw new ApiUnavailableError(
      `The API could not answer the document lookup: ${result.errors.map((e) => e.message).join('; ') || `HTTP ${result.status}`}`,
    );
  }
  const exists = result.data.publishedDocument !== null;
  cache?.set(key, exists);
  return exists;
}

/** Whether `topic` has a published document in `locale` for the tenant of `host` (API failures throw). */
export async function topicExists(host: string, locale: string, topic: string): Promise<boolean> {
  // Host first, as for slugs, so a publish clears both; "topic" keeps the two kinds of key apart.
  const key = `${host}\u0000topic\u0000${locale}\u0000${topic}`;
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  const result = await execute(TopicExistsQuery, { locale, topic }, { host });
  if (!result.data) {
    throw new ApiUnavailableError(
      `The API could not answer the topic lookup: ${result.errors.map((e) => e.message).join('; ') || `HTTP ${result.status}`}`,
    );
  }
  const exists = result.data.documents.edges.length > 0;
  cache?.set(key, exists);
  return exists;
}

/** Forget slug answers for one host, whatever port readers used (after a publish), or all of them. */
export function clearDocumentExistsCache(host?: string): void {
  if (!cache) return;
  if (!host) return cache.clear();
  const name = hostName(host);
  for (const key of cache.keys()) if (hostName(key.slice(0, key.indexOf('\u0000'))) === name) cache.delete(key);
}
