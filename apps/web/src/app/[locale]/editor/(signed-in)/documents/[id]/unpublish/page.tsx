import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorNav } from '../../../../../../../components/editor/EditorNav';
import { asEditor } from '../../../../../../../lib/editor/api';
import { EditorUnpublishTargetQuery } from '../../../../../../../lib/editor/documents';
import { languageName } from '../../../../../../../lib/editor/languages';
import { one, type EditorDocumentPageProps } from '../../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../../lib/page';
import { signedInEditor } from '../../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('workflow.unpublishTitle') };
}

/**
 * Asks before a published language is taken off the site: the only way to
 * unpublish, as the workflow route refuses an unpublish that does not come
 * from this form. The button posts; Cancel goes back to the document.
 */
export default async function UnpublishPage({ params, searchParams }: EditorDocumentPageProps) {
  const { locale } = await pageContext(params);
  const { id } = await params;
  const lang = one((await searchParams).lang) ?? '';
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const base = `/${locale.tag}/editor/documents/${id}`;
  const back = `${base}?lang=${encodeURIComponent(lang)}`;
  const row = (await asEditor(EditorUnpublishTargetQuery, { id })).data?.document?.locales.find((l) => l.locale === lang);
  return (
    <>
      <h1>{t('workflow.unpublishTitle')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      {row?.publishedRevisionId ? (
        <form method="post" action={`${base}/workflow`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="action" value="unpublish" />
          <input type="hidden" name="confirmed" value="yes" />
          <p>{t('workflow.unpublishQuestion', { title: row.title, language: languageName(locale.tag, lang) })}</p>
          <div className="block-actions">
            <button className="button button-danger" type="submit">
              {t('workflow.unpublishConfirm')}
            </button>
            <a href={back}>{t('workflow.unpublishCancel')}</a>
          </div>
        </form>
      ) : (
        <p>
          {t('workflow.notPublished')} <a href={back}>{t('workflow.backToDocument')}</a>
        </p>
      )}
    </>
  );
}
