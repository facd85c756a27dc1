import { EditorSignInMutation, ResetPasswordMutation } from '../../../../../lib/editor/documents';
import { asEditor } from '../../../../../lib/editor/api';
import { signInClient } from '../../../../../lib/editor/client-address';
import { formAction, pageRedirect } from '../../../../../lib/editor/form-action';

/**
 * Sets the new password with the token from the mail, then signs in with it
 * (the reset signed the account out everywhere). No session, so no CSRF
 * token: the origin check and the one-time token guard it.
 */
export const POST = formAction(
  async ({ locale, t, form, field, fail, refused, redirectTo }) => {
    const token = field('token');
    const page = `/${locale}/editor/reset-password?token=${encodeURIComponent(token)}`;
    const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : '';
    if (!password) return fail(page, t('reset.passwordMissing'), 'password');
    const result = await asEditor(ResetPasswordMutation, { input: { token, newPassword: password } });
    if (result.errors.length > 0 || !result.data) {
      return (
        refused(page, result.errors, { field: (apiField) => (apiField === 'newPassword' ? 'password' : undefined) }) ??
        fail(page, t('reset.failed'))
      );
    }
    const signedIn = await asEditor(
      EditorSignInMutation,
      { input: { email: result.data.resetPassword.email, password } },
      undefined,
      await signInClient(),
    );
    if (signedIn.errors.length > 0 || !signedIn.data)
      return redirectTo(`/${locale}/editor/sign-in`, { kind: 'status', text: 'passwordSetSignIn' });
    return redirectTo(`/${locale}/editor`, { kind: 'status', text: 'passwordChanged' }, signedIn.setCookies);
  },
  { csrf: false, maxBytes: 64 * 1024 },
);

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/reset-password`);
