import { getTranslations } from 'next-intl/server';
import { nativeLanguageName } from '../lib/locales';
import { swapLocale, withoutNotice } from '../lib/paths';
import type { Tenant, TenantLocale } from '../lib/tenant';

/**
 * One link per tenant locale to this page in that language, each named in its
 * own language and marked with `lang` and `hreflang`; the current one carries
 * aria-current. Documents pass their translations' addresses; a language the
 * document is not published in links to that language's home page.
 */
export async function LanguageSwitcher({
  tenant,
  locale,
  currentUrl,
  hrefs,
}: {
  tenant: Tenant;
  locale: TenantLocale;
  currentUrl: string;
  /** Addresses per locale for pages whose slug differs by language (documents). */
  hrefs?: Record<string, string>;
}) {
  if (tenant.locales.length < 2) return null;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Layout' });
  const path = withoutNotice(currentUrl);
  return (
    <nav className="language-switcher" aria-label={t('languageNav')}>
      <ul>
        {tenant.locales.map((l) => (
          <li key={l.tag}>
            <a
              href={hrefs?.[l.tag] ?? swapLocale(path, l.tag)}
              lang={l.tag}
              hrefLang={l.tag}
              dir={l.direction === 'RTL' ? 'rtl' : 'ltr'}
              aria-current={l.tag === locale.tag ? 'true' : undefined}
            >
              {nativeLanguageName(l.tag)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
