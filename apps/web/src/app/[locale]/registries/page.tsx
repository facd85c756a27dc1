import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { dirOf } from '../../../components/content/context';
import { RegionLine } from '../../../components/registries/RegionLine';
import { directionOf } from '../../../lib/locales';
import { pageContext, type LocalePageProps } from '../../../lib/page';
import { getRegistries } from '../../../lib/registries';
import { registryPath } from '../../../lib/registry-kinds';

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Registries' });
  return { title: t('title') };
}

/** The registries readers of this region see (programmes, trial registries, counselling …), each with its number of entries. */
export default async function RegistriesPage({ params }: LocalePageProps) {
  const { tenant, locale, settings } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Registries' });
  const registries = await getRegistries(locale.tag, settings.chosenRegion);
  const dir = directionOf(locale);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <RegionLine tenant={tenant} locale={locale.tag} region={settings.region} />
      {registries.length ? (
        <ul className="link-list registry-index">
          {registries.map((r) => {
            // Labels come in the page language or a fallback; a fallback label keeps its own language.
            const lang = r.locale !== locale.tag ? r.locale : undefined;
            return (
              <li key={r.kind}>
                <a href={registryPath(locale.tag, r.kind)}>
                  <span lang={lang} dir={lang && dirOf(lang) !== dir ? dirOf(lang) : undefined}>
                    {r.label}
                  </span>
                </a>{' '}
                <span className="muted">({t('count', { count: r.entryCount })})</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('empty')}</p>
      )}
    </>
  );
}
