import type { LocaleSpec, RegionSpec } from '../../modules/tenancy';

/** "de-AT:de,en" → de-AT falling back to de, then en. */
export function parseLocaleOption(value: string): LocaleSpec {
  const [tag = '', chain] = value.split(':', 2);
  return {
    tag,
    fallbacks: chain
      ? chain
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  };
}

/** "AT", "AT:de-AT" or "AT:de-AT:Österreich" → code, default locale, display name. */
export function parseRegionOption(value: string): RegionSpec {
  const [code = '', defaultLocale, name] = value.split(':', 3);
  return { code, ...(defaultLocale ? { defaultLocale } : {}), ...(name ? { name } : {}) };
}

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
