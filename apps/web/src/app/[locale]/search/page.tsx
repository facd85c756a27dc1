import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Pager } from '../../../components/Pager';
import { SearchForm } from '../../../components/SearchForm';
import { SearchResults } from '../../../components/SearchResults';
import { pageContext } from '../../../lib/page';
import { nextPageHref, pageNumber, previousPageHref, readPageState } from '../../../lib/pager';
import { MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE, searchDocuments } from '../../../lib/search';
import { directionOf } from '../../../lib/locales';
import { fittedTitle } from '../../../lib/page-title';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Characters of the query a results page's title repeats. */
const TITLE_QUERY_LENGTH = 30;

async function readQuery(searchParams: Props['searchParams']): Promise<string> {
  const q = (await searchParams).q;
  return (Array.isArray(q) ? q[0] : q)?.trim() ?? '';
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, tenant } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Search' });
  const query = await readQuery(searchParams);
  // A long query is shortened in the title only (the page shows it whole).
  const shown = [...query].length > TITLE_QUERY_LENGTH ? `${[...query].slice(0, TITLE_QUERY_LENGTH - 1).join('')}…` : query;
  const title = query ? t('titleWithQuery', { query: shown }) : t('title');
  // Result pages are endless variations of one page: not for search engines.
  return { title: await fittedTitle(locale.tag, title, tenant.name), robots: { index: false, follow: true } };
}

/**
 * Site search: a GET form, then the results for `q` rendered on the server
 * (ranked, stemmed for the language, snippets with the matches in <mark>),
 * page by page with plain links, or help when nothing matched.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, settings } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Search' });
  const query = await readQuery(searchParams);
  const tooLong = query.length > MAX_QUERY_LENGTH;
  const form = (
    <SearchForm locale={locale.tag} query={query} variant="page" error={tooLong ? t('tooLong', { max: MAX_QUERY_LENGTH }) : undefined} />
  );
  const intro = (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {form}
    </>
  );
  if (!query || tooLong) return intro;

  let state = readPageState(await searchParams);
  let outcome = await searchDocuments(query, locale.tag, settings.chosenRegion, state.after);
  if (outcome.kind === 'bad-cursor' || (state.after && outcome.connection.edges.length === 0)) {
    // An edited or outdated address (or one past the last result now): show the first page rather than an error.
    state = { after: null, before: [] };
    outcome = await searchDocuments(query, locale.tag, settings.chosenRegion, null);
  }
  if (outcome.kind !== 'results') throw new Error('The first page of a search cannot have a bad cursor.');
  const { connection } = outcome;
  const path = `/${locale.tag}/search`;
  const keep = { q: query };
  const page = pageNumber(state);
  return (
    <>
      {intro}
      <SearchResults
        locale={locale.tag}
        dir={directionOf(locale)}
        query={query}
        hits={connection.edges.map((e) => e.node)}
        total={connection.totalCount}
        start={(page - 1) * SEARCH_PAGE_SIZE + 1}
      />
      <Pager
        locale={locale.tag}
        page={page}
        pages={Math.max(1, Math.ceil(connection.totalCount / SEARCH_PAGE_SIZE))}
        previousHref={previousPageHref(path, keep, state)}
        nextHref={
          connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
            ? nextPageHref(path, keep, state, connection.pageInfo.endCursor)
            : null
        }
      />
    </>
  );
}
