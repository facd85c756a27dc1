import { headers } from 'next/headers';
import { errorText } from '../../../../../../../lib/error-text';
import { apiUrl } from '../../../../../../../lib/graphql';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import type { DocumentParams } from '../../../../../../../lib/editor/page-props';
import { normaliseHost } from '../../../../../../../lib/tenant';
import { traceHeaders } from '../../../../../../../lib/tracing';

/** Above the API's default upload limit (MEDIA_MAX_BYTES, 10 MB), so the API's own message explains a refusal up to there. */
const MEDIA_FORM_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Uploads an image to the API's media route (POST /media) as the signed-in
 * editor: their cookies and the form's CSRF token go along, the file and
 * its alt text in the document's language as multipart fields.
 */
export const POST = formAction<DocumentParams>(
  async ({ params: { locale, id }, t, form, field, csrf, fail, redirectTo }) => {
    const lang = field('lang');
    const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`;
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return fail(page, t('media.fileMissing'), 'media-file');
    const upload = new FormData();
    upload.set('file', file, file.name);
    upload.set('locale', lang);
    upload.set('alt', field('media-alt'));
    upload.set('decorative', form.has('media-decorative') ? 'true' : 'false');
    const h = await headers();
    let res: Response;
    try {
      res = await fetch(apiUrl().replace(/\/graphql$/, '/media'), {
        method: 'POST',
        headers: {
          'x-forwarded-host': normaliseHost(h.get('host')),
          ...(h.get('cookie') ? { cookie: h.get('cookie')! } : {}),
          'x-csrf-token': csrf,
          ...traceHeaders(),
        },
        body: upload,
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      return fail(page, t('media.failed'), 'media-file');
    }
    if (res.ok) return redirectTo(page, { kind: 'status', text: 'uploaded' });
    const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { field?: string } }[] } | null;
    const error = body?.errors?.[0];
    return fail(
      page,
      error ? errorText(locale, error) : t('media.failed'),
      error?.extensions?.field === 'alt' ? 'media-alt' : 'media-file',
    );
  },
  { maxBytes: MEDIA_FORM_MAX_BYTES },
);

export const GET = pageRedirect<DocumentParams>(({ locale, id }) => `/${locale}/editor/documents/${id}`);
