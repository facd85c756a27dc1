import { getTranslations } from 'next-intl/server';
import type { DocumentSummary } from '../lib/content';

/** Featured documents with their review date; renders nothing when there are none. */
export async function FeaturedDocuments({
  heading,
  documents,
  locale,
}: {
  heading: string;
  documents: readonly DocumentSummary[];
  locale: string;
}) {
  if (!documents.length) return null;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return (
    <section aria-labelledby="featured-heading">
      <h2 id="featured-heading">{heading}</h2>
      <ul className="card-list">
        {documents.map((doc) => (
          <li key={doc.id} className="card">
            <h3 lang={doc.lang}>
              <a href={doc.href}>{doc.title}</a>
            </h3>
            {doc.summary ? <p lang={doc.lang}>{doc.summary}</p> : null}
            {doc.lastReviewed ? <p className="muted">{t('lastReviewed', { date: new Date(`${doc.lastReviewed}T00:00:00Z`) })}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
