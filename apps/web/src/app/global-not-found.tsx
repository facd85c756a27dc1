import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { headers } from 'next/headers';
import { NotFoundContent } from '../components/NotFoundContent';
import { SiteShell } from '../components/SiteShell';
import { ThemeStyle } from '../components/ThemeStyle';
import { DEFAULT_UI_LOCALE } from '../i18n/catalogs';
import { negotiateLocale } from '../i18n/negotiate';
import { htmlSettingsAttributes } from '../lib/html-attributes';
import { directionOf } from '../lib/locales';
import { DEFAULT_READING } from '../lib/preferences';
import { findLocale, getReaderSettings, getTenant } from '../lib/site';
import './site.css';

/** The reader's language among the UI catalogs, for a host that belongs to no tenant. */
async function visitorLocale(): Promise<string> {
  return negotiateLocale((await headers()).get('accept-language'), ['de', 'en', 'ar'], DEFAULT_UI_LOCALE);
}

export async function generateMetadata(): Promise<Metadata> {
  const tenant = await getTenant();
  const locale = tenant?.defaultLocale ?? (await visitorLocale());
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const meta = await getTranslations({ locale, namespace: 'Meta' });
  return { title: tenant ? meta('title', { page: t('title'), site: tenant.name }) : t('unknownSiteTitle') };
}

/**
 * The proxy sends hosts that belong to no tenant here (a bare 404 in the
 * reader's language). Should anything else reach it, a known tenant's reader
 * gets the 404 in the tenant's default language inside the site frame.
 */
export default async function GlobalNotFound() {
  const tenant = await getTenant();
  if (!tenant) {
    const locale = await visitorLocale();
    const t = await getTranslations({ locale, namespace: 'NotFound' });
    return (
      <html lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'} {...htmlSettingsAttributes(DEFAULT_READING)}>
        <head>
          <ThemeStyle />
        </head>
        <body>
          <main id="main" className="container main">
            {/* The host is not repeated: it is whatever the client sent, and the page would show it as ours. */}
            <NotFoundContent title={t('unknownSiteTitle')} body={t('unknownSiteBody')} />
          </main>
        </body>
      </html>
    );
  }
  const locale = findLocale(tenant, tenant.defaultLocale) ?? tenant.locales[0]!;
  const [settings, t, messages] = await Promise.all([
    getReaderSettings(tenant),
    getTranslations({ locale: locale.tag, namespace: 'NotFound' }),
    getMessages({ locale: locale.tag }),
  ]);
  // The language links lead to each locale's home page: the unknown path has no translations.
  const home = `/${locale.tag}`;
  return (
    <html lang={locale.tag} dir={directionOf(locale)} {...htmlSettingsAttributes(settings.reading)}>
      <head>
        <ThemeStyle tenantSlug={tenant.slug} saved={tenant.theme} />
      </head>
      <body>
        <NextIntlClientProvider locale={locale.tag} messages={{ Error: messages.Error }} timeZone="UTC">
          <SiteShell tenant={tenant} locale={locale} currentUrl={home} settings={settings}>
            <NotFoundContent title={t('title')} body={t('body')} homeLabel={t('home')} homeHref={home} />
          </SiteShell>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
