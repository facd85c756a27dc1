import { RequestPasswordResetMutation } from '../../../../../lib/editor/documents';
import { asEditor } from '../../../../../lib/editor/api';
import { signedClientAddress } from '../../../../../lib/editor/client-address';
import { formAction, pageRedirect } from '../../../../../lib/editor/form-action';

/**
 * Asks the API to mail a reset link in the page's language. The answer is the
 * same whether or not the address has an account, so the page says the same.
 */
export const POST = formAction(
  async ({ locale, t, field, fail, refused, redirectTo }) => {
    const page = `/${locale}/editor/reset-password`;
    const email = field('email');
    if (!email) return fail(page, t('reset.emailMissing'), 'email');
    const result = await asEditor(RequestPasswordResetMutation, { input: { email, locale } }, undefined, {
      signedClient: await signedClientAddress(),
    });
    if (result.errors.length > 0 || !result.data) {
      return (
        refused(page, result.errors, { field: (apiField) => (apiField === 'email' ? 'email' : undefined) }) ?? fail(page, t('reset.failed'))
      );
    }
    return redirectTo(page, { kind: 'status', text: 'resetRequested' });
  },
  { csrf: false, maxBytes: 16 * 1024 },
);

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/reset-password`);
