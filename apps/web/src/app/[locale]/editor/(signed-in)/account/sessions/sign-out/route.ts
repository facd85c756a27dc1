import { SignOutEverywhereMutation, SignOutSessionMutation } from '../../../../../../../lib/editor/account-documents';
import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';

/**
 * "Sign out" of one other session (`action=one`, `session`) or of every
 * session but this one (`action=everywhere`). The API allows only the user's
 * own sessions; another id is refused as not found.
 */
export const POST = formAction(async ({ locale, t, field, csrf, fail, refused, redirectTo }) => {
  const back = `/${locale}/editor/account/sessions`;
  switch (field('action')) {
    case 'one': {
      const r = await asEditor(SignOutSessionMutation, { id: field('session') }, csrf);
      return refused(back, r.errors) ?? redirectTo(back, { kind: 'status', text: 'sessionSignedOut' }, r.setCookies);
    }
    case 'everywhere': {
      const r = await asEditor(SignOutEverywhereMutation, { keepCurrent: true }, csrf);
      return refused(back, r.errors) ?? redirectTo(back, { kind: 'status', text: 'signedOutEverywhere' }, r.setCookies);
    }
    default:
      return fail(back, t('save.badForm'));
  }
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/account/sessions`);
