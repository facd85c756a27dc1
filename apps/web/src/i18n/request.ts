import { headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getPageLocale, getTenant } from '../lib/site';
import { catalogFor, hasCatalog, DEFAULT_UI_LOCALE, loadMessages, uiLocaleFor } from './catalogs';
import { negotiateLocale } from './negotiate';

/**
 * Per request: the page locale (explicit from the caller, else from the URL,
 * else the tenant default) and the UI catalog for it. Without a tenant (an
 * unknown host) the reader's Accept-Language picks among the UI catalogs.
 * The locale next-intl formats with is the UI's language, not the page's: a
 * French page shown with the English catalog says "1 document" and "May 3,
 * 2026" in English, never English words around French plurals and dates.
 */
export default getRequestConfig(async ({ locale: explicit }) => {
  const tenant = await getTenant();
  let locale: string;
  let fallbacks: readonly string[] = [];
  if (tenant) {
    const info = explicit ? tenant.locales.find((l) => l.tag === explicit) : await getPageLocale(tenant);
    locale = info?.tag ?? explicit ?? tenant.defaultLocale;
    fallbacks = info?.fallbacks ?? [];
  } else if (explicit && hasCatalog(explicit)) {
    locale = explicit;
  } else {
    locale = negotiateLocale((await headers()).get('accept-language'), ['de', 'en', 'ar'], DEFAULT_UI_LOCALE);
  }
  return {
    locale: uiLocaleFor(locale, fallbacks),
    messages: loadMessages(catalogFor(locale, fallbacks)),
    // Dates on the site are calendar dates (review dates), not instants.
    timeZone: 'UTC',
  };
});
