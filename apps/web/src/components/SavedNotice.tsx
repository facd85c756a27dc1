import { getTranslations } from 'next-intl/server';
import { uiLanguageFor } from '../i18n/catalogs';
import { regionName } from '../lib/locales';
import type { Tenant, TenantLocale } from '../lib/tenant';

/** Confirms a saved form after its redirect (?saved=reading|region); nothing otherwise. */
export async function SavedNotice({
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
  const saved = new URLSearchParams(currentUrl.split('?')[1] ?? '').get('saved');
  if (saved !== 'reading' && saved !== 'region') return null;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Layout' });
  const ui = uiLanguageFor(locale);
  const current = tenant.regions.find((r) => r.code === region);
  const message =
    saved === 'reading' ? t('savedReading') : t('savedRegion', { region: current ? regionName(current.code, current.name, ui.tag) : '' });
  return (
    <p className="notice" role="status" {...ui.attrs}>
      {message}
    </p>
  );
}
