import { getTranslations } from 'next-intl/server';
import { NotFoundContent } from '../../components/NotFoundContent';
import { getPageLocale, getTenant } from '../../lib/site';

/** 404 inside the site layout, in the page's language (not-found pages receive no params, so the URL decides). */
export default async function LocaleNotFound() {
  const tenant = await getTenant();
  if (!tenant) return null;
  const locale = await getPageLocale(tenant);
  const t = await getTranslations({ locale: locale.tag, namespace: 'NotFound' });
  return <NotFoundContent title={t('title')} body={t('body')} homeLabel={t('home')} homeHref={`/${locale.tag}`} />;
}
