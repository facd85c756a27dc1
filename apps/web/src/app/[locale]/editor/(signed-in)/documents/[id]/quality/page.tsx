import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, readFlash } from '../../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../../components/editor/EditorNav';
import { QualityForm } from '../../../../../../../components/editor/QualityForm';
import { errorText } from '../../../../../../../lib/error-text';
import { asEditor } from '../../../../../../../lib/editor/api';
import { EditorQualityQuery } from '../../../../../../../lib/editor/operations';
import { one, type EditorDocumentPageProps } from '../../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../../lib/page';
import { signedInEditor } from '../../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('quality.title') };
}

/** Who stands behind a document and when it was checked: shown to readers beside every language of it. */
export default async function QualityPage({ params, searchParams }: EditorDocumentPageProps) {
  const { tenant, locale } = await pageContext(params);
  const { id } = await params;
  const query = await searchParams;
  const base = `/${locale.tag}/editor/documents/${id}`;
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const lang = tenant.locales.find((l) => l.tag === one(query.lang))?.tag;
  const result = await asEditor(EditorQualityQuery, { id });
  const doc = result.data?.document;
  const back = `${base}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;
  return (
    <>
      <h1>{t('quality.title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <EditorNav locale={locale.tag} editor={editor} />
      <p>
        <a href={back}>{t('history.back')}</a>
      </p>
      {doc ? (
        <QualityForm
          action={`${base}/quality/save`}
          csrf={editor.csrfToken}
          lang={lang ?? ''}
          quality={doc.quality}
          uiLocale={locale.tag}
          flash={flash}
        />
      ) : (
        <p role="alert">{result.errors[0] ? errorText(locale.tag, result.errors[0]) : t('document.notFound')}</p>
      )}
    </>
  );
}
