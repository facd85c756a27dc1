import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import type { TenantLocale } from './tenant.entity';
import { localeRows } from './tenant.queries';
import type { TenantView } from './tenant.service';

/**
 * The locales tried for a reader of `locale`: the locale itself, then its
 * fallbacks in the order the tenant configured them (the configured list is
 * the whole chain; fallbacks of fallbacks are not followed).
 */
export function fallbackChain(tenant: Pick<TenantView, 'locales'>, locale: string): string[] {
  const hit = tenant.locales.find((l) => l.tag === locale);
  return [...new Set([locale, ...(hit?.fallbacks ?? [])])];
}

export function directionIn(tenant: Pick<TenantView, 'locales'>, locale: string): 'ltr' | 'rtl' {
  return tenant.locales.find((l) => l.tag === locale)?.direction ?? 'ltr';
}

/** A locale of the tenant in its canonical spelling, or BAD_USER_INPUT naming `field`. */
export async function tenantLocale(tx: TenantTx, tag: string, field = 'locale'): Promise<TenantLocale> {
  const locales = await localeRows(tx.em, tx.tenantId);
  const hit = locales.find((l) => l.tag.toLowerCase() === tag.trim().toLowerCase());
  if (!hit)
    throw badInput(field, `"${tag}" is not a locale of this organisation (${locales.map((l) => l.tag).join(', ')}).`, {
      reason: 'LOCALE_NOT_OF_TENANT',
      locale: tag,
    });
  return hit;
}
