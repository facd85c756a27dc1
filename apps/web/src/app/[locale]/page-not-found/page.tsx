import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundContent } from '../../../components/NotFoundContent';
import { pageContext, type LocalePageProps } from '../../../lib/page';

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

/** The 404 page. The proxy rewrites unknown paths here with status 404; the address bar keeps the reader's URL. */
export default async function PageNotFound({ params }: LocalePageProps) {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'NotFound' });
  return <NotFoundContent title={t('title')} body={t('body')} homeLabel={t('home')} homeHref={`/${locale.tag}`} />;
}
