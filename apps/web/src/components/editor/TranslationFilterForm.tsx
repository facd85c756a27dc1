import { getTranslations } from 'next-intl/server';

export type TranslateFilter = 'all' | 'missing' | 'outdated' | 'review';

/** Which language and which blocks the translation screen shows (a GET form: works without JavaScript, can be bookmarked). */
export async function TranslationFilterForm({
  action,
  targets,
  to,
  filter,
  uiLocale,
}: {
  action: string;
  targets: { tag: string; name: string }[];
  to: string;
  filter: TranslateFilter;
  uiLocale: string;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  return (
    <form method="get" action={action} className="editor-filters">
      <div className="field">
        <label htmlFor="filter-to">{t('translate.to')}</label>
        <select id="filter-to" name="to" defaultValue={to}>
          {targets.map((l) => (
            <option key={l.tag} value={l.tag}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-blocks">{t('translate.filter')}</label>
        <select id="filter-blocks" name="filter" defaultValue={filter}>
          <option value="all">{t('translate.filterAll')}</option>
          <option value="missing">{t('translate.filterMissing')}</option>
          <option value="outdated">{t('translate.filterOutdated')}</option>
          <option value="review">{t('translate.filterReview')}</option>
        </select>
      </div>
      <button className="button" type="submit">
        {t('translate.show')}
      </button>
    </form>
  );
}
