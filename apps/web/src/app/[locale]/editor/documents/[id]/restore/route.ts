import { getTranslations } from 'next-intl/server';
import { asEditor } from '../../../../../../lib/editor/api';
import { EditorRestoreMutation } from '../../../../../../lib/editor/documents';
import type { EditorDocumentRouteContext } from '../../../../../../lib/editor/page-props';
import { firstError, foreignPost, fromThisSite } from '../../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../../lib/editor/respond';

/** Brings an older revision back as the newest one and returns to the document. */
export async function POST(request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const lang = field(form, 'lang');
  const input = { revisionId: field(form, 'revisionId'), baseVersion: Number(field(form, 'baseVersion')), message: undefined };
  const result = await asEditor(EditorRestoreMutation, { input }, field(form, 'csrf'));
  const error = firstError(result.errors);
  if (error) {
    const text = error.code === 'CONFLICT' ? t('save.conflict') : error.message;
    return redirectWithFlash(request, `/${locale}/editor/documents/${id}/history?lang=${encodeURIComponent(lang)}`, {
      kind: 'error',
      text,
    });
  }
  return redirectWithFlash(request, `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`, {
    kind: 'status',
    text: 'restored',
  });
}

export async function GET(_request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  return redirectTo(`/${locale}/editor/documents/${id}/history`);
}
