/**
 * Every page type of the patient site on the German demo tenant, per UI
 * locale, for the suites that check all of them (axe, markup validity). A word
 * each locale's demo content has makes the results page show hits.
 */
const FOUND: Record<string, string> = { de: 'Chemotherapie', en: 'chemotherapy', ar: 'العلاج الكيميائي' };

const ARTICLE: Record<string, string> = {
  de: 'metastasierter-brustkrebs-behandlung',
  en: 'metastatic-breast-cancer-treatment',
  ar: 'metastatic-breast-cancer-treatment',
};
/** There is no Arabic FAQ in the demo content. */
const FAQ: Record<string, string | undefined> = {
  de: 'metastasierter-brustkrebs-fragen',
  en: 'metastatic-breast-cancer-questions',
};

export interface SitePage {
  name: string;
  path: string;
  status: number;
  /** Something that must be on the page, so a check sees the real thing (hits, entries). */
  mustHave?: string;
}

export const SITE_LOCALES = ['de', 'en', 'ar'] as const;

export function sitePages(locale: string): SitePage[] {
  const page = (name: string, path: string, mustHave?: string, status = 200): SitePage => ({
    name,
    path: `/${locale}${path}`,
    status,
    ...(mustHave ? { mustHave } : {}),
  });
  const faq = FAQ[locale];
  return [
    page('home', ''),
    page('article', `/${ARTICLE[locale]}`),
    ...(faq ? [page('FAQ', `/${faq}`)] : []),
    page('glossary', '/glossary', 'dl.glossary dfn'),
    page('topics', '/topics'),
    page('topic', '/topics/brustkrebs', '.document-list a'),
    page('accessibility statement', '/accessibility'),
    page('display settings', '/settings'),
    page('search form', '/search'),
    page('search results', `/search?q=${encodeURIComponent(FOUND[locale]!)}`, '.result-list mark'),
    page('search without results', '/search?q=Xylofonquarkwurst', '.no-results'),
    page('registries', '/registries', '.registry-index a'),
    page('registry list', '/registries/clinical-trial-registry', '.registry-entry'),
    page('404', '/no-such-page', undefined, 404),
  ];
}
