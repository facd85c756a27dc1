import { asEditor } from '../../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../../lib/editor/form-action';
import { EditorUpdateQualityMutation } from '../../../../../../../../lib/editor/operations';
import type { DocumentParams } from '../../../../../../../../lib/editor/page-props';
import { controlFor, readQuality, sentRows } from '../../../../../../../../lib/editor/quality-form';

/** Saves the quality details (updateDocumentMetadata); an API refusal is shown on the field it names. */
export const POST = formAction<DocumentParams>(async ({ params: { locale, id }, t, field, csrf, fail, refused, redirectTo }) => {
  const lang = field('lang');
  const page = `/${locale}/editor/documents/${id}/quality${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;
  const rows = { authors: Number(field('author-rows')), reviewers: Number(field('reviewer-rows')) };
  if (!Number.isInteger(rows.authors) || !Number.isInteger(rows.reviewers) || rows.authors > 100 || rows.reviewers > 100) {
    return fail(page, t('save.badForm'));
  }
  const quality = readQuality(field, rows);
  const result = await asEditor(EditorUpdateQualityMutation, { input: { documentId: id, quality, topics: null } }, csrf);
  return (
    refused(page, result.errors, { field: (f) => controlFor(f, sentRows(field, rows)) }) ??
    redirectTo(page, { kind: 'status', text: 'qualitySaved' })
  );
});

export const GET = pageRedirect<DocumentParams>(({ locale, id }) => `/${locale}/editor/documents/${id}/quality`);
