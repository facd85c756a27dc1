import { getTranslations } from 'next-intl/server';
import { regionName } from '../../lib/locales';
import type { Tenant } from '../../lib/tenant';

/** Which region a registry list is for, with a link to the region form in the header. */
export async function RegionLine({ tenant, locale, region }: { tenant: Tenant; locale: string; region: string | null }) {
  const current = tenant.regions.find((r) => r.code === region);
  if (!current) return null;
  const t = await getTranslations({ locale, namespace: 'Registries' });
  return (
    <p className="region-line">
      {t('regionLine', { region: regionName(current.code, current.name, locale) })} <a href="#region-select">{t('changeRegion')}</a>
    </p>
  );
}
