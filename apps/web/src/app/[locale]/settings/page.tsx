import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReadingSettingsForm } from '../../../components/ReadingSettingsForm';
import { pageContext, type LocalePageProps } from '../../../lib/page';

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Settings' });
  return { title: t('title') };
}

export default async function SettingsPage({ params }: LocalePageProps) {
  const { locale, settings } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Settings' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ReadingSettingsForm locale={locale.tag} reading={settings.reading} />
    </>
  );
}
