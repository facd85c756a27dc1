import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { slugTag, tenantTag } from '../../../lib/cache-tags';
import { clearDocumentExistsCache } from '../../../lib/document-exists';
import { normaliseHost } from '../../../lib/tenant';

/**
 * The publish hook: POST { host, documents?: [{ locale, slug }] } with
 * `Authorization: Bearer $CARELEAF_REVALIDATE_SECRET`. Expires the cached
 * content of that tenant host (lists, glossary) and of the named document
 * addresses at once, and forgets the proxy's slug answers for the host.
 * Without a configured secret the hook is off (404).
 */
export async function POST(request: Request) {
  const secret = process.env.CARELEAF_REVALIDATE_SECRET;
  if (!secret) return json(404, { error: 'The revalidation hook is not configured (set CARELEAF_REVALIDATE_SECRET).' });
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return json(401, { error: 'Send the shared secret as "Authorization: Bearer <secret>".' });
  }
  let body: { host?: unknown; documents?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    return json(400, { error: 'Send a JSON body such as {"host": "example.org", "documents": [{"locale": "de", "slug": "x"}]}.' });
  }
  if (typeof body.host !== 'string' || !body.host.trim()) return json(400, { error: '"host" must be the tenant host name.' });
  const host = normaliseHost(body.host);
  const documents = Array.isArray(body.documents) ? body.documents : [];
  const tags = [tenantTag(host)];
  for (const d of documents) {
    const { locale, slug } = (d ?? {}) as { locale?: unknown; slug?: unknown };
    if (typeof locale !== 'string' || typeof slug !== 'string') {
      return json(400, { error: 'Each entry of "documents" needs "locale" and "slug" strings.' });
    }
    tags.push(slugTag(host, locale, slug));
  }
  // Published content must not be served stale after a publish: expire now, not stale-while-revalidate.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  clearDocumentExistsCache(host);
  return json(200, { revalidated: tags });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}
