import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { clearRecoveryCookie } from '../../../../../../../lib/editor/two-factor-cookies';

/** "I have saved them": the recovery codes leave the browser's cookie, and the page no longer shows them. */
export const POST = formAction(async ({ locale, redirectTo }) =>
  redirectTo(`/${locale}/editor/account/two-factor`, { kind: 'status', text: 'recoveryCodesHidden' }, [clearRecoveryCookie()]),
);

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/account/two-factor`);
