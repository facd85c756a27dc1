import { getTranslations } from 'next-intl/server';
import { EditorSignInMutation } from '../../../../../lib/editor/documents';
import { asEditor } from '../../../../../lib/editor/api';
import { signedClientAddress } from '../../../../../lib/editor/client-address';
import { foreignPost, fromThisSite } from '../../../../../lib/editor/request';
import type { GraphQLErrorShape } from '../../../../../lib/graphql';
import { field, redirectTo, redirectWithFlash } from '../../../../../lib/editor/respond';
import { safeBackPath } from '../../../../../lib/paths';
import type { LocaleRouteContext } from '../../../../../lib/route-context';

/** Signs in through the API and passes its session and CSRF cookies on to the browser. */
export async function POST(request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const back = safeBackPath(field(form, 'back'), `/${locale}/editor`);
  const signInPage = `/${locale}/editor/sign-in?back=${encodeURIComponent(back)}`;
  const email = field(form, 'email');
  const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : '';
  if (!email) return redirectWithFlash(request, signInPage, { kind: 'error', text: t('signIn.emailMissing'), field: 'email' });
  if (!password) return redirectWithFlash(request, signInPage, { kind: 'error', text: t('signIn.passwordMissing'), field: 'password' });
  const result = await asEditor(EditorSignInMutation, { input: { email, password } }, undefined, {
    signedClient: await signedClientAddress(),
  });
  if (result.errors.length > 0 || !result.data) {
    return redirectWithFlash(request, signInPage, { kind: 'error', text: signInErrorText(t, result.errors[0]), field: 'email' });
  }
  return redirectWithFlash(request, back, { kind: 'status', text: 'signedIn' }, result.setCookies);
}

/** The API's stable reason, in the page's language: API messages are English only. */
function signInErrorText(t: Awaited<ReturnType<typeof getTranslations<'Editor'>>>, error: GraphQLErrorShape | undefined): string {
  const minutes = Math.max(1, Math.ceil((error?.extensions?.retryAfterSeconds ?? 60) / 60));
  switch (error?.extensions?.reason) {
    case 'SIGN_IN_LOCKED':
      return t('signIn.locked', { minutes });
    case 'SIGN_IN_CLIENT_LIMITED':
      return t('signIn.clientLimited', { minutes });
    case 'EMAIL_MISSING':
      return t('signIn.emailMissing');
    case 'PASSWORD_MISSING':
      return t('signIn.passwordMissing');
    default:
      return error?.extensions?.code === 'UNAUTHENTICATED' ? t('signIn.wrong') : t('signIn.failed');
  }
}

export async function GET(_request: Request, { params }: LocaleRouteContext) {
  return redirectTo(`/${(await params).locale}/editor/sign-in`);
}
