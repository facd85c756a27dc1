import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ReaderSettings } from '../lib/site';
import type { Tenant, TenantLocale } from '../lib/tenant';
import { uiLanguageFor } from '../i18n/catalogs';
import { directionOf } from '../lib/locales';
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

function LinkList({ links, className }: { links: { href: string; label: string }[]; className?: string }) {
  return (
    <ul className={className}>
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href}>{l.label}</a>
        </li>
      ))}
    </ul>
  );
}

/** Decorative icons beside the disclosures' visible words (a magnifier, three bars). */
function HeaderIcon({ kind }: { kind: 'search' | 'menu' }) {
  const d =
    kind === 'search'
      ? 'M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.41 1.4-5.4-5.38A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z'
      : 'M3 5h18v2H3V5zm0 6h18v2H3v-2zm0 6h18v2H3v-2z';
  return (
    <svg className="header-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
      <path d={d} fill="currentColor" />
    </svg>
  );
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
  // Header, footer and skip link speak the UI's language as a whole; where that is not the page's
  // (a locale without its own catalog) they say so, and the content keeps the page's language.
  const ui = uiLanguageFor(locale);
  // The organisation's name is in its own (default) language: in a header in another language it says so.
  const nameLocale = tenant.locales.find((l) => l.tag === tenant.defaultLocale);
  const nameLanguage =
    nameLocale && nameLocale.tag !== ui.tag
      ? { lang: nameLocale.tag, ...(directionOf(nameLocale) !== ui.dir ? { dir: directionOf(nameLocale) } : {}) }
      : {};
  // The site's own pages, each named once for the header and the footer.
  const mainLinks = {
    home: { href: home, label: t('home') },
    topics: { href: `${home}/topics`, label: t('topics') },
    registries: { href: `${home}/registries`, label: t('registries') },
    glossary: { href: `${home}/glossary`, label: t('glossary') },
    settings: { href: `${home}/settings`, label: t('settings') },
    accessibility: { href: `${home}/accessibility`, label: t('accessibility') },
  };
  return (
    <>
      <a className="skip-link" href="#main" {...ui.attrs}>
        {t('skipLink')}
      </a>
      {/*
        Phone first: on narrow screens the bar is the site name and two disclosures, "Search" and "Menu"
        (details/summary: no JavaScript needed), so the page title is on the first screen. From 48em
        the summaries are hidden and both disclosures show their content in place (site.css).
      */}
      <header className="site-header" {...ui.attrs}>
        <div className="container header-bar">
          <a className="site-name" href={home} {...nameLanguage}>
            {tenant.name}
          </a>
          {onSearchPage ? null : (
            <details className="header-disclosure header-search">
              <summary>
                <HeaderIcon kind="search" />
                {/* An icon button: the magnifier is widely understood; its name is in words for screen readers. */}
                <span className="visually-hidden">{t('searchOpen')}</span>
              </summary>
              <div className="header-panel">
                <SearchForm locale={locale.tag} variant="header" />
              </div>
            </details>
          )}
          <details className="header-disclosure header-menu">
            <summary>
              <HeaderIcon kind="menu" />
              <span>{t('menu')}</span>
            </summary>
            <div className="header-panel header-menu-panel">
              {/* Languages first: a reader who cannot read this one finds theirs before anything else. */}
              <LanguageSwitcher tenant={tenant} locale={locale} currentUrl={currentUrl} hrefs={languageHrefs} />
              <nav className="main-nav" aria-label={t('mainNav')}>
                <LinkList links={[mainLinks.home, mainLinks.topics, mainLinks.registries, mainLinks.glossary, mainLinks.settings]} />
              </nav>
              <RegionForm tenant={tenant} locale={locale} currentUrl={currentUrl} region={settings.region} />
            </div>
          </details>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container main">
        <SavedNotice tenant={tenant} locale={locale} currentUrl={currentUrl} region={settings.region} />
        {children}
      </main>
      <footer className="site-footer" {...ui.attrs}>
        <div className="container">
          <nav aria-label={t('footerNav')}>
            <LinkList
              className="footer-links"
              links={[mainLinks.accessibility, mainLinks.topics, mainLinks.glossary, mainLinks.settings]}
            />
          </nav>
          <p>{t('disclaimer')}</p>
          <p className="muted">{t('copyright', { year: String(new Date().getUTCFullYear()), site: tenant.name })}</p>
        </div>
      </footer>
    </>
  );
}
