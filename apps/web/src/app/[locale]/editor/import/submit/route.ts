import { getTranslations } from 'next-intl/server';
import { asEditor } from '../../../../../lib/editor/api';
import { EditorImportMutation } from '../../../../../lib/editor/documents';
import { shrinkMarkdownReport, type MarkdownReport } from '../../../../../lib/editor/import-reports';
import { respondWithReport } from '../../../../../lib/editor/report-response';
import { firstError, foreignPost, fromThisSite } from '../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../lib/editor/respond';
import type { LocaleRouteContext } from '../../../../../lib/route-context';

/** Imports the pasted article as a draft and opens it, with the whole import report below the page's message. */
export async function POST(request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const back = `/${locale}/editor/import`;
  const source = typeof form.get('source') === 'string' ? (form.get('source') as string) : '';
  if (!source.trim()) return redirectWithFlash(request, back, { kind: 'error', text: t('import.sourceMissing'), field: 'import-source' });
  const lang = field(form, 'lang');
  const format = field(form, 'format') === 'HTML' ? 'HTML' : 'MARKDOWN';
  const result = await asEditor(
    EditorImportMutation,
    { input: { source, format, locale: lang, kind: 'ARTICLE', slug: undefined, title: undefined } },
    field(form, 'csrf'),
  );
  const error = firstError(result.errors);
  if (error || !result.data) {
    const text = error?.message ?? t('save.badForm');
    return redirectWithFlash(request, back, { kind: 'error', text, ...(error?.field === 'source' ? { field: 'import-source' } : {}) });
  }
  const { document, report } = result.data.importDocument;
  const entries: MarkdownReport['entries'] = report.map((r) => ({
    code: r.code,
    element: r.element,
    reason: r.reason,
    line: r.line ?? null,
    blockId: r.blockId ?? null,
  }));
  return respondWithReport(
    request,
    `/${locale}/editor/documents/${document.id}?lang=${encodeURIComponent(lang)}`,
    { kind: 'status', text: 'imported' },
    { kind: 'markdown', data: { entries, omitted: 0 } satisfies MarkdownReport, shrink: shrinkMarkdownReport },
  );
}

export async function GET(_request: Request, { params }: LocaleRouteContext) {
  return redirectTo(`/${(await params).locale}/editor/import`);
}
