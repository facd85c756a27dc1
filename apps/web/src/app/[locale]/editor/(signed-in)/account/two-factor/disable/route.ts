import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { DisableTwoFactorMutation } from '../../../../../../../lib/editor/two-factor-documents';

/** Turns two-factor sign-in off with a current code or the password (either is enough). */
export const POST = formAction(async ({ locale, t, csrf, field, form, fail, refused, redirectTo }) => {
  const page = `/${locale}/editor/account/two-factor`;
  const code = field('disableCode');
  const password = typeof form.get('disablePassword') === 'string' ? (form.get('disablePassword') as string) : '';
  if (!code && !password) return fail(page, t('twoFactor.disable.proofMissing'), 'disableCode');
  const result = await asEditor(
    DisableTwoFactorMutation,
    { input: code ? { code, password: undefined } : { code: undefined, password } },
    csrf,
  );
  const refusal = refused(page, result.errors, { field: () => (code ? 'disableCode' : 'disablePassword') });
  return refusal ?? redirectTo(page, { kind: 'status', text: 'twoFactorOff' });
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/account/two-factor`);
