import 'server-only';
import { listDocuments } from './documents';
import type { Tenant } from './tenant';
import { groupByTopic, topicHref } from './topics';

/** What the home page lists. */
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

/** How many documents the home page features: the most recently updated articles. */
const FEATURED = 6;

/**
 * Topics and featured documents for the home page, from the published
 * documents of the page locale. The list query has no "featured" flag yet, so
 * the newest articles are featured.
 */
export async function getHomeContent(_tenant: Tenant, locale: string, _region: string | null): Promise<HomeContent> {
  const docs = await listDocuments(locale);
  const topics = groupByTopic(docs, locale).map((g) => ({
    slug: g.topic,
    title: g.title,
    href: topicHref(locale, g.topic),
  }));
  const featured = docs
    .filter((d) => d.kind === 'ARTICLE')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, FEATURED)
    .map((d) => ({
      id: d.documentId,
      title: d.title,
      summary: d.summary || undefined,
      href: `/${locale}/${encodeURIComponent(d.slug)}`,
      lang: d.locale !== locale ? d.locale : undefined,
    }));
  return { topics, featured };
}
