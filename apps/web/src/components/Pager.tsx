import { getTranslations } from 'next-intl/server';

/**
 * "Previous page" / "Next page" links with the page number, as a named
 * navigation. Plain links: paging works without JavaScript.
 */
export async function Pager({
  locale,
  page,
  pages,
  previousHref,
  nextHref,
}: {
  locale: string;
  page: number;
  /** The number of pages, when known. */
  pages?: number;
  previousHref: string | null;
  nextHref: string | null;
}) {
  if (!previousHref && !nextHref) return null;
  const t = await getTranslations({ locale, namespace: 'Pager' });
  return (
    <nav className="pager" aria-label={t('nav')}>
      <p className="pager-position">{pages ? t('pageOf', { page, pages }) : t('page', { page })}</p>
      <ul>
        {previousHref ? (
          <li>
            <a href={previousHref} rel="prev">
              {t('previous')}
            </a>
          </li>
        ) : null}
        {nextHref ? (
          <li>
            <a href={nextHref} rel="next">
              {t('next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
