import { getTranslations } from 'next-intl/server';
import { asEditor } from '../../../../../lib/editor/api';
import { failedFile, shrinkXliffReport, xliffFileReport, type XliffReport } from '../../../../../lib/editor/import-reports';
import { readReport, respondWithReport } from '../../../../../lib/editor/report-response';
import { firstError, foreignPost, fromThisSite } from '../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../lib/editor/respond';
import { EditorImportXliffMutation } from '../../../../../lib/editor/translation-queries';
import type { LocaleRouteContext } from '../../../../../lib/route-context';

/** At most this many files in one request (the progress script sends one at a time). */
const MAX_FILES = 20;

/**
 * Imports uploaded XLIFF files one after another (each file all or nothing,
 * as the API checks it) and shows the report file by file, block by block.
 * A script may send a batch one file per request with the same `report` id
 * and `accept: application/json`: each answer adds its file to that report
 * and says where the whole report is shown.
 */
export async function POST(request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const target = field(form, 'locale');
  const back = `/${locale}/editor/translations?locale=${encodeURIComponent(target)}`;
  const files = form.getAll('files').filter((f): f is File => typeof f !== 'string' && f.size > 0);
  if (!target) return redirectWithFlash(request, back, { kind: 'error', text: t('save.badForm') });
  if (!files.length) return redirectWithFlash(request, back, { kind: 'error', text: t('xliff.noFiles'), field: 'import-files' });
  if (files.length > MAX_FILES) {
    return redirectWithFlash(request, back, { kind: 'error', text: t('xliff.tooManyFiles', { max: MAX_FILES }), field: 'import-files' });
  }
  const state = field(form, 'state') === 'NEEDS_REVIEW' ? 'NEEDS_REVIEW' : 'DRAFT';
  const json = (request.headers.get('accept') ?? '').includes('application/json');
  const reportId = field(form, 'report') || undefined;
  const earlier = json ? await readReport<XliffReport>('xliff', reportId) : null;
  const report: XliffReport = { locale: target, files: earlier?.locale === target ? earlier.files : [] };
  const added: { name: string; accepted: boolean }[] = [];
  for (const file of files) {
    const result = await asEditor(
      EditorImportXliffMutation,
      { input: { locale: target, xml: await file.text(), state } },
      field(form, 'csrf'),
      {
        timeoutMs: 120_000,
      },
    );
    const data = result.data?.importXliff;
    const entry = data ? xliffFileReport(file.name, data) : failedFile(file.name, firstError(result.errors)?.message ?? t('save.badForm'));
    report.files.push(entry);
    added.push({ name: file.name, accepted: entry.accepted });
  }
  const rejected = report.files.filter((f) => !f.accepted).length;
  const flash = rejected
    ? { kind: 'error' as const, text: t('xliff.rejected', { rejected, total: report.files.length }) }
    : { kind: 'status' as const, text: 'xliffImported' };
  return respondWithReport(
    request,
    back,
    flash,
    { kind: 'xliff', data: report, shrink: shrinkXliffReport, id: reportId },
    json ? { files: added } : undefined,
  );
}

export async function GET(_request: Request, { params }: LocaleRouteContext) {
  return redirectTo(`/${(await params).locale}/editor/translations`);
}
