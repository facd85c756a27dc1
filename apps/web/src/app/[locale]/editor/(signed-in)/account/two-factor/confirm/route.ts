import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { clearSetupCookie, recoveryCookie } from '../../../../../../../lib/editor/two-factor-cookies';
import { ConfirmTwoFactorMutation } from '../../../../../../../lib/editor/two-factor-documents';

/** Turns two-factor sign-in on with a first code; the recovery codes go to the page (once) in a short-lived cookie. */
export const POST = formAction(async ({ locale, t, csrf, field, fail, refused, redirectTo }) => {
  const page = `/${locale}/editor/account/two-factor`;
  const code = field('confirmCode');
  if (!code) return fail(page, t('twoFactor.signIn.codeMissing'), 'confirmCode');
  const result = await asEditor(ConfirmTwoFactorMutation, { input: { code } }, csrf);
  if (result.errors[0]?.extensions?.reason === 'TWO_FACTOR_NOT_STARTED') {
    // The pending secret is gone (15 minutes passed): the page offers a fresh start instead of the stale QR code.
    return redirectTo(page, { kind: 'error', text: t('twoFactor.setup.expired') }, [clearSetupCookie()]);
  }
  const refusal = refused(page, result.errors, { field: () => 'confirmCode' });
  if (refusal) return refusal;
  const codes = result.data?.confirmTwoFactorEnrolment.recoveryCodes ?? [];
  return redirectTo(page, { kind: 'status', text: 'twoFactorOn' }, [clearSetupCookie(), recoveryCookie(codes)]);
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/account/two-factor`);
