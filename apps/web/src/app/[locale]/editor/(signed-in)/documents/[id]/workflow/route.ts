import { asEditor } from '../../../../../../../lib/editor/api';
import {
  EditorApproveMutation,
  EditorPublishMutation,
  EditorSendBackMutation,
  EditorSubmitMutation,
} from '../../../../../../../lib/editor/documents';
import { EditorCancelScheduleMutation, EditorUnpublishMutation } from '../../../../../../../lib/editor/operations';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import type { DocumentParams } from '../../../../../../../lib/editor/page-props';
import { redirectTo as plainRedirect } from '../../../../../../../lib/editor/respond';
import { utcFromLocalField } from '../../../../../../../lib/editor/time';

/**
 * Submit, approve, send back (with a comment), publish now or at a time,
 * unpublish, cancel a scheduled change; the API's refusal is shown as it says it.
 * Unpublishing takes readers' page away, so it needs the confirmation page's
 * `confirmed` field: without it (one click, or a forged form) the editor is
 * sent to that page and nothing changes.
 */
export const POST = formAction<DocumentParams>(async ({ params: { locale, id }, t, field, csrf, fail, refused, redirectTo }) => {
  const lang = field('lang');
  const comment = field('comment');
  const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`;
  const input = { documentId: id, locale: lang, comment: comment || undefined };
  // The revision the page showed: the API refuses to approve, send back or publish a newer one unseen.
  const seen = { ...input, revisionId: field('revisionId') };
  const action = field('action');
  if (action === 'unpublish' && field('confirmed') !== 'yes') {
    return plainRedirect(`/${locale}/editor/documents/${id}/unpublish?lang=${encodeURIComponent(lang)}`);
  }
  if (action === 'sendBack' && !comment) return fail(page, t('workflow.commentMissing'), 'workflow-comment');
  let at: Date | null = null;
  if (action === 'schedule') {
    at = utcFromLocalField(field('at'));
    if (!at) return fail(page, t('workflow.atMissing'), 'publish-at');
    if (at.getTime() <= Date.now()) return fail(page, t('workflow.atPast'), 'publish-at');
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
  if (!run) return fail(page, t('save.badForm'));
  const result = await run();
  return (
    refused(page, result.errors, { field: (f) => (f === 'at' ? 'publish-at' : undefined) }) ??
    redirectTo(page, { kind: 'status', text: result.notice })
  );
});

export const GET = pageRedirect<DocumentParams>(({ locale, id }) => `/${locale}/editor/documents/${id}`);
