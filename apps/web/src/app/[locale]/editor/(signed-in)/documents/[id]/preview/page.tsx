import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Article } from '../../../../../../../components/content/Article';
import { EditorNav } from '../../../../../../../components/editor/EditorNav';
import { errorText } from '../../../../../../../lib/error-text';
import { asEditor } from '../../../../../../../lib/editor/api';
import { EditorDocumentLocalesQuery } from '../../../../../../../lib/editor/documents';
import { EditorPreviewQuery } from '../../../../../../../lib/editor/operations';
import { one, type EditorDocumentPageProps } from '../../../../../../../lib/editor/page-props';
import type { PublishedDocument } from '../../../../../../../lib/documents';
import { pageContext } from '../../../../../../../lib/page';
import { signedInEditor } from '../../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  // A draft must never end up in a search index.
  return { title: t('preview.pageTitle'), robots: { index: false, follow: false } };
}

/**
 * "Preview as a reader": the newest version of one language (draft or
 * not) for a chosen region, rendered with the patient site's Article, under
 * a banner saying it is not published. The choice is a GET form.
 */
export default async function PreviewPage({ params, searchParams }: EditorDocumentPageProps) {
  const { tenant, locale } = await pageContext(params);
  const { id } = await params;
  const query = await searchParams;
  const base = `/${locale.tag}/editor/documents/${id}`;
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const known = (await asEditor(EditorDocumentLocalesQuery, { id })).data?.document;
  const languages = known?.locales.map((l) => l.locale) ?? [];
  const requested = one(query.lang);
  const lang = requested && languages.includes(requested) ? requested : (known?.sourceLocale ?? locale.tag);
  const region = tenant.regions.find((r) => r.code === one(query.region))?.code ?? tenant.defaultRegion ?? tenant.regions[0]?.code ?? null;
  const result = await asEditor(EditorPreviewQuery, { id, locale: lang, region });
  // Typed as the patient site's document, so a field its Article needs and this query lacks fails the type check.
  const doc: PublishedDocument | undefined = result.data?.draftPreview;
  return (
    <>
      <div className="preview-banner">
        <p className="preview-banner-title" id="preview-banner">
          <strong>{t('preview.banner')}</strong>
        </p>
        <form method="get" action={`${base}/preview`} className="preview-choice">
          <div className="field">
            <label htmlFor="preview-lang">{t('preview.language')}</label>
            <select id="preview-lang" name="lang" defaultValue={lang}>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="preview-region">{t('preview.region')}</label>
            <select id="preview-region" name="region" defaultValue={region ?? ''}>
              {tenant.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </option>
              ))}
            </select>
          </div>
          <button className="button" type="submit">
            {t('preview.show')}
          </button>
        </form>
        <p>
          <a href={`${base}?lang=${encodeURIComponent(lang)}`}>{t('preview.back')}</a>
        </p>
      </div>
      <EditorNav locale={locale.tag} editor={editor} />
      {doc ? (
        <div lang={doc.locale} dir={doc.dir} className="preview-document">
          <Article doc={doc} pageDir={doc.dir === 'rtl' ? 'rtl' : 'ltr'} />
        </div>
      ) : (
        <>
          <h1>{t('preview.pageTitle')}</h1>
          <p role="alert">{result.errors[0] ? errorText(locale.tag, result.errors[0]) : t('document.notFound')}</p>
        </>
      )}
    </>
  );
}
