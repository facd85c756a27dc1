import { headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getPageLocale, getTenant } from '../lib/site';
import { catalogFor, hasCatalog, DEFAULT_UI_LOCALE, loadMessages } from './catalogs';
import { negotiateLocale } from './negotiate';

/**
 * Per request: the page locale (explicit from the caller, else from the URL,
 * else the tenant default) and the UI catalog for it. Without a tenant (an
 * unknown host) the reader's Accept-Language picks among the UI catalogs.
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
    locale,
    messages: loadMessages(catalogFor(locale, fallbacks)),
    // Dates on the site are calendar dates (review dates), not instants.
    timeZone: 'UTC',
  };
});
