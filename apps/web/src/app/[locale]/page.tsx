import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FeaturedDocuments } from '../../components/FeaturedDocuments';
import { TopicList } from '../../components/TopicList';
import { getHomeContent } from '../../lib/content';
import { regionName } from '../../lib/locales';
import { pageContext, type LocalePageProps } from '../../lib/page';

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { tenant } = await pageContext(params);
  return { title: { absolute: tenant.name } };
}

export default async function HomePage({ params }: LocalePageProps) {
  const { tenant, locale, settings } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Home' });
  const content = await getHomeContent(tenant, locale.tag, settings.region);
  const region = tenant.regions.find((r) => r.code === settings.region);
  const home = `/${locale.tag}`;
  return (
    <>
      <h1>{tenant.name}</h1>
      <p className="lead">{t('welcome')}</p>
      <p>{t('about')}</p>
      {region ? <p className="muted">{t('regionNote', { region: regionName(region.code, region.name, locale.tag) })}</p> : null}
      <TopicList heading={t('topicsHeading')} topics={content.topics} />
      <FeaturedDocuments heading={t('featuredHeading')} documents={content.featured} locale={locale.tag} />
      <section aria-labelledby="help-heading">
        <h2 id="help-heading">{t('helpHeading')}</h2>
        <ul className="link-list">
          <li>
            <a href={`${home}/settings`}>{t('helpSettings')}</a>
          </li>
          <li>
            <a href={`${home}/accessibility`}>{t('helpAccessibility')}</a>
          </li>
        </ul>
      </section>
    </>
  );
}
