import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ReaderSettings } from '../lib/site';
import type { Tenant, TenantLocale } from '../lib/tenant';
import { LanguageSwitcher } from './LanguageSwitcher';
import { RegionForm } from './RegionForm';
import { SavedNotice } from './SavedNotice';
import { SearchForm } from './SearchForm';

interface Props {
  tenant: Tenant;
  locale: TenantLocale;
  /** Path and query of this page, for the language links and the forms' way back. */
  currentUrl: string;
  settings: ReaderSettings;
  /** Per-locale addresses of this page when they differ from the swapped prefix (documents). */
  languageHrefs?: Record<string, string>;
  children: ReactNode;
}

/**
 * Everything around a page's content: skip link (first focusable element),
 * banner with site name, language switcher, main navigation and region form,
 * the main landmark the skip link targets, and the footer.
 */
export async function SiteShell({ tenant, locale, currentUrl, settings, languageHrefs, children }: Props) {
  const t = await getTranslations({ locale: locale.tag, namespace: 'Layout' });
  const home = `/${locale.tag}`;
  // The search page has its own form; one search landmark per page.
  const onSearchPage = currentUrl.split('?')[0]!.replace(/\/+$/, '') === `${home}/search`;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container header-top">
          <a className="site-name" href={home}>
            {tenant.name}
          </a>
          <LanguageSwitcher tenant={tenant} locale={locale} currentUrl={currentUrl} hrefs={languageHrefs} />
        </div>
        <div className="container header-bottom">
          <nav className="main-nav" aria-label={t('mainNav')}>
            <ul>
              <li>
                <a href={home}>{t('home')}</a>
              </li>
              <li>
                <a href={`${home}/topics`}>{t('topics')}</a>
              </li>
              <li>
                <a href={`${home}/registries`}>{t('registries')}</a>
              </li>
              <li>
                <a href={`${home}/glossary`}>{t('glossary')}</a>
              </li>
              <li>
                <a href={`${home}/settings`}>{t('settings')}</a>
              </li>
            </ul>
          </nav>
          <RegionForm tenant={tenant} locale={locale} currentUrl={currentUrl} region={settings.region} />
          {onSearchPage ? null : <SearchForm locale={locale.tag} variant="header" />}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container main">
        <SavedNotice tenant={tenant} locale={locale} currentUrl={currentUrl} region={settings.region} />
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <nav aria-label={t('footerNav')}>
            <ul className="footer-links">
              <li>
                <a href={`${home}/accessibility`}>{t('accessibility')}</a>
              </li>
              <li>
                <a href={`${home}/topics`}>{t('topics')}</a>
              </li>
              <li>
                <a href={`${home}/glossary`}>{t('glossary')}</a>
              </li>
              <li>
                <a href={`${home}/settings`}>{t('settings')}</a>
              </li>
            </ul>
          </nav>
          <p>{t('disclaimer')}</p>
          <p className="muted">{t('copyright', { year: String(new Date().getUTCFullYear()), site: tenant.name })}</p>
        </div>
      </footer>
    </>
  );
}
