import { getTranslations } from 'next-intl/server';

/**
 * A plain GET form to the search page (works without JavaScript), as a named
 * search landmark. The header has one on every page but the search page,
 * which has its own, so there is never more than one.
 */
export async function SearchForm({
  locale,
  query = '',
  variant,
  error,
}: {
  locale: string;
  query?: string;
  variant: 'header' | 'page';
  /** Shown under the field, which is then marked invalid. */
  error?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const s = await getTranslations({ locale, namespace: 'Search' });
  const id = variant === 'header' ? 'site-search-q' : 'search-q';
  const errorId = `${id}-error`;
  return (
    <form
      role="search"
      aria-label={t('searchLabel')}
      className={`search-form search-form-${variant}`}
      method="get"
      action={`/${locale}/search`}
    >
      <label htmlFor={id}>{variant === 'header' ? t('searchLabel') : s('label')}</label>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="inline-controls">
        <input
          type="search"
          id={id}
          name="q"
          defaultValue={query}
          autoComplete="off"
          enterKeyHint="search"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" className={variant === 'header' ? 'button button-secondary' : 'button'}>
          {variant === 'header' ? t('searchSubmit') : s('submit')}
        </button>
      </div>
    </form>
  );
}
