import { getTranslations } from 'next-intl/server';
import { languageNameIn } from '../lib/locales';
import type { SearchHit } from '../lib/search';

/**
 * The result count as a heading ("3 results for “x”"), then the hits as an
 * ordered list: the title links to the document in the reader's language
 * (the site serves it through the fallback chain), the snippet marks the
 * matching words with <mark>. Hits from a fallback locale carry lang/dir and
 * say so. Without hits: tips, and ways to browse instead.
 */
export async function SearchResults({
  locale,
  dir,
  query,
  hits,
  total,
  start,
}: {
  locale: string;
  dir: 'ltr' | 'rtl';
  query: string;
  hits: readonly SearchHit[];
  total: number;
  /** Position of the first hit (11 on page two). */
  start: number;
}) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <section className="search-results" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('count', { count: total, query })}</h2>
      {hits.length ? (
        <ol start={start} className="result-list">
          {hits.map((hit) => {
            const foreign = hit.locale !== locale;
            const lang = foreign ? { lang: hit.locale, dir: hit.dir !== dir ? hit.dir : undefined } : {};
            return (
              <li key={hit.documentId}>
                <h3 {...lang}>
                  <a href={`/${locale}/${encodeURIComponent(hit.slug)}`}>{hit.title}</a>
                </h3>
                {foreign ? <p className="muted">{t('fallbackNote', { language: languageNameIn(hit.locale, locale) })}</p> : null}
                <p className="snippet" {...lang}>
                  {hit.snippet.length
                    ? hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))
                    : hit.summary}
                </p>
              </li>
            );
          })}
        </ol>
      ) : total === 0 ? (
        <div className="no-results">
          <p>{t('tipsIntro')}</p>
          <ul className="bullets">
            <li>{t('tipSpelling')}</li>
            <li>{t('tipFewer')}</li>
            <li>{t('tipOther')}</li>
          </ul>
          <p>
            {t.rich('browse', {
              topics: (chunks) => <a href={`/${locale}/topics`}>{chunks}</a>,
              glossary: (chunks) => <a href={`/${locale}/glossary`}>{chunks}</a>,
            })}
          </p>
        </div>
      ) : null}
    </section>
  );
}
