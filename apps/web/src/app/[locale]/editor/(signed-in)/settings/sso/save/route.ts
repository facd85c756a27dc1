import { withDraft } from '../../../../../../../lib/editor/admin/form-memory';
import { refusal } from '../../../../../../../lib/editor/admin/respond';
import { parseSsoForm, ssoFieldId } from '../../../../../../../lib/editor/admin/sso-form';
import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { AdminConfigureSsoMutation } from '../../../../../../../lib/editor/sso-documents';

/**
 * Saves the single sign-on settings. The API decides (admins only) and checks
 * every field; its problem comes back on the control it concerns, with what
 * was typed kept (never the client secret).
 */
export const POST = formAction(async ({ locale, t, form, csrf, redirectTo }) => {
  const back = `/${locale}/editor/settings/sso`;
  const { input, rows } = parseSsoForm(form);
  const result = await asEditor(AdminConfigureSsoMutation, { input }, csrf);
  if (result.errors.length || !result.data) {
    form.delete('sso-client-secret');
    return redirectTo(
      back,
      await withDraft(
        refusal(result.errors, (f) => ssoFieldId(f, rows), 'sso', t('save.badForm'), locale),
        form,
      ),
    );
  }
  return redirectTo(back, { kind: 'status', text: 'ssoSaved', section: 'sso' });
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/settings/sso`);
