import type { TenantView } from '../tenancy';

/**
 * Locales to try, in order, for a reader of `locale`: the locale, its
 * fallback chain, then the tenant's default and its chain. An entry with
 * none of them still shows, in whatever locale it has.
 */
export function localeChain(tenant: Pick<TenantView, 'locales' | 'defaultLocale'>, locale: string): string[] {
  const out: string[] = [];
  const add = (tag: string) => {
    if (out.includes(tag)) return;
    out.push(tag);
    for (const f of tenant.locales.find((l) => l.tag === tag)?.fallbacks ?? []) if (!out.includes(f)) out.push(f);
  };
  add(locale);
  add(tenant.defaultLocale);
  return out;
}
