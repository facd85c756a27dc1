import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listDocuments } from '../../../lib/documents';
import { pageContext, type LocalePageProps } from '../../../lib/page';
import { groupByTopic, topicAnchor, topicHref } from '../../../lib/topics';

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Topics' });
  return { title: t('title') };
}

/** Every published document of this language, by topic; each topic has an anchor the home page links to. */
export default async function TopicsPage({ params }: LocalePageProps) {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Topics' });
  const groups = groupByTopic(await listDocuments(locale.tag), locale.tag);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {groups.length === 0 ? <p>{t('empty')}</p> : null}
      {groups.map((g) => (
        <section key={g.topic} aria-labelledby={topicAnchor(g.topic)}>
          <h2 id={topicAnchor(g.topic)}>
            <a href={topicHref(locale.tag, g.topic)}>{g.title}</a>
          </h2>
          <ul className="link-list">
            {g.documents.map((d) => (
              <li key={d.documentId}>
                <a href={`/${locale.tag}/${encodeURIComponent(d.slug)}`}>{d.title}</a>
                {d.kind === 'FAQ' ? <span className="muted"> ({t('faq')})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
