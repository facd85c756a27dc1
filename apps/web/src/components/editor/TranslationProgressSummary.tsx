import { getTranslations } from 'next-intl/server';
import { languageName } from '../../lib/editor/languages';
import { byLocale, progressRows } from '../../lib/editor/progress';

/** The dashboard's translation progress: per target language, how many blocks are approved, in progress, missing or outdated. */
export async function TranslationProgressSummary({ uiLocale, locales }: { uiLocale: string; locales: readonly string[] }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const { rows, complete } = await progressRows();
  const summary = byLocale(rows, locales);
  if (!summary.length) {
    return (
      <p>
        <strong>{t('progress.caption')}:</strong> {t('progress.empty')}
      </p>
    );
  }
  const percent = (n: number, total: number) => (total ? Math.floor((n / total) * 100) : 100);
  return (
    <>
      <table className="editor-table translation-table">
        <caption>{t('progress.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.language')}</th>
            <th scope="col">{t('progress.documents')}</th>
            <th scope="col">{t('progress.approved')}</th>
            <th scope="col">{t('progress.inProgress')}</th>
            <th scope="col">{t('progress.missing')}</th>
            <th scope="col">{t('progress.outdated')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((p) => (
            <tr key={p.locale}>
              <th scope="row">
                <a href={`/${uiLocale}/editor/translations?locale=${encodeURIComponent(p.locale)}`}>{languageName(uiLocale, p.locale)}</a>
              </th>
              <td>{t('progress.documentsCell', { documents: p.documents, needWork: p.needWork })}</td>
              <td>{t('progress.blocksCell', { count: p.approved, total: p.total, percent: percent(p.approved, p.total) })}</td>
              <td>{p.inProgress}</td>
              <td>{p.missing}</td>
              <td>{p.outdated}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {complete ? null : <p className="hint">{t('progress.partial')}</p>}
    </>
  );
}
