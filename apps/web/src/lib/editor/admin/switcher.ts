/**
 * Where the tenant switcher links to. Sessions are per host (the API's
 * cookies belong to the tenant's domain), so switching is a link to the
 * other tenant's editor on its primary domain: it asks to sign in there
 * unless the browser already has a session on that host. Scheme and port
 * follow the current request, so development hosts (*.localhost:3000) work.
 */
export interface SwitchTarget {
  name: string;
  href: string;
  current: boolean;
}

export interface MembershipForSwitch {
  tenant: { slug: string; name: string; host?: string | null; defaultLocale: string; locales: string[] };
}

/** "gesundheit.localhost:3000" → ":3000"; no port → "". */
function portOf(host: string): string {
  const m = /:(\d+)$/.exec(host);
  return m ? `:${m[1]}` : '';
}

export function switchTargets(
  memberships: readonly MembershipForSwitch[],
  current: { tenantSlug: string; host: string; https: boolean; locale: string },
): SwitchTarget[] {
  return memberships
    .filter((m) => m.tenant.host || m.tenant.slug === current.tenantSlug)
    .map((m) => {
      const locale = m.tenant.locales.includes(current.locale) ? current.locale : m.tenant.defaultLocale;
      const isCurrent = m.tenant.slug === current.tenantSlug;
      const origin = isCurrent ? '' : `${current.https ? 'https' : 'http'}://${m.tenant.host}${portOf(current.host)}`;
      return { name: m.tenant.name, href: `${origin}/${locale}/editor`, current: isCurrent };
    });
}
