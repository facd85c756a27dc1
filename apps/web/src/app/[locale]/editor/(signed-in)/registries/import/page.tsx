import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { AdminFieldError, AdminMessage, adminFieldProps } from '../../../../../../components/editor/admin/AdminMessage';
import { NotAllowed } from '../../../../../../components/editor/admin/NotAllowed';
import { readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { canEditRegistries } from '../../../../../../lib/editor/admin/access';
import { importOwner, pendingImport } from '../../../../../../lib/editor/admin/pending-imports';
import { one, type EditorPageProps } from '../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../lib/page';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('import.title') };
}

/**
 * CSV import in two steps: check (a dry run whose report is shown row by
 * row, nothing written), then import the checked file without choosing it
 * again. The checked file waits on the server (see pending-imports).
 */
export default async function RegistryImportPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const base = `/${locale.tag}/editor/registries/import`;
  if (!canEditRegistries(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="registryChanges" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const query = await searchParams;
  const flash = await readFlash(query.flash);
  const uploadId = one(query.upload);
  const pending = await pendingImport(uploadId, importOwner((await cookies()).getAll()), (await headers()).get('host') ?? '');
  const report = pending?.report;
  return (
    <>
      <h1>{t('import.title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <p>{t('import.intro')}</p>
      <AdminMessage flash={flash} locale={locale.tag} section="import" />
      {uploadId && !pending ? <p>{t('import.expired')}</p> : null}
      {pending && report ? (
        <section aria-labelledby="report-heading" className="admin-section">
          <h2 id="report-heading">{t('import.reportTitle', { file: pending.fileName })}</h2>
          <p>{t('import.summary', { rows: report.rows, valid: report.valid, created: report.created, updated: report.updated })}</p>
          {report.issues.length ? (
            <table className="editor-table">
              <caption>{t('import.issuesCaption', { count: report.issues.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('import.column')}</th>
                  <th scope="col">{t('import.code')}</th>
                  <th scope="col">{t('import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue, i) => (
                  <tr key={i}>
                    <th scope="row">{issue.line}</th>
                    <td>{issue.column ?? issue.field}</td>
                    <td>
                      <code>{issue.code}</code>
                    </td>
                    <td>{issue.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('import.noIssues')}</p>
          )}
          <form method="post" action={`${base}/submit`} className="editor-form">
            <input type="hidden" name="csrf" value={editor.csrfToken} />
            <input type="hidden" name="action" value="apply" />
            <input type="hidden" name="upload" value={uploadId} />
            {report.issues.length ? (
              <div className="field checkbox">
                <input type="checkbox" id="import-skip-invalid" name="skipInvalid" aria-describedby="import-skip-hint" />
                <label htmlFor="import-skip-invalid">{t('import.skipInvalid')}</label>
              </div>
            ) : null}
            {report.issues.length ? (
              <p className="hint" id="import-skip-hint">
                {t('import.skipHint')}
              </p>
            ) : null}
            <div>
              <button className="button" type="submit">
                {t('import.apply')}
              </button>
            </div>
          </form>
        </section>
      ) : null}
      <form method="post" action={`${base}/submit`} encType="multipart/form-data" className="editor-form">
        <input type="hidden" name="csrf" value={editor.csrfToken} />
        <input type="hidden" name="action" value="check" />
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            {...adminFieldProps(flash, 'import-file', 'import-file-hint')}
          />
          <p className="hint" id="import-file-hint">
            {t('import.fileHint')}
          </p>
          <AdminFieldError flash={flash} id="import-file" />
        </div>
        <div className="field">
          <label htmlFor="import-csv">{t('import.paste')}</label>
          <textarea id="import-csv" name="csv" rows={8} spellCheck={false} {...adminFieldProps(flash, 'import-csv')} />
          <AdminFieldError flash={flash} id="import-csv" />
        </div>
        <div>
          <button className="button" type="submit">
            {t('import.check')}
          </button>
        </div>
      </form>
    </>
  );
}
