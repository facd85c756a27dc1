import { AcceptInvitationMutation, EditorSignInMutation } from '../../../../../lib/editor/documents';
import { asEditor } from '../../../../../lib/editor/api';
import { signInClient } from '../../../../../lib/editor/client-address';
import { formAction, pageRedirect } from '../../../../../lib/editor/form-action';

/**
 * Accepts an invitation, then signs the new member in with the password just
 * chosen (or entered). No session exists yet, so there is no CSRF token: the
 * origin check guards the form, and the token from the mail authorises it.
 */
export const POST = formAction(
  async ({ locale, t, form, field, fail, refused, redirectTo }) => {
    const token = field('token');
    const page = `/${locale}/editor/accept-invitation?token=${encodeURIComponent(token)}`;
    const displayName = field('displayName');
    const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : '';
    const hasName = form.has('displayName');
    if (hasName && !displayName) return fail(page, t('invitation.displayNameMissing'), 'displayName');
    if (!password) return redirectTo(page, { kind: 'error', text: t('invitation.passwordMissing'), field: 'password', value: displayName });
    const accepted = await asEditor(AcceptInvitationMutation, { input: { token, password, displayName: hasName ? displayName : null } });
    if (accepted.errors.length > 0 || !accepted.data) {
      return (
        refused(page, accepted.errors, {
          field: (apiField) => (apiField === 'displayName' || apiField === 'password' ? apiField : undefined),
        }) ?? fail(page, t('invitation.failed'))
      );
    }
    const signedIn = await asEditor(
      EditorSignInMutation,
      { input: { email: accepted.data.acceptInvitation.user.email, password } },
      undefined,
      await signInClient(),
    );
    // Joined but not signed in (e.g. a sign-in limit): the sign-in page says what to do next.
    if (signedIn.errors.length > 0 || !signedIn.data)
      return redirectTo(`/${locale}/editor/sign-in`, { kind: 'status', text: 'joinedSignIn' });
    return redirectTo(`/${locale}/editor`, { kind: 'status', text: 'invitationAccepted' }, signedIn.setCookies);
  },
  { csrf: false, maxBytes: 64 * 1024 },
);

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/accept-invitation`);
