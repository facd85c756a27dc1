import { asEditor } from '../../../../../../../lib/editor/api';
import { EditorRestoreMutation } from '../../../../../../../lib/editor/documents';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import type { DocumentParams } from '../../../../../../../lib/editor/page-props';

/** Brings an older revision back as the newest one and returns to the document. */
export const POST = formAction<DocumentParams>(async ({ params: { locale, id }, t, field, csrf, refused, redirectTo }) => {
  const lang = encodeURIComponent(field('lang'));
  const input = { revisionId: field('revisionId'), baseVersion: Number(field('baseVersion')), message: undefined };
  const result = await asEditor(EditorRestoreMutation, { input }, csrf);
  return (
    refused(`/${locale}/editor/documents/${id}/history?lang=${lang}`, result.errors, {
      text: (e) => (e.code === 'CONFLICT' ? t('save.conflict') : undefined),
    }) ?? redirectTo(`/${locale}/editor/documents/${id}?lang=${lang}`, { kind: 'status', text: 'restored' })
  );
});

export const GET = pageRedirect<DocumentParams>(({ locale, id }) => `/${locale}/editor/documents/${id}/history`);
