import { getTranslations } from 'next-intl/server';
import { EditorSignInMutation } from '../../../../../lib/editor/documents';
import { asEditor } from '../../../../../lib/editor/api';
import { firstError, foreignPost, fromThisSite } from '../../../../../lib/editor/request';
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
  const result = await asEditor(EditorSignInMutation, { input: { email, password } });
  const error = firstError(result.errors);
  if (error || !result.data) {
    const text = error?.code === 'UNAUTHENTICATED' ? t('signIn.wrong') : (error?.message ?? t('signIn.wrong'));
    return redirectWithFlash(request, signInPage, { kind: 'error', text, field: 'email' });
  }
  return redirectWithFlash(request, back, { kind: 'status', text: 'signedIn' }, result.setCookies);
}

export async function GET(_request: Request, { params }: LocaleRouteContext) {
  return redirectTo(`/${(await params).locale}/editor/sign-in`);
}
