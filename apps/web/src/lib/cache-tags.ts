/**
 * Tags on cached content fetches. The API (or an operator) expires them through
 * POST /api/revalidate when something is published: one tag for everything a
 * tenant host shows, one per document.
 */
export function tenantTag(host: string): string {
  return `tenant:${host.toLowerCase()}`;
}

export function documentTag(host: string, documentId: string): string {
  return `doc:${host.toLowerCase()}:${documentId}`;
}

/** Tag for a slug lookup, so a newly published slug stops being a 404 at once. */
export function slugTag(host: string, locale: string, slug: string): string {
  return `slug:${host.toLowerCase()}:${locale}:${slug}`;
}
