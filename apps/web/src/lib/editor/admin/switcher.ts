/**
 * Where the tenant switcher links to. Sessions are per host (the API's
 * cookies belong to the tenant's domain), so switching is a link to the
 * other tenant's editor on its primary domain: it asks to sign in there
 * unless the browser already has a session on that host. Scheme and port
 * come from the configured public URL (never from request headers).
 */
export interface SwitchTarget {
  name: string;
  href: string;
  current: boolean;
}

export interface MembershipForSwitch {
  tenant: { slug: string; name: string; host?: string | null; defaultLocale: string; locales: string[] };
}

export function switchTargets(
  memberships: readonly MembershipForSwitch[],
  current: { tenantSlug: string; locale: string; originOf: (domain: string) => string },
): SwitchTarget[] {
  return memberships
    .filter((m) => m.tenant.host || m.tenant.slug === current.tenantSlug)
    .map((m) => {
      const locale = m.tenant.locales.includes(current.locale) ? current.locale : m.tenant.defaultLocale;
      const isCurrent = m.tenant.slug === current.tenantSlug;
      const origin = isCurrent || !m.tenant.host ? '' : current.originOf(m.tenant.host);
      return { name: m.tenant.name, href: `${origin}/${locale}/editor`, current: isCurrent };
    });
}
