import type { LocaleRouteContext } from '../../../../lib/route-context';
import { safeBackPath } from '../../../../lib/paths';
import { redirectAfterPost } from '../../../../lib/form-response';
import { secureCookies } from '../../../../lib/public-url';
import { PREFERENCE_MAX_AGE, READING_COOKIE, readingFrom, serializeReading } from '../../../../lib/preferences';

const LOCALE_SHAPE = /^[A-Za-z0-9-]{1,35}$/;

/** The display settings form: stores the choices in a cookie and returns to the settings page. */
export async function POST(request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  const form = await request.formData();
  const fallback = LOCALE_SHAPE.test(locale) ? `/${locale}/settings` : '/';
  const back = safeBackPath(form.get('back'), fallback);
  const reset = form.get('reset') !== null;
  return redirectAfterPost(back, 'reading', {
    name: READING_COOKIE,
    value: reset ? null : serializeReading(readingFrom((name) => form.get(name))),
    maxAge: PREFERENCE_MAX_AGE,
    secure: secureCookies(),
  });
}

/** Someone opening the form's address directly lands on the settings page. */
export async function GET(_request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  return new Response(null, { status: 303, headers: { location: LOCALE_SHAPE.test(locale) ? `/${locale}/settings` : '/' } });
}
