import { EditorSignOutMutation } from '../../../../lib/editor/documents';
import { asEditor } from '../../../../lib/editor/api';
import { firstError, foreignPost, fromThisSite } from '../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../lib/editor/respond';
import type { LocaleRouteContext } from '../../../../lib/route-context';

/** Ends the session in the API; its answer clears the cookies in the browser. */
export async function POST(request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const form = await request.formData();
  const result = await asEditor(EditorSignOutMutation, {}, field(form, 'csrf'));
  const error = firstError(result.errors);
  if (error) return redirectWithFlash(request, `/${locale}/editor`, { kind: 'error', text: error.message });
  return redirectWithFlash(request, `/${locale}/editor/sign-in`, { kind: 'status', text: 'signedOut' }, result.setCookies);
}

export async function GET(_request: Request, { params }: LocaleRouteContext) {
  return redirectTo(`/${(await params).locale}/editor`);
}
