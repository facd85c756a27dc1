import { decodeXmlBytes } from '@careleaf/schema';
import { errorText } from '../../../../../../lib/error-text';
import { asEditor } from '../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../lib/editor/form-action';
import { failedFile, shrinkXliffReport, xliffFileReport, type XliffReport } from '../../../../../../lib/editor/import-reports';
import { readReport, respondWithReport } from '../../../../../../lib/editor/report-response';
import { EditorImportXliffMutation } from '../../../../../../lib/editor/translation-queries';

/** At most this many files in one request (the progress script sends one at a time). */
const MAX_FILES = 20;
/** Each file goes to the API in one GraphQL call of at most 1 MB: room for the most files one request may carry. */
const XLIFF_FORM_MAX_BYTES = (MAX_FILES + 1) * 1024 * 1024;

/**
 * Imports uploaded XLIFF files one after another (each file all or nothing,
 * as the API checks it) and shows the report file by file, block by block.
 * A script may send a batch one file per request with the same `report` id
 * and `accept: application/json`: each answer adds its file to that report
 * and says where the whole report is shown.
 */
export const POST = formAction(
  async ({ request, locale, t, form, field, csrf, fail }) => {
    const target = field('locale');
    const back = `/${locale}/editor/translations?locale=${encodeURIComponent(target)}`;
    const files = form.getAll('files').filter((f): f is File => typeof f !== 'string' && f.size > 0);
    if (!target) return fail(back, t('save.badForm'));
    if (!files.length) return fail(back, t('xliff.noFiles'), 'import-files');
    if (files.length > MAX_FILES) return fail(back, t('xliff.tooManyFiles', { max: MAX_FILES }), 'import-files');
    const state = field('state') === 'NEEDS_REVIEW' ? 'NEEDS_REVIEW' : 'DRAFT';
    const json = (request.headers.get('accept') ?? '').includes('application/json');
    const reportId = field('report') || undefined;
    const earlier = json ? await readReport<XliffReport>('xliff', reportId) : null;
    const report: XliffReport = { locale: target, files: earlier?.locale === target ? earlier.files : [] };
    const added: { name: string; accepted: boolean }[] = [];
    for (const file of files) {
      const result = await asEditor(
        EditorImportXliffMutation,
        { input: { locale: target, xml: decodeXmlBytes(new Uint8Array(await file.arrayBuffer())), state } },
        csrf,
        {
          timeoutMs: 120_000,
        },
      );
      const data = result.data?.importXliff;
      const entry = data
        ? xliffFileReport(file.name, data)
        : failedFile(file.name, result.errors[0] ? errorText(locale, result.errors[0]) : t('save.badForm'));
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
  },
  { maxBytes: XLIFF_FORM_MAX_BYTES },
);

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/translations`);
