import { EditorCompleteSignInMutation } from '../../../../../../lib/editor/two-factor-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import { signedClientAddress } from '../../../../../../lib/editor/client-address';
import { formAction, pageRedirect } from '../../../../../../lib/editor/form-action';
import { challengeOfRequest, clearChallengeCookie } from '../../../../../../lib/editor/two-factor-cookies';
import { errorText } from '../../../../../../lib/error-text';

/**
 * The second sign-in step: the challenge from the password step (its cookie)
 * with a code from the authenticator app or a recovery code. Like sign-in,
 * there is no session and so no CSRF token yet: the origin check and the
 * SameSite=Strict challenge cookie guard it.
 */
export const POST = formAction(
  async ({ locale, t, field, fail, redirectTo }) => {
    const recovery = field('method') === 'recovery';
    const control = recovery ? 'recoveryCode' : 'code';
    const codePage = `/${locale}/editor/sign-in/code${recovery ? '?method=recovery' : ''}`;
    const signInPage = `/${locale}/editor/sign-in`;
    const challenge = await challengeOfRequest();
    if (!challenge) return fail(signInPage, t('twoFactor.signIn.expired'));
    const code = field(control);
    if (!code) return fail(codePage, recovery ? t('twoFactor.signIn.recoveryMissing') : t('twoFactor.signIn.codeMissing'), control);
    const result = await asEditor(EditorCompleteSignInMutation, { input: { challenge: challenge.token, code } }, undefined, {
      signedClient: await signedClientAddress(),
    });
    const error = result.errors[0];
    // A used or expired challenge cannot take another code: back to the password step, without the stale cookie.
    if (error?.extensions?.reason === 'SECOND_FACTOR_EXPIRED') {
      return redirectTo(signInPage, { kind: 'error', text: errorText(locale, error) }, [clearChallengeCookie()]);
    }
    // A wrong or replayed code, or the sign-in limits: errors.<reason> in the page's language.
    if (error) return fail(codePage, error.extensions?.reason ? errorText(locale, error) : t('signIn.failed'), control);
    if (!result.data) return fail(codePage, t('signIn.failed'), control);
    return redirectTo(challenge.back, { kind: 'status', text: 'signedIn' }, [...result.setCookies, clearChallengeCookie()]);
  },
  { csrf: false, maxBytes: 16 * 1024 },
);

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/sign-in/code`);
