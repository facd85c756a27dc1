import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageContext, type LocalePageProps } from '../../../lib/page';

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Accessibility' });
  return { title: t('title') };
}

/**
 * The tenant's accessibility statement. Until tenants can author their own
 * (a content document), it states what the platform provides and how it is tested.
 */
export default async function AccessibilityPage({ params }: LocalePageProps) {
  const { tenant, locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Accessibility' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro', { site: tenant.name })}</p>
      <h2>{t('statusHeading')}</h2>
      <p>{t('statusBody')}</p>
      <h2>{t('featuresHeading')}</h2>
      <ul className="bullets">
        <li>{t('featureKeyboard')}</li>
        <li>{t('featureResize')}</li>
        <li>{t('featureContrast')}</li>
        <li>{t('featureLanguage')}</li>
        <li>{t('featureNoScript')}</li>
        <li>{t('featureMotion')}</li>
      </ul>
      <h2>{t('testingHeading')}</h2>
      <p>{t('testingBody')}</p>
      <h2>{t('limitsHeading')}</h2>
      <p>{t('limitsBody')}</p>
      <h2>{t('feedbackHeading')}</h2>
      <p>{t('feedbackBody', { site: tenant.name })}</p>
    </>
  );
}
