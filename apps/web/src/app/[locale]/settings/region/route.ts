import type { LocaleRouteContext } from '../../../../lib/route-context';
import { headers } from 'next/headers';
import { redirectAfterPost } from '../../../../lib/form-response';
import { secureCookies } from '../../../../lib/public-url';
import { safeBackPath } from '../../../../lib/paths';
import { PREFERENCE_MAX_AGE, REGION_COOKIE } from '../../../../lib/preferences';
import { fetchTenant, normaliseHost } from '../../../../lib/tenant';

const LOCALE_SHAPE = /^[A-Za-z0-9-]{1,35}$/;

/** The region form: stores one of the tenant's regions in a cookie and returns to the page it came from. */
export async function POST(request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  const tenant = await fetchTenant(normaliseHost((await headers()).get('host')));
  if (!tenant) return new Response('No Careleaf site is configured for this address.', { status: 404 });
  const form = await request.formData();
  const code = String(form.get('region') ?? '')
    .trim()
    .toUpperCase();
  if (!tenant.regions.some((r) => r.code === code)) {
    return new Response(`"${code}" is not one of this site's regions. Go back and choose one from the list.`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const back = safeBackPath(form.get('back'), LOCALE_SHAPE.test(locale) ? `/${locale}` : '/');
  return redirectAfterPost(back, 'region', { name: REGION_COOKIE, value: code, maxAge: PREFERENCE_MAX_AGE, secure: secureCookies() });
}

export async function GET(_request: Request, { params }: LocaleRouteContext) {
  const { locale } = await params;
  return new Response(null, { status: 303, headers: { location: LOCALE_SHAPE.test(locale) ? `/${locale}` : '/' } });
}
