import 'server-only';
import { notFound } from 'next/navigation';
import { findLocale, getReaderSettings, getTenant } from './site';

/** Tenant, locale and reader settings for a page under app/[locale] (the layout has already validated them). */
export async function pageContext(params: Promise<{ locale: string }>) {
  const tenant = await getTenant();
  const locale = tenant ? findLocale(tenant, decodeURIComponent((await params).locale)) : undefined;
  if (!tenant || !locale) notFound();
  return { tenant, locale, settings: await getReaderSettings(tenant) };
}

/** Props of pages under app/[locale] (written out so type checks need no generated Next types). */
export interface LocalePageProps {
  params: Promise<{ locale: string }>;
}
