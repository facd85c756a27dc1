import { negotiateLocale } from '../i18n/negotiate';
import { swapLocale } from './paths';
import { kindFromSlug } from './registry-kinds';
import { APP_ROUTES } from './route-table.generated';

/** What `[id]` in a route stands for: a document id (UUID) as the API hands it out. */
const ID_SEGMENT = /^[0-9A-Za-z-]{1,64}$/;

/** Which segments the dynamic parts of STATIC_PAGES accept: `[kind]` only the registry kinds, so others are a real 404. */
const SEGMENTS: Record<string, (segment: string) => boolean> = {
  '[id]': (s) => ID_SEGMENT.test(s),
  '[kind]': (s) => kindFromSlug(s) !== null,
  '[topic]': (s) => topicSegment(s) !== null,
};

/** Topics are free text of at most 100 characters (the API's limit), encoded in the path: the topic, or null. */
function topicSegment(segment: string): string | null {
  try {
    const topic = decodeURIComponent(segment);
    return topic.trim().length > 0 && [...topic].length <= 100 ? topic : null;
  } catch {
    return null;
  }
}

/** Whether `page` ("editor/documents/abc") is one of STATIC_PAGES, a `[…]` part matching one segment it accepts. */
export function isKnownPage(page: string): boolean {
  if (STATIC_PAGES.includes(page)) return true;
  const parts = page.split('/');
  return STATIC_PAGES.some((pattern) => {
    if (!pattern.includes('[')) return false;
    const want = pattern.split('/');
    return want.length === parts.length && want.every((w, i) => (SEGMENTS[w] ? SEGMENTS[w](parts[i]!) : w === parts[i]));
  });
}

/** The dynamic route for documents (app/[locale]/[slug]): one path segment that is not a static page. */
export const DOCUMENT_ROUTE = '[slug]';

/** Slugs as the API makes them: lower-case letters, digits and hyphens (kept loose for other scripts). */
const SLUG = /^[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}-]{0,199}$/u;

/** Where 404s are rendered (rewritten to, keeping the reader's URL). */
export const NOT_FOUND_PAGE = 'page-not-found';

/**
 * Pages under /{locale}/ that exist. The proxy answers everything else with
 * the 404 page and a real 404 status, which a page calling notFound() during a
 * dynamic render cannot do reliably (Next then sends an empty error shell that
 * needs JavaScript). The list comes from the app folder (route-table.generated.ts,
 * kept in step by the build: see route-scan.ts), less the routes decided
 * here: the 404 page itself, the catch-all and document slugs, which
 * `decideRoute` returns as `document` for the proxy to ask the API (cached)
 * whether that slug is published.
 */
export const STATIC_PAGES: readonly string[] = APP_ROUTES.filter(
  (route) => route !== NOT_FOUND_PAGE && route !== DOCUMENT_ROUTE && !route.startsWith('[...'),
);

export interface TenantRouting {
  locales: readonly { tag: string }[];
  defaultLocale: string;
}

export type RouteDecision =
  | { kind: 'page' }
  | { kind: 'redirect'; location: string; status: 307 | 308 }
  | { kind: 'not-found'; locale: string }
  /** A document address: the proxy asks the API whether it is published, else 404. */
  | { kind: 'document'; locale: string; slug: string }
  /** A topic's landing page: the proxy asks the API whether the topic has documents, else 404. */
  | { kind: 'topic'; locale: string; topic: string }
  | { kind: 'unknown-site' };

export function decideRoute(pathname: string, search: string, tenant: TenantRouting | null, acceptLanguage: string | null): RouteDecision {
  if (!tenant) return { kind: 'unknown-site' };
  const tags = tenant.locales.map((l) => l.tag);
  if (pathname === '/' || pathname === '') {
    return { kind: 'redirect', location: `/${negotiateLocale(acceptLanguage, tags, tenant.defaultLocale)}${search}`, status: 307 };
  }
  const [, first = '', ...rest] = pathname.split('/');
  let segment: string;
  try {
    segment = decodeURIComponent(first);
  } catch {
    return { kind: 'not-found', locale: tenant.defaultLocale };
  }
  const locale = tags.find((t) => t === segment);
  // Links in e-mails written before they named a language (/editor/reset-password?token=…) open in the reader's.
  if (!locale && segment === 'editor' && isKnownPage(['editor', ...rest].join('/').replace(/\/+$/, ''))) {
    const negotiated = negotiateLocale(acceptLanguage, tags, tenant.defaultLocale);
    return { kind: 'redirect', location: `/${negotiated}${pathname}${search}`, status: 307 };
  }
  if (!locale) {
    const variant = tags.find((t) => t.toLowerCase() === segment.toLowerCase());
    if (variant) return { kind: 'redirect', location: `${swapLocale(pathname, variant)}${search}`, status: 308 };
    return { kind: 'not-found', locale: tenant.defaultLocale };
  }
  const page = rest.join('/').replace(/\/+$/, '');
  const [section, topic] = page.split('/');
  if (section === 'topics' && topic !== undefined && isKnownPage(page)) return { kind: 'topic', locale, topic: topicSegment(topic)! };
  if (isKnownPage(page)) return { kind: 'page' };
  if (rest.length === 1 && page !== NOT_FOUND_PAGE) {
    let slug: string;
    try {
      slug = decodeURIComponent(page);
    } catch {
      return { kind: 'not-found', locale };
    }
    if (SLUG.test(slug)) return { kind: 'document', locale, slug };
  }
  return { kind: 'not-found', locale };
}
