import { getTranslations } from 'next-intl/server';
import type { MarkdownReport } from '../../lib/editor/import-reports';

/**
 * The whole report of a Markdown or HTML import, under the page's status
 * message: what was left out or changed, with its line in the source and a
 * link to the block it concerns.
 */
export async function ImportReportView({
  report,
  uiLocale,
  blockIds,
}: {
  report: MarkdownReport;
  uiLocale: string;
  blockIds: Set<string>;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  return (
    <section aria-labelledby="import-report-heading" className="import-report">
      <h2 id="import-report-heading">{t('import.report')}</h2>
      {report.entries.length ? (
        <>
          <p>{t('import.reportCount', { count: report.entries.length + report.omitted })}</p>
          <ul>
            {report.entries.map((r, i) => (
              <li key={i}>
                {r.line ? t('import.line', { line: r.line }) : null}
                {r.reason} <span className="hint">({r.code})</span>
                {r.blockId && blockIds.has(r.blockId) ? (
                  <>
                    {' '}
                    <a href={`#block-${r.blockId}`}>{t('import.toBlock', { id: r.blockId })}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {report.omitted ? <p>{t('import.omitted', { count: report.omitted })}</p> : null}
        </>
      ) : (
        <p>{t('import.reportEmpty')}</p>
      )}
    </section>
  );
}
