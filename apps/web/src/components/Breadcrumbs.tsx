import { getTranslations } from 'next-intl/server';
import type { UiLanguage } from '../i18n/catalogs';

export interface Crumb {
  label: string;
  href: string;
  /** A label in another language than the page (a document title from a fallback locale). */
  lang?: string;
}

/**
 * Where the page sits: Home › Topic › this page (the WAI-ARIA breadcrumb
 * pattern: a named navigation with an ordered list, the current page marked
 * with aria-current and not a link to itself). Separators come from CSS, so
 * screen readers do not read them.
 */
export async function Breadcrumbs({ trail, current, ui }: { trail: Crumb[]; current: Omit<Crumb, 'href'>; ui: UiLanguage }) {
  const t = await getTranslations({ locale: ui.tag, namespace: 'Layout' });
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')} {...ui.attrs}>
      <ol>
        {trail.map((c) => (
          <li key={c.href}>
            <a href={c.href} lang={c.lang}>
              {c.label}
            </a>
          </li>
        ))}
        <li>
          <span aria-current="page" lang={current.lang}>
            {current.label}
          </span>
        </li>
      </ol>
    </nav>
  );
}
