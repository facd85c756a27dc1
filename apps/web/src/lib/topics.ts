import type { DocumentListEntry } from './documents';

export interface TopicGroup {
  topic: string;
  title: string;
  documents: DocumentListEntry[];
}

/**
 * Topics are keys on documents ("brustkrebs"); the API has no topic titles yet,
 * so the key is shown with its first letter capitalised and hyphens as spaces.
 */
export function topicTitle(topic: string, locale: string): string {
  const words = topic.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
}

/** Documents grouped by topic (a document appears under each of its topics), topics in alphabetical order. */
export function groupByTopic(docs: readonly DocumentListEntry[], locale: string): TopicGroup[] {
  const byTopic = new Map<string, DocumentListEntry[]>();
  for (const d of docs) for (const t of d.topics) byTopic.set(t, [...(byTopic.get(t) ?? []), d]);
  const collator = new Intl.Collator(locale);
  return [...byTopic.entries()]
    .map(([topic, documents]) => ({ topic, title: topicTitle(topic, locale), documents }))
    .sort((a, b) => collator.compare(a.title, b.title));
}

export const topicAnchor = (topic: string) => `topic-${topic.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** A topic's landing page. */
export const topicHref = (locale: string, topic: string) => `/${locale}/topics/${encodeURIComponent(topic)}`;
