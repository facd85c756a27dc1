import type { TopicSummary } from '../lib/content';

/** The tenant's topics as a list of links; renders nothing when there are none. */
export function TopicList({ heading, topics }: { heading: string; topics: readonly TopicSummary[] }) {
  if (!topics.length) return null;
  return (
    <section aria-labelledby="topics-heading">
      <h2 id="topics-heading">{heading}</h2>
      <ul className="card-list">
        {topics.map((topic) => (
          <li key={topic.slug} className="card">
            <a href={topic.href}>{topic.title}</a>
            {topic.description ? <p>{topic.description}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
