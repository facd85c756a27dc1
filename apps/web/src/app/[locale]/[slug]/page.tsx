import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Article } from '../../../components/content/Article';
import { DocumentJsonLd } from '../../../components/content/DocumentJsonLd';
import NotFoundPage from '../page-not-found/page';
import { getPublishedDocument } from '../../../lib/documents';
import { hreflangAlternates } from '../../../lib/document-page';
import { uiLanguageFor } from '../../../i18n/catalogs';
import { directionOf } from '../../../lib/locales';
import { pageContext } from '../../../lib/page';
import { fittedTitle } from '../../../lib/page-title';
import { getCurrentUrl, getOrigin } from '../../../lib/site';
import { ReaderFeedback } from '../../../components/ReaderFeedback';
import { feedbackOutcome } from '../../../lib/feedback';
import { topicHref, topicTitle } from '../../../lib/topics';

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

async function load(params: Props['params']) {
  const ctx = await pageContext(params);
  const { slug } = await params;
  const doc = await getPublishedDocument(ctx.locale.tag, decodeURIComponent(slug), ctx.settings.region);
  return { ...ctx, doc };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, locale, doc } = await load(params);
  if (!doc) return {};
  return {
    title: await fittedTitle(locale.tag, doc.title, tenant.name),
    description: doc.summary,
    // Only the languages this document is published in (the layout's default lists every locale).
    alternates: { canonical: `/${doc.locale}/${doc.slug}`, languages: hreflangAlternates(tenant, doc) },
  };
}

/** An article or FAQ collection. The proxy has checked the slug; a document unpublished since gets the 404 content. */
export default async function DocumentPage({ params }: Props) {
  const { tenant, locale, doc } = await load(params);
  if (!doc) return <NotFoundPage params={params} />;
  const ui = uiLanguageFor(locale);
  const layout = await getTranslations({ locale: ui.tag, namespace: 'Layout' });
  const t = await getTranslations({ locale: ui.tag, namespace: 'Article' });
  const topic = doc.topics[0];
  // The breadcrumbs speak the UI's language; the title in them keeps the document's.
  const currentUrl = await getCurrentUrl();
  return (
    <>
      <Breadcrumbs
        ui={ui}
        trail={[
          { label: layout('home'), href: `/${locale.tag}` },
          ...(topic ? [{ label: topicTitle(topic, locale.tag), href: topicHref(locale.tag, topic) }] : []),
        ]}
        current={{ label: doc.title, lang: doc.locale !== ui.tag ? doc.locale : undefined }}
      />
      <Article doc={doc} pageDir={directionOf(locale)} ui={ui} />
      <ReaderFeedback
        locale={locale.tag}
        documentId={doc.id}
        documentLocale={doc.locale}
        pagePath={currentUrl.split('?')[0]!}
        outcome={feedbackOutcome(currentUrl)}
        ui={ui}
      />
      <p className="back-to-top" {...ui.attrs}>
        <a href="#main">{t('backToTop')}</a>
      </p>
      <DocumentJsonLd doc={doc} tenantName={tenant.name} origin={await getOrigin()} />
    </>
  );
}
