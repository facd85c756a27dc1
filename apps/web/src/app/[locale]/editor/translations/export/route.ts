import { getTranslations } from 'next-intl/server';
import { asEditor } from '../../../../../lib/editor/api';
import { firstError } from '../../../../../lib/editor/request';
import { redirectWithFlash } from '../../../../../lib/editor/respond';
import { EditorXliffExportQuery } from '../../../../../lib/editor/translation-queries';
import type { LocaleRouteContext } from '../../../../../lib/route-context';

const DOCUMENT_ID = /^[0-9A-Za-z-]{1,64}$/;

/**
 * The export form (a GET: it changes nothing) answers with the XLIFF file as
 * a download; a refusal or an empty export goes back to the form with the
 * reason as its error message.
 */
export async function GET(request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const query = new URL(request.url).searchParams;
  const target = query.get('locale') ?? '';
  const document = query.get('document') ?? '';
  const back = `/${locale}/editor/translations?locale=${encodeURIComponent(target)}`;
  if (!target || (document && !DOCUMENT_ID.test(document)))
    return redirectWithFlash(request, back, { kind: 'error', text: t('save.badForm') });
  const result = await asEditor(
    EditorXliffExportQuery,
    {
      input: {
        locale: target,
        documentIds: document ? [document] : undefined,
        pendingOnly: query.get('pending') === 'on',
        version: query.get('version') === '1.2' ? 'V1_2' : 'V2_0',
        sourceLocale: undefined,
      },
    },
    undefined,
    { timeoutMs: 60_000 },
  );
  const error = firstError(result.errors);
  const file = result.data?.xliffExport;
  if (error || !file) {
    const field = error?.field === 'locale' ? 'export-locale' : error?.field === 'documentIds' ? 'export-document' : undefined;
    return redirectWithFlash(request, back, { kind: 'error', text: error?.message ?? t('save.badForm'), ...(field ? { field } : {}) });
  }
  if (file.units === 0)
    return redirectWithFlash(request, back, { kind: 'error', text: t('xliff.nothingToExport'), field: 'export-document' });
  return new Response(file.xml, {
    status: 200,
    headers: {
      'content-type': 'application/xliff+xml; charset=utf-8',
      'content-disposition': `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'no-store',
    },
  });
}
