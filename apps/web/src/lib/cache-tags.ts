/**
 * Tags on cached content fetches. The API (or an operator) expires them through
 * POST /api/revalidate when something is published: one tag for everything a
 * tenant host shows, one per document.
 */
export function tenantTag(host: string): string {
  return `tenant:${hostName(host)}`;
}

export function documentTag(host: string, documentId: string): string {
  return `doc:${hostName(host)}:${documentId}`;
}

/**
 * The host without its port, lower case: readers may come through any port,
 * while the API (which names the host in its publish calls) knows domains only.
 */
export function hostName(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '');
}

/** Tag for a slug lookup, so a newly published slug stops being a 404 at once. */
export function slugTag(host: string, locale: string, slug: string): string {
  return `slug:${hostName(host)}:${locale}:${slug}`;
}
