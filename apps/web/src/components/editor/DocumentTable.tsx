import { getTranslations } from 'next-intl/server';
import type { EditorDocumentsQuery } from '@careleaf/schema/web/graphql';
import { StatusLabel } from './StatusLabel';

type Row = EditorDocumentsQuery['documents']['edges'][number]['node'];

/** Documents as a table with a caption; each title links to the document in the editor. */
export async function DocumentTable({
  rows,
  caption,
  uiLocale,
  contentLocale,
}: {
  rows: Row[];
  caption: string;
  uiLocale: string;
  contentLocale: string;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  if (rows.length === 0) {
    return (
      <p>
        <strong>{caption}:</strong> {t('list.empty')}
      </p>
    );
  }
  return (
    <table className="editor-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.title')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">{t('list.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.documentId}>
            <td>
              <a href={`/${uiLocale}/editor/documents/${row.documentId}?lang=${encodeURIComponent(contentLocale)}`}>{row.title}</a>
            </td>
            <td>
              <StatusLabel status={row.status} uiLocale={uiLocale} />
            </td>
            <td>
              {new Date(row.updatedAt as string).toLocaleString(uiLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
