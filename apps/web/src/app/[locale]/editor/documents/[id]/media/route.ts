import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { apiUrl } from '../../../../../../lib/graphql';
import type { EditorDocumentRouteContext } from '../../../../../../lib/editor/page-props';
import { foreignPost, fromThisSite } from '../../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../../lib/editor/respond';
import { normaliseHost } from '../../../../../../lib/tenant';

/**
 * Uploads an image to the API's media route (POST /media) as the signed-in
 * editor: their cookies and the form's CSRF token go along, the file and
 * its alt text in the document's language as multipart fields.
 */
export async function POST(request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const lang = field(form, 'lang');
  const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`;
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return redirectWithFlash(request, page, { kind: 'error', text: t('media.fileMissing'), field: 'media-file' });
  }
  const upload = new FormData();
  upload.set('file', file, file.name);
  upload.set('locale', lang);
  upload.set('alt', field(form, 'media-alt'));
  upload.set('decorative', form.has('media-decorative') ? 'true' : 'false');
  const h = await headers();
  let res: Response;
  try {
    res = await fetch(apiUrl().replace(/\/graphql$/, '/media'), {
      method: 'POST',
      headers: {
        'x-forwarded-host': normaliseHost(h.get('host')),
        ...(h.get('cookie') ? { cookie: h.get('cookie')! } : {}),
        'x-csrf-token': field(form, 'csrf'),
      },
      body: upload,
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return redirectWithFlash(request, page, { kind: 'error', text: t('media.failed'), field: 'media-file' });
  }
  if (res.ok) return redirectWithFlash(request, page, { kind: 'status', text: 'uploaded' });
  const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { field?: string } }[] } | null;
  const error = body?.errors?.[0];
  const target = error?.extensions?.field === 'alt' ? 'media-alt' : 'media-file';
  return redirectWithFlash(request, page, { kind: 'error', text: error?.message ?? t('media.failed'), field: target });
}

export async function GET(_request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  return redirectTo(`/${locale}/editor/documents/${id}`);
}
