import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import { canonicalLocale } from './locale';
import { localeRows } from './tenant.queries';

export interface TenantLocales {
  /** The tenant's locales, default first. */
  tags: string[];
  /** The locale (canonical, must be the tenant's) and its fallbacks, in order. */
  chain(locale: string, field: string): string[];
  /** The canonical tag, or BAD_USER_INPUT naming `field` when the tenant does not publish in it. */
  check(locale: string, field: string): string;
}

export async function tenantLocales(tx: TenantTx): Promise<TenantLocales> {
  const rows = await localeRows(tx.em, tx.tenantId);
  const tags = rows.map((r) => r.tag);
  const check = (locale: string, field: string): string => {
    const tag = canonicalLocale(locale, field);
    if (!tags.includes(tag))
      throw badInput(field, `"${tag}" is not one of this organisation's locales (${tags.join(', ')}).`, {
        reason: 'LOCALE_NOT_OF_TENANT',
        locale: tag,
      });
    return tag;
  };
  return {
    tags,
    check,
    chain(locale, field) {
      const tag = check(locale, field);
      return [tag, ...(rows.find((r) => r.tag === tag)?.fallbacks ?? [])];
    },
  };
}
