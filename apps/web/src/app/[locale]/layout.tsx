import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound, redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { SiteShell } from '../../components/SiteShell';
import { ThemeStyle } from '../../components/ThemeStyle';
import { documentAt, switcherHrefs } from '../../lib/document-page';
import { directionOf } from '../../lib/locales';
import { swapLocale } from '../../lib/paths';
import { findLocale, getCurrentUrl, getOrigin, getReaderSettings, getTenant } from '../../lib/site';
import { htmlSettingsAttributes } from '../../lib/html-attributes';
import '../site.css';

/** Validates the URL's locale against the tenant; a case variant ("/de-at") redirects to the canonical tag. */
async function resolveLocale(requested: string) {
  const tenant = await getTenant();
  if (!tenant) notFound();
  const tag = decodeURIComponent(requested);
  const locale = findLocale(tenant, tag);
  if (locale) return { tenant, locale };
  const variant = tenant.locales.find((l) => l.tag.toLowerCase() === tag.toLowerCase());
  if (variant) redirect(swapLocale(await getCurrentUrl(), variant.tag));
  notFound();
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { tenant, locale } = await resolveLocale((await params).locale);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Meta' });
  const path = (await getCurrentUrl()).split('?')[0]!;
  return {
    metadataBase: new URL(await getOrigin()),
    title: { template: t('title', { page: '%s', site: tenant.name }), default: tenant.name },
    applicationName: tenant.name,
    alternates: {
      // Every locale of this page, and x-default for readers whose language the tenant does not have.
      languages: Object.fromEntries([
        ...tenant.locales.map((l) => [l.tag, swapLocale(path, l.tag)]),
        ['x-default', swapLocale(path, tenant.defaultLocale)],
      ]),
    },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { tenant, locale } = await resolveLocale((await params).locale);
  const [settings, currentUrl, messages] = await Promise.all([
    getReaderSettings(tenant),
    getCurrentUrl(),
    getMessages({ locale: locale.tag }),
  ]);
  // Documents have a different slug per language: the switcher links to the translations.
  const doc = await documentAt(tenant, currentUrl, settings.region);
  const languageHrefs = doc ? switcherHrefs(tenant, doc) : undefined;
  return (
    <html lang={locale.tag} dir={directionOf(locale)} {...htmlSettingsAttributes(settings.reading)}>
      <head>
        <ThemeStyle tenantSlug={tenant.slug} saved={tenant.theme} />
      </head>
      <body>
        {/* Only the error page's words reach the browser: it is the one client component. */}
        <NextIntlClientProvider locale={locale.tag} messages={{ Error: messages.Error }} timeZone="UTC">
          <SiteShell tenant={tenant} locale={locale} currentUrl={currentUrl} settings={settings} languageHrefs={languageHrefs}>
            {children}
          </SiteShell>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
