import { getTranslations } from 'next-intl/server';
import type { XliffDocumentReport, XliffFileReport, XliffProblem, XliffReport } from '../../lib/editor/import-reports';

/** A unit's name: title and summary by name, blocks by their id. */
async function UnitName({ unitId, uiLocale }: { unitId: string; uiLocale: string }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  if (unitId === 'meta.title') return <>{t('xliff.unitTitle')}</>;
  if (unitId === 'meta.summary') return <>{t('xliff.unitSummary')}</>;
  return <>{t('xliff.unitBlock', { id: unitId })}</>;
}

async function ProblemText({ problem, uiLocale }: { problem: XliffProblem; uiLocale: string }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  return (
    <>
      <strong>{t('xliff.problem', { code: problem.code })}</strong> {problem.message}
      {problem.segmentId ? ` (${t('xliff.segment', { segment: problem.segmentId })})` : ''}
    </>
  );
}

/** One document of a file: every unit and every problem, as rows of a table. */
async function DocumentRows({
  doc,
  problems,
  title,
  translateBase,
  uiLocale,
}: {
  doc: XliffDocumentReport;
  problems: XliffProblem[];
  title: string;
  translateBase: string | null;
  uiLocale: string;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const link = (unitId: string) =>
    translateBase ? `${translateBase}#${unitId === 'meta.title' || unitId === 'meta.summary' ? 'target-title' : `block-${unitId}`}` : null;
  return (
    <table className="editor-table translation-table">
      <caption>{t('xliff.documentCaption', { title, imported: doc.imported, skipped: doc.skipped, problems: problems.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('xliff.unit')}</th>
          <th scope="col">{t('xliff.result')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={`p${i}`}>
            <th scope="row">{p.unitId ? <UnitName unitId={p.unitId} uiLocale={uiLocale} /> : t('xliff.wholeDocument')}</th>
            <td>
              <ProblemText problem={p} uiLocale={uiLocale} />
            </td>
          </tr>
        ))}
        {doc.units.map((u) => {
          const href = u.imported ? link(u.id) : null;
          return (
            <tr key={u.id}>
              <th scope="row">
                {href ? (
                  <a href={href}>
                    <UnitName unitId={u.id} uiLocale={uiLocale} />
                  </a>
                ) : (
                  <UnitName unitId={u.id} uiLocale={uiLocale} />
                )}
              </th>
              <td>{u.imported ? t('xliff.imported') : u.unchanged ? t('xliff.unchanged') : t('xliff.skipped')}</td>
            </tr>
          );
        })}
        {doc.unitsOmitted ? (
          <tr>
            <td colSpan={2}>{t('xliff.unitsOmitted', { count: doc.unitsOmitted })}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

async function FileReport({
  file,
  index,
  titles,
  locale,
  uiLocale,
}: {
  file: XliffFileReport;
  index: number;
  titles: Map<string, string>;
  locale: string;
  uiLocale: string;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const imported = file.documents.reduce((n, d) => n + d.imported, 0);
  const general = file.problems.filter((p) => !p.documentId);
  return (
    <li className={`xliff-file ${file.accepted ? 'xliff-accepted' : 'xliff-rejected'}`}>
      <h3>
        {t('xliff.fileHeading', { n: index + 1, name: file.name })} {file.accepted ? t('xliff.fileAccepted') : t('xliff.fileRejected')}
      </h3>
      {file.error ? <p>{file.error}</p> : null}
      <p>
        {file.accepted
          ? t('xliff.acceptedSummary', { units: imported, documents: file.documents.filter((d) => d.revisionId).length })
          : t('xliff.rejectedSummary', { problems: file.problems.length + file.problemsOmitted })}
        {file.version ? ` ${t('xliff.fileVersion', { version: file.version })}` : ''}
      </p>
      {general.length ? (
        <ul>
          {general.map((p, i) => (
            <li key={i}>
              <ProblemText problem={p} uiLocale={uiLocale} />
            </li>
          ))}
        </ul>
      ) : null}
      {file.documents.map((d) => (
        <DocumentRows
          key={d.id}
          doc={d}
          problems={file.problems.filter((p) => p.documentId === d.id)}
          title={titles.get(d.id) ?? d.id}
          translateBase={titles.has(d.id) ? `/${uiLocale}/editor/documents/${d.id}/translate?to=${encodeURIComponent(locale)}` : null}
          uiLocale={uiLocale}
        />
      ))}
      {file.problemsOmitted ? <p>{t('xliff.problemsOmitted', { count: file.problemsOmitted })}</p> : null}
    </li>
  );
}

/** The report of an XLIFF import: file by file, then document by document, block by block. */
export async function XliffReportView({
  report,
  titles,
  uiLocale,
}: {
  report: XliffReport;
  titles: Map<string, string>;
  uiLocale: string;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const accepted = report.files.filter((f) => f.accepted).length;
  return (
    <section aria-labelledby="xliff-report-heading" className="import-report">
      <h2 id="xliff-report-heading">{t('xliff.reportTitle')}</h2>
      <p>{t('xliff.reportSummary', { accepted, total: report.files.length })}</p>
      <ol className="xliff-files">
        {report.files.map((f, i) => (
          <FileReport key={i} file={f} index={i} titles={titles} locale={report.locale} uiLocale={uiLocale} />
        ))}
      </ol>
    </section>
  );
}
