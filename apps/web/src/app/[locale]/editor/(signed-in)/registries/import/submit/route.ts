import { getTranslations } from 'next-intl/server';
import { fieldErrors, refusal } from '../../../../../../../lib/editor/admin/respond';
import { dropImport, importOwner, keepImport, pendingImport } from '../../../../../../../lib/editor/admin/pending-imports';
import { RegistryImportMutation } from '../../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';

const MAX_BYTES = 2 * 1024 * 1024;

function cookiesOf(request: Request): { name: string; value: string }[] {
  return (request.headers.get('cookie') ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const i = c.indexOf('=');
      return { name: i < 0 ? c : c.slice(0, i), value: i < 0 ? '' : c.slice(i + 1) };
    });
}

/**
 * "check": a dry run through the API; the file and its report wait on the
 * server and the page shows them. "apply": the same file for real.
 */
export const POST = formAction(
  async ({ request, locale, t, form, field, csrf, redirectTo }) => {
    const ta = await getTranslations({ locale, namespace: 'Editor.admin' });
    const base = `/${locale}/editor/registries/import`;
    const owner = importOwner(cookiesOf(request));
    const host = request.headers.get('host') ?? '';
    const badForm = t('save.badForm');

    if (field('action') === 'apply') {
      const upload = field('upload');
      const pending = await pendingImport(upload, owner, host);
      if (!pending) return redirectTo(base, { kind: 'error', text: ta('import.expired'), section: 'import' });
      const r = await asEditor(
        RegistryImportMutation,
        { input: { csv: pending.csv, dryRun: false, skipInvalid: form.get('skipInvalid') === 'on', mapping: [] } },
        csrf,
      );
      if (r.errors.length || !r.data)
        return redirectTo(
          `${base}?upload=${upload}`,
          refusal(r.errors, () => undefined, 'import', badForm, locale),
        );
      const result = r.data.importRegistryEntries;
      if (!result.written)
        return redirectTo(`${base}?upload=${upload}`, { kind: 'error', text: ta('import.notWritten'), section: 'import' });
      await dropImport(upload);
      return redirectTo(`/${locale}/editor/registries`, { kind: 'status', text: 'importApplied', section: 'list' });
    }

    const file = form.get('file');
    let csv = '';
    let fileName = '';
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_BYTES) return redirectTo(base, fieldErrors([{ field: 'import-file', text: ta('import.tooLarge') }], 'import'));
      csv = await file.text();
      fileName = file.name;
    } else {
      csv = typeof form.get('csv') === 'string' ? (form.get('csv') as string) : '';
      fileName = 'CSV';
    }
    if (!csv.trim()) return redirectTo(base, fieldErrors([{ field: 'import-file', text: ta('import.csvMissing') }], 'import'));
    if (csv.length > MAX_BYTES) return redirectTo(base, fieldErrors([{ field: 'import-csv', text: ta('import.tooLarge') }], 'import'));
    // Counted as if the bad rows were left out, so the report says what the valid rows would do.
    const r = await asEditor(RegistryImportMutation, { input: { csv, dryRun: true, skipInvalid: true, mapping: [] } }, csrf);
    if (r.errors.length || !r.data)
      return redirectTo(
        base,
        refusal(r.errors, () => 'import-csv', 'import', badForm, locale),
      );
    const report = r.data.importRegistryEntries;
    const id = await keepImport({
      owner,
      host,
      csv,
      fileName,
      report: {
        rows: report.rows,
        valid: report.valid,
        created: report.created,
        updated: report.updated,
        skipped: report.skipped,
        issues: report.issues.map((i) => ({ line: i.line, column: i.column ?? null, field: i.field, code: i.code, message: i.message })),
      },
    });
    if (!id) return redirectTo(base, fieldErrors([{ field: 'import-file', text: ta('import.tooLarge') }], 'import'));
    return redirectTo(`${base}?upload=${id}`, { kind: 'status', text: 'importChecked', section: 'import' });
  },
  // The CSV may come as a file of up to MAX_BYTES: above it, but bounded, so the page can say it is too large.
  { maxBytes: 4 * MAX_BYTES },
);

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/registries/import`);
