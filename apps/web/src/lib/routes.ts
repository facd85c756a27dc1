import { negotiateLocale } from '../i18n/negotiate';
import { swapLocale } from './paths';

/**
 * Pages under /{locale}/ that exist. The proxy answers everything else with
 * the 404 page and a real 404 status, which a page calling notFound() during a
 * dynamic render cannot do reliably (Next then sends an empty error shell that
 * needs JavaScript). Add a route here when you add one under app/[locale];
 * routes.spec.ts fails when the two disagree. Pages with slugs (content) will
 * check the slug through the API here.
 */
export const STATIC_PAGES: readonly string[] = ['', 'accessibility', 'settings', 'settings/reading', 'settings/region'];

/** Where 404s are rendered (rewritten to, keeping the reader's URL). */
export const NOT_FOUND_PAGE = 'page-not-found';

export interface TenantRouting {
  locales: readonly { tag: string }[];
  defaultLocale: string;
}

export type RouteDecision =
  | { kind: 'page' }
  | { kind: 'redirect'; location: string; status: 307 | 308 }
  | { kind: 'not-found'; locale: string }
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
  if (!locale) {
    const variant = tags.find((t) => t.toLowerCase() === segment.toLowerCase());
    if (variant) return { kind: 'redirect', location: `${swapLocale(pathname, variant)}${search}`, status: 308 };
    return { kind: 'not-found', locale: tenant.defaultLocale };
  }
  const page = rest.join('/').replace(/\/+$/, '');
  return STATIC_PAGES.includes(page) ? { kind: 'page' } : { kind: 'not-found', locale };
}
