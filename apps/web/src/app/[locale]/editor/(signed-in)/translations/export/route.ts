import { asEditor } from '../../../../../../lib/editor/api';
import { formAction } from '../../../../../../lib/editor/form-action';
import { EditorXliffExportQuery } from '../../../../../../lib/editor/translation-queries';

const DOCUMENT_ID = /^[0-9A-Za-z-]{1,64}$/;

/**
 * The export form (a GET: it changes nothing) answers with the XLIFF file as
 * a download; a refusal or an empty export goes back to the form with the
 * reason as its error message.
 */
export const GET = formAction(
  async ({ locale, t, field, fail, refused }) => {
    const target = field('locale');
    const document = field('document');
    const back = `/${locale}/editor/translations?locale=${encodeURIComponent(target)}`;
    if (!target || (document && !DOCUMENT_ID.test(document))) return fail(back, t('save.badForm'));
    const result = await asEditor(
      EditorXliffExportQuery,
      {
        input: {
          locale: target,
          documentIds: document ? [document] : undefined,
          pendingOnly: field('pending') === 'on',
          version: field('version') === '1.2' ? 'V1_2' : 'V2_0',
          sourceLocale: undefined,
        },
      },
      undefined,
      { timeoutMs: 60_000 },
    );
    const refusal = refused(back, result.errors, {
      field: (f) => (f === 'locale' ? 'export-locale' : f === 'documentIds' ? 'export-document' : undefined),
    });
    if (refusal) return refusal;
    const file = result.data?.xliffExport;
    if (!file) return fail(back, t('save.badForm'));
    if (file.units === 0) return fail(back, t('xliff.nothingToExport'), 'export-document');
    return new Response(file.xml, {
      status: 200,
      headers: {
        'content-type': 'application/xliff+xml; charset=utf-8',
        'content-disposition': `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'cache-control': 'no-store',
      },
    });
  },
  { source: 'query' },
);
