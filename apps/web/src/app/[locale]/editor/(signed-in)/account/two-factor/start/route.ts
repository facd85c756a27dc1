import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { setupCookie } from '../../../../../../../lib/editor/two-factor-cookies';
import { StartTwoFactorMutation } from '../../../../../../../lib/editor/two-factor-documents';

/** Starts a set-up: the API keeps the new secret as pending; the page shows it from a short-lived cookie. */
export const POST = formAction(async ({ locale, t, csrf, refused, redirectTo }) => {
  const page = `/${locale}/editor/account/two-factor`;
  const result = await asEditor(StartTwoFactorMutation, {}, csrf);
  const refusal = refused(page, result.errors);
  if (refusal) return refusal;
  const uri = result.data?.startTwoFactorEnrolment.uri;
  if (!uri) return redirectTo(page, { kind: 'error', text: t('twoFactor.setup.failed') });
  return redirectTo(page, { kind: 'status', text: 'setupStarted' }, [setupCookie(uri)]);
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/account/two-factor`);
