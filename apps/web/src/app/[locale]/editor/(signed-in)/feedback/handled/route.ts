import { asEditor } from '../../../../../../lib/editor/api';
import { MarkFeedbackHandledMutation } from '../../../../../../lib/editor/feedback';
import { formAction, pageRedirect } from '../../../../../../lib/editor/form-action';

/** Marks a reader's comment handled (editors and admins; the API checks) and returns to the dashboard's comments. */
export const POST = formAction(
  async ({ locale, field, csrf, redirectTo, refused, t }) => {
    const back = `/${locale}/editor`;
    const r = await asEditor(MarkFeedbackHandledMutation, { id: field('id') }, csrf);
    if (r.errors.length || !r.data) return refused(back, r.errors) ?? redirectTo(back, { kind: 'error', text: t('save.badForm') });
    return redirectTo(back, { kind: 'status', text: 'feedbackHandled' });
  },
  { maxBytes: 16 * 1024 },
);

export const GET = pageRedirect(({ locale }) => `/${locale}/editor`);
