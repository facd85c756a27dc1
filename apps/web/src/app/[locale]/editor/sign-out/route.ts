import { EditorSignOutMutation } from '../../../../lib/editor/documents';
import { asEditor } from '../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../lib/editor/form-action';

/** Ends the session in the API; its answer clears the cookies in the browser. */
export const POST = formAction(async ({ locale, csrf, refused, redirectTo }) => {
  const result = await asEditor(EditorSignOutMutation, {}, csrf);
  return (
    refused(`/${locale}/editor`, result.errors) ??
    redirectTo(`/${locale}/editor/sign-in`, { kind: 'status', text: 'signedOut' }, result.setCookies)
  );
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor`);
