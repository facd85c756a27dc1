import { StartSsoSignInMutation } from '../../../../../lib/editor/sso-documents';
import { asEditor } from '../../../../../lib/editor/api';
import { formAction } from '../../../../../lib/editor/form-action';
import { ssoCookie } from '../../../../../lib/editor/sso-cookie';
import { errorText } from '../../../../../lib/error-text';
import { safeBackPath } from '../../../../../lib/paths';

/**
 * "Sign in with <provider>": the API starts the sign-in (state, nonce and
 * PKCE verifier stay with it) and answers the provider's address; the
 * browser goes there holding the binding in an HttpOnly cookie.
 *
 * A plain link (GET), not a form: the editor's Content-Security-Policy has
 * `form-action 'self'`, which also stops a form whose answer redirects to
 * another site (the provider). Starting is harmless to repeat or to be made
 * to do: it only lets the browser's owner sign in as themselves.
 */
export const GET = formAction(
  async ({ locale, t, field, fail }) => {
    const back = safeBackPath(field('back'), `/${locale}/editor`);
    const signInPage = `/${locale}/editor/sign-in?back=${encodeURIComponent(back)}`;
    const result = await asEditor(StartSsoSignInMutation, {});
    const started = result.data?.startSsoSignIn;
    const error = result.errors[0];
    if (!started) return fail(signInPage, error?.extensions?.reason ? errorText(locale, error) : t('signIn.failed'));
    const headers = new Headers({ location: started.authorizationUrl, 'cache-control': 'no-store' });
    headers.append('set-cookie', ssoCookie({ binding: started.binding, back }));
    return new Response(null, { status: 303, headers });
  },
  { source: 'query' },
);
