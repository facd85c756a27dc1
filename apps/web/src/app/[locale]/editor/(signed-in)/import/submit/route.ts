import { asEditor } from '../../../../../../lib/editor/api';
import { EditorImportMutation } from '../../../../../../lib/editor/documents';
import { formAction, pageRedirect } from '../../../../../../lib/editor/form-action';
import { shrinkMarkdownReport, type MarkdownReport } from '../../../../../../lib/editor/import-reports';
import { respondWithReport } from '../../../../../../lib/editor/report-response';
import { refusedWithDraft } from '../../../../../../lib/editor/slug-refusal';
import { chosenSlug } from '../../../../../../lib/editor/slug-choice';

/** Imports the pasted article as a draft and opens it, with the whole import report below the page's message. */
export const POST = formAction(async ({ request, locale, t, form, field, csrf, fail, redirectTo }) => {
  const back = `/${locale}/editor/import`;
  const source = typeof form.get('source') === 'string' ? (form.get('source') as string) : '';
  if (!source.trim()) return fail(back, t('import.sourceMissing'), 'import-source');
  const lang = field('lang');
  const format = field('format') === 'HTML' ? 'HTML' : 'MARKDOWN';
  // "Import with the address …" sends the API's free alternative; otherwise the typed address, or none (from the title).
  const slug = chosenSlug(field) || undefined;
  form.set('slug', slug ?? '');
  const result = await asEditor(
    EditorImportMutation,
    { input: { source, format, locale: lang, kind: 'ARTICLE', slug, title: undefined } },
    csrf,
  );
  // Refused (e.g. the address is taken): back to the form with the pasted article and the address kept.
  const refusal = await refusedWithDraft(result.errors, form, locale, { source: 'import-source', slug: 'import-slug' });
  if (refusal) return redirectTo(back, refusal);
  if (!result.data) return fail(back, t('save.badForm'));
  const { document, report } = result.data.importDocument;
  const entries: MarkdownReport['entries'] = report.map((r) => ({
    code: r.code,
    element: r.element,
    // The source's own words (a reference, a line kept as text) travel with the reason: nothing of the article is only in the API.
    reason: r.text ? `${r.reason} “${r.text}”` : r.reason,
    line: r.line ?? null,
    blockId: r.blockId ?? null,
  }));
  return respondWithReport(
    request,
    `/${locale}/editor/documents/${document.id}?lang=${encodeURIComponent(lang)}`,
    { kind: 'status', text: 'imported' },
    { kind: 'markdown', data: { entries, omitted: 0 } satisfies MarkdownReport, shrink: shrinkMarkdownReport },
  );
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/import`);
