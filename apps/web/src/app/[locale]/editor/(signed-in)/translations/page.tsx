import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../components/editor/EditorNav';
import { TranslationStateLabel } from '../../../../../components/editor/TranslationStatus';
import { XliffReportView } from '../../../../../components/editor/XliffReportView';
import { XliffUploadProgress } from '../../../../../components/editor/XliffUploadProgress';
import type { XliffReport } from '../../../../../lib/editor/import-reports';
import { languageName } from '../../../../../lib/editor/languages';
import { one, type EditorPageProps } from '../../../../../lib/editor/page-props';
import { progressRows } from '../../../../../lib/editor/progress';
import { readReport } from '../../../../../lib/editor/report-response';
import { pageContext } from '../../../../../lib/page';
import { signedInEditor } from '../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('xliff.pageTitle') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Translations of one target language: which documents need work (each
 * linked to its translation screen), XLIFF export as a download and XLIFF
 * import with its report, file by file and block by block.
 */
export default async function TranslationsPage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const query = await searchParams;
  const flash = await readFlash(query.flash);
  const report = await readReport<XliffReport>('xliff', query.report);
  const own = editor.membership?.role === 'TRANSLATOR' ? new Set(editor.membership.locales) : null;
  const targets = tenant.locales.filter((l) => !own || own.has(l.tag));
  const target =
    targets.find((l) => l.tag === one(query.locale)) ??
    targets.find((l) => l.tag === locale.tag && l.tag !== tenant.defaultLocale) ??
    targets.find((l) => l.tag !== tenant.defaultLocale) ??
    targets[0];
  const name = (tag: string) => languageName(locale.tag, tag);
  const { rows } = target ? await progressRows({ locale: target.tag }) : { rows: [] };
  const titles = new Map(rows.map((r) => [r.documentId, r.title]));
  if (report && report.locale !== target?.tag) {
    const ids = [...new Set(report.files.flatMap((f) => f.documents.map((d) => d.id)))].filter((id) => UUID.test(id));
    if (ids.length)
      for (const r of (await progressRows({ locale: report.locale, documentIds: ids })).rows) titles.set(r.documentId, r.title);
  }
  const messages = (await getMessages({ locale: locale.tag })) as { Editor: { xliffProgress: Record<string, string> } };
  const localeSelect = (id: string) => (
    <select id={id} name="locale" defaultValue={target?.tag} {...fieldErrorProps(flash, id)}>
      {targets.map((l) => (
        <option key={l.tag} value={l.tag}>
          {name(l.tag)}
        </option>
      ))}
    </select>
  );
  return (
    <>
      <h1>{t('xliff.pageTitle')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      {report ? <XliffReportView report={report} titles={titles} uiLocale={locale.tag} /> : null}
      <EditorNav locale={locale.tag} editor={editor} />
      <form method="get" action={`/${locale.tag}/editor/translations`} className="editor-filters">
        <div className="field">
          <label htmlFor="list-locale">{t('xliff.language')}</label>
          {localeSelect('list-locale')}
        </div>
        <button className="button" type="submit">
          {t('translate.show')}
        </button>
      </form>
      {rows.length ? (
        <table className="editor-table translation-table">
          <caption>{t('xliff.documentsCaption', { language: name(target!.tag), count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.title')}</th>
              <th scope="col">{t('xliff.state')}</th>
              <th scope="col">{t('progress.missing')}</th>
              <th scope="col">{t('progress.outdated')}</th>
              <th scope="col">{t('xliff.needsReview')}</th>
              <th scope="col">{t('progress.approved')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.documentId}>
                <th scope="row">
                  <a href={`/${locale.tag}/editor/documents/${r.documentId}/translate?to=${encodeURIComponent(r.locale)}`}>{r.title}</a>
                </th>
                <td>
                  <TranslationStateLabel state={r.state} uiLocale={locale.tag} />
                </td>
                <td>{r.missing}</td>
                <td>{r.outdated}</td>
                <td>{r.needsReview}</td>
                <td>
                  {t('progress.blocksCell', {
                    count: r.approved,
                    total: r.total,
                    percent: r.total ? Math.floor((r.approved / r.total) * 100) : 100,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('xliff.noDocuments')}</p>
      )}

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('xliff.exportTitle')}</h2>
        <form method="get" action={`/${locale.tag}/editor/translations/export`} className="editor-form">
          <div className="field">
            <label htmlFor="export-locale">{t('xliff.targetLanguage')}</label>
            {localeSelect('export-locale')}
            <FieldError flash={flash} id="export-locale" />
          </div>
          <div className="field">
            <label htmlFor="export-document">{t('xliff.document')}</label>
            <select id="export-document" name="document" defaultValue="" {...fieldErrorProps(flash, 'export-document')}>
              <option value="">{t('xliff.allPending')}</option>
              {rows.map((r) => (
                <option key={r.documentId} value={r.documentId}>
                  {r.title}
                </option>
              ))}
            </select>
            <FieldError flash={flash} id="export-document" />
          </div>
          <fieldset className="field">
            <legend>{t('xliff.version')}</legend>
            <div className="field checkbox">
              <input type="radio" id="export-v20" name="version" value="2.0" defaultChecked />
              <label htmlFor="export-v20">XLIFF 2.0</label>
            </div>
            <div className="field checkbox">
              <input type="radio" id="export-v12" name="version" value="1.2" />
              <label htmlFor="export-v12">XLIFF 1.2</label>
            </div>
          </fieldset>
          <div className="field checkbox">
            <input type="checkbox" id="export-pending" name="pending" defaultChecked />
            <label htmlFor="export-pending">{t('xliff.pendingOnly')}</label>
          </div>
          <button className="button" type="submit">
            {t('xliff.download')}
          </button>
        </form>
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t('xliff.importTitle')}</h2>
        <form
          id="xliff-import"
          method="post"
          action={`/${locale.tag}/editor/translations/import`}
          encType="multipart/form-data"
          className="editor-form"
        >
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="report" value="" />
          <div className="field">
            <label htmlFor="import-locale">{t('xliff.targetLanguage')}</label>
            {localeSelect('import-locale')}
          </div>
          <fieldset className="field">
            <legend>{t('xliff.stateLegend')}</legend>
            <div className="field checkbox">
              <input type="radio" id="import-draft" name="state" value="DRAFT" defaultChecked />
              <label htmlFor="import-draft">{t('xliff.asDraft')}</label>
            </div>
            <div className="field checkbox">
              <input type="radio" id="import-review" name="state" value="NEEDS_REVIEW" />
              <label htmlFor="import-review">{t('xliff.asReview')}</label>
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="import-files">{t('xliff.files')}</label>
            <input
              type="file"
              id="import-files"
              name="files"
              multiple
              accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml"
              aria-describedby={['import-files-hint', fieldErrorProps(flash, 'import-files')['aria-describedby']].filter(Boolean).join(' ')}
              aria-invalid={fieldErrorProps(flash, 'import-files')['aria-invalid']}
            />
            <p className="hint" id="import-files-hint">
              {t('xliff.filesHint')}
            </p>
            <FieldError flash={flash} id="import-files" />
          </div>
          <button className="button" type="submit">
            {t('xliff.import')}
          </button>
          <NextIntlClientProvider messages={{ Editor: { xliffProgress: messages.Editor.xliffProgress } }}>
            <XliffUploadProgress formId="xliff-import" />
          </NextIntlClientProvider>
        </form>
      </section>
    </>
  );
}
