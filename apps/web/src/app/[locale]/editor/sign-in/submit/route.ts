import { EditorSignInMutation } from '../../../../../lib/editor/documents';
import { asEditor } from '../../../../../lib/editor/api';
import { signInClient } from '../../../../../lib/editor/client-address';
import { formAction, pageRedirect, type EditorTranslator } from '../../../../../lib/editor/form-action';
import { errorText } from '../../../../../lib/error-text';
import type { GraphQLErrorShape } from '../../../../../lib/graphql';
import { safeBackPath } from '../../../../../lib/paths';
import { challengeCookie } from '../../../../../lib/editor/two-factor-cookies';
import { withDraft } from '../../../../../lib/editor/admin/form-memory';

/**
 * Signs in through the API and passes its session and CSRF cookies on to the
 * browser. No session exists yet, so there is no CSRF token: the origin check
 * alone guards against login CSRF.
 */
export const POST = formAction(
  async ({ locale, t, form, field, redirectTo }) => {
    const back = safeBackPath(field('back'), `/${locale}/editor`);
    const signInPage = `/${locale}/editor/sign-in?back=${encodeURIComponent(back)}`;
    const email = field('email');
    const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : '';
    // Every problem at once, and the typed address kept (WCAG 3.3.1, 3.3.7); the password is never kept.
    const refuse = async (errors: { field: string; text: string }[]) =>
      redirectTo(
        signInPage,
        await withDraft({ kind: 'error', text: errors[0]!.text, field: errors[0]!.field, errors }, form, ['password']),
      );
    const missing = [
      ...(email ? [] : [{ field: 'email', text: t('signIn.emailMissing') }]),
      ...(password ? [] : [{ field: 'password', text: t('signIn.passwordMissing') }]),
    ];
    if (missing.length) return refuse(missing);
    const result = await asEditor(EditorSignInMutation, { input: { email, password } }, undefined, await signInClient());
    if (result.errors.length > 0 || !result.data) return refuse([{ field: 'email', text: signInErrorText(t, locale, result.errors[0]) }]);
    const { secondFactor, twoFactorEnrolmentRequired } = result.data.signIn;
    // The password was right but no session exists yet: the code step keeps the challenge in a cookie, not the URL.
    if (secondFactor) {
      return redirectTo(`/${locale}/editor/sign-in/code`, { kind: 'status', text: 'codeNeeded' }, [
        ...result.setCookies,
        challengeCookie({ token: secondFactor.token, back }),
      ]);
    }
    // The tenant's rule holds this member at enrolment: every other editor page would refuse them.
    if (twoFactorEnrolmentRequired) {
      return redirectTo(`/${locale}/editor/account/two-factor`, { kind: 'status', text: 'enrolmentNeeded' }, result.setCookies);
    }
    return redirectTo(back, { kind: 'status', text: 'signedIn' }, result.setCookies);
  },
  // Sign-in is open to anyone: its form is an e-mail address and a password, far below the default bound.
  { csrf: false, maxBytes: 64 * 1024 },
);

/** The API's refusal in the page's language (errors.<reason>); a wrong password or an unexpected failure in the sign-in words. */
function signInErrorText(t: EditorTranslator, locale: string, error: GraphQLErrorShape | undefined): string {
  switch (error?.extensions?.reason) {
    case 'SIGN_IN_LOCKED':
    case 'SIGN_IN_CLIENT_LIMITED':
    case 'EMAIL_MISSING':
    case 'PASSWORD_MISSING':
      return errorText(locale, error);
    default:
      return error?.extensions?.code === 'UNAUTHENTICATED' ? t('signIn.wrong') : t('signIn.failed');
  }
}

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/sign-in`);
