import { getTranslations } from 'next-intl/server';
import { uiLanguageFor } from '../i18n/catalogs';
import { regionName } from '../lib/locales';
import { withoutNotice } from '../lib/paths';
import type { Tenant, TenantLocale } from '../lib/tenant';

/** A plain form: posting it sets the region cookie and comes back here, with or without JavaScript. */
export async function RegionForm({
  tenant,
  locale,
  currentUrl,
  region,
}: {
  tenant: Tenant;
  locale: TenantLocale;
  currentUrl: string;
  region: string | null;
}) {
  if (!tenant.regions.length) return null;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Region' });
  return (
    <form className="region-form" method="post" action={`/${locale.tag}/settings/region`}>
      <input type="hidden" name="back" value={withoutNotice(currentUrl)} />
      <label htmlFor="region-select">{t('label')}</label>
      <div className="inline-controls">
        <select id="region-select" name="region" defaultValue={region ?? undefined}>
          {tenant.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {regionName(r.code, r.name, uiLanguageFor(locale).tag)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
