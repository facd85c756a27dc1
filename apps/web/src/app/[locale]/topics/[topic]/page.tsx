import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { uiLanguageFor } from '../../../../i18n/catalogs';
import { listDocuments } from '../../../../lib/documents';
import { fittedTitle } from '../../../../lib/page-title';
import { pageContext } from '../../../../lib/page';
import { topicTitle } from '../../../../lib/topics';
import NotFoundPage from '../../page-not-found/page';

interface Props {
  params: Promise<{ locale: string; topic: string }>;
}

/** Topics are at most 100 characters (the API's limit); a longer path segment is no topic. */
const TOPIC_CHARS = 100;

async function load(params: Props['params']) {
  const ctx = await pageContext(params);
  const topic = decodeURIComponent((await params).topic);
  const docs = [...topic].length <= TOPIC_CHARS ? await listDocuments(ctx.locale.tag, undefined, topic) : [];
  return { ...ctx, topic, docs };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, locale, topic, docs } = await load(params);
  if (!docs.length) return {};
  return { title: await fittedTitle(locale.tag, topicTitle(topic, locale.tag), tenant.name) };
}

/** A topic's landing page: every published document of this language on the topic, articles first. */
export default async function TopicPage({ params }: Props) {
  const { locale, topic, docs } = await load(params);
  if (!docs.length) return <NotFoundPage params={params} />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Topics' });
  const layout = await getTranslations({ locale: locale.tag, namespace: 'Layout' });
  const ui = uiLanguageFor(locale);
  const title = topicTitle(topic, locale.tag);
  const ordered = [...docs.filter((d) => d.kind !== 'FAQ'), ...docs.filter((d) => d.kind === 'FAQ')];
  return (
    <>
      <Breadcrumbs
        ui={ui}
        trail={[
          { label: layout('home'), href: `/${locale.tag}` },
          { label: t('title'), href: `/${locale.tag}/topics` },
        ]}
        current={{ label: title }}
      />
      <h1>{title}</h1>
      <p className="lead">{t('landingIntro')}</p>
      <ul className="document-list">
        {ordered.map((d) => (
          <li key={d.documentId} lang={d.locale !== locale.tag ? d.locale : undefined}>
            <a href={`/${locale.tag}/${encodeURIComponent(d.slug)}`}>{d.title}</a>
            {d.kind === 'FAQ' ? <span className="muted"> ({t('faq')})</span> : null}
            {d.summary ? <p>{d.summary}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
