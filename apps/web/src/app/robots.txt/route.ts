import { getOrigin, getTenant } from '../../lib/site';

/** robots.txt per Host: everything readable except the form handlers, and where the sitemap is. */
export async function GET() {
  const tenant = await getTenant();
  const body = tenant
    ? ['User-agent: *', 'Disallow: /*/settings/', 'Disallow: /api/', '', `Sitemap: ${await getOrigin()}/sitemap.xml`, ''].join('\n')
    : ['User-agent: *', 'Disallow: /', ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
