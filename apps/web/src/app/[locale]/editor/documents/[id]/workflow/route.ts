import { getTranslations } from 'next-intl/server';
import { asEditor } from '../../../../../../lib/editor/api';
import {
  EditorApproveMutation,
  EditorPublishMutation,
  EditorSendBackMutation,
  EditorSubmitMutation,
} from '../../../../../../lib/editor/documents';
import { EditorCancelScheduleMutation, EditorUnpublishMutation } from '../../../../../../lib/editor/operations';
import type { EditorDocumentRouteContext } from '../../../../../../lib/editor/page-props';
import { firstError, foreignPost, fromThisSite } from '../../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../../lib/editor/respond';
import { utcFromLocalField } from '../../../../../../lib/editor/time';

/**
 * Submit, approve, send back (with a comment), publish now or at a time,
 * unpublish, cancel a scheduled change; the API's refusal is shown as it says it.
 */
export async function POST(request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const lang = field(form, 'lang');
  const csrf = field(form, 'csrf');
  const comment = field(form, 'comment');
  const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`;
  const input = { documentId: id, locale: lang, comment: comment || undefined };
  // The revision the page showed: the API refuses to approve, send back or publish a newer one unseen.
  const seen = { ...input, revisionId: field(form, 'revisionId') };
  const action = field(form, 'action');
  if (action === 'sendBack' && !comment) {
    return redirectWithFlash(request, page, { kind: 'error', text: t('workflow.commentMissing'), field: 'workflow-comment' });
  }
  let at: Date | null = null;
  if (action === 'schedule') {
    at = utcFromLocalField(field(form, 'at'));
    if (!at) return redirectWithFlash(request, page, { kind: 'error', text: t('workflow.atMissing'), field: 'publish-at' });
    if (at.getTime() <= Date.now())
      return redirectWithFlash(request, page, { kind: 'error', text: t('workflow.atPast'), field: 'publish-at' });
  }
  const cancel = (which: 'PUBLISH' | 'UNPUBLISH') =>
    asEditor(EditorCancelScheduleMutation, { input: { documentId: id, locale: lang, action: which } }, csrf);
  const run = {
    submit: async () => ({ ...(await asEditor(EditorSubmitMutation, { input }, csrf)), notice: 'submitted' }),
    approve: async () => ({ ...(await asEditor(EditorApproveMutation, { input: seen }, csrf)), notice: 'approved' }),
    sendBack: async () => ({ ...(await asEditor(EditorSendBackMutation, { input: seen }, csrf)), notice: 'sentBack' }),
    publish: async () => ({
      ...(await asEditor(EditorPublishMutation, { input: { ...seen, at: undefined } }, csrf)),
      notice: 'published',
    }),
    schedule: async () => ({ ...(await asEditor(EditorPublishMutation, { input: { ...seen, at } }, csrf)), notice: 'scheduled' }),
    unpublish: async () => ({
      ...(await asEditor(EditorUnpublishMutation, { input: { ...input, at: undefined } }, csrf)),
      notice: 'unpublished',
    }),
    cancelPublish: async () => ({ ...(await cancel('PUBLISH')), notice: 'scheduleCancelled' }),
    cancelUnpublish: async () => ({ ...(await cancel('UNPUBLISH')), notice: 'scheduleCancelled' }),
  }[action as 'submit'];
  if (!run) return redirectWithFlash(request, page, { kind: 'error', text: t('save.badForm') });
  const result = await run();
  const error = firstError(result.errors);
  if (error) {
    return redirectWithFlash(request, page, {
      kind: 'error',
      text: error.message,
      ...(error.field === 'at' ? { field: 'publish-at' } : {}),
    });
  }
  return redirectWithFlash(request, page, { kind: 'status', text: result.notice });
}

export async function GET(_request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  return redirectTo(`/${locale}/editor/documents/${id}`);
}
