import type { Tenant } from './tenant';

/** What the home page lists. Shapes follow the content API as planned; fields may grow. */
export interface TopicSummary {
  slug: string;
  title: string;
  description?: string;
  href: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  summary?: string;
  href: string;
  /** ISO date (YYYY-MM-DD). */
  lastReviewed?: string;
  /** Set when the summary is shown from a fallback locale. */
  lang?: string;
}

export interface HomeContent {
  topics: TopicSummary[];
  featured: DocumentSummary[];
}

/**
 * Topics and featured documents for the home page. The content API does not
 * exist yet, so there is nothing to show and the sections stay hidden; when it
 * lands this becomes one typed query and the components render its data.
 */
export async function getHomeContent(_tenant: Tenant, _locale: string, _region: string | null): Promise<HomeContent> {
  return { topics: [], featured: [] };
}
