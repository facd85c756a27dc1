import { getTranslations } from 'next-intl/server';
import { asEditor } from '../../../../../../../lib/editor/api';
import { EditorUpdateQualityMutation } from '../../../../../../../lib/editor/operations';
import type { EditorDocumentRouteContext } from '../../../../../../../lib/editor/page-props';
import { controlFor, readQuality, sentRows } from '../../../../../../../lib/editor/quality-form';
import { firstError, foreignPost, fromThisSite } from '../../../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../../../lib/editor/respond';

/** Saves the quality details (updateDocumentMetadata); an API refusal is shown on the field it names. */
export async function POST(request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const lang = field(form, 'lang');
  const page = `/${locale}/editor/documents/${id}/quality${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;
  const rows = { authors: Number(field(form, 'author-rows')), reviewers: Number(field(form, 'reviewer-rows')) };
  if (!Number.isInteger(rows.authors) || !Number.isInteger(rows.reviewers) || rows.authors > 100 || rows.reviewers > 100) {
    return redirectWithFlash(request, page, { kind: 'error', text: t('save.badForm') });
  }
  const get = (name: string) => field(form, name);
  const quality = readQuality(get, rows);
  const result = await asEditor(EditorUpdateQualityMutation, { input: { documentId: id, quality, topics: null } }, field(form, 'csrf'));
  const error = firstError(result.errors);
  if (error) {
    const control = controlFor(error.field, sentRows(get, rows));
    return redirectWithFlash(request, page, { kind: 'error', text: error.message, ...(control ? { field: control } : {}) });
  }
  return redirectWithFlash(request, page, { kind: 'status', text: 'qualitySaved' });
}

export async function GET(_request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  return redirectTo(`/${locale}/editor/documents/${id}/quality`);
}
