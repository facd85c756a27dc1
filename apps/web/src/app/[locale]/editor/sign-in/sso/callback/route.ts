import { CompleteSsoSignInMutation } from '../../../../../../lib/editor/sso-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import { signInClient } from '../../../../../../lib/editor/client-address';
import { formAction } from '../../../../../../lib/editor/form-action';
import { clearSsoCookie, ssoOfRequest } from '../../../../../../lib/editor/sso-cookie';
import { errorText } from '../../../../../../lib/error-text';

/**
 * Where the identity provider sends the browser back (registered there as
 * `/editor/sign-in/sso/callback`; the locale is added by the usual redirect).
 * The API checks state, binding, nonce, PKCE and the ID token and opens the
 * session; every refusal (cancelled, expired, foreign domain, provider down)
 * lands on the sign-in page with its message in the page's language.
 */
export const GET = formAction(
  async ({ request, locale, t, redirectTo }) => {
    const signInPage = `/${locale}/editor/sign-in`;
    const started = await ssoOfRequest();
    const refuse = (text: string) => redirectTo(signInPage, { kind: 'error', text }, [clearSsoCookie()]);
    if (!started) return refuse(errorText(locale, { message: '', extensions: { reason: 'SSO_STATE_INVALID' } }));
    const query = new URL(request.url).search.slice(0, 8192);
    const result = await asEditor(
      CompleteSsoSignInMutation,
      { input: { query, binding: started.binding } },
      undefined,
      await signInClient(),
    );
    const error = result.errors[0];
    if (error || !result.data) return refuse(error?.extensions?.reason ? errorText(locale, error) : t('signIn.failed'));
    const cookies = [...result.setCookies, clearSsoCookie()];
    if (result.data.completeSsoSignIn.twoFactorEnrolmentRequired) {
      return redirectTo(`/${locale}/editor/account/two-factor`, { kind: 'status', text: 'enrolmentNeeded' }, cookies);
    }
    return redirectTo(started.back, { kind: 'status', text: 'signedIn' }, cookies);
  },
  { source: 'query' },
);
