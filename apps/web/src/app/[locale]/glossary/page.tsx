import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { dirOf } from '../../../components/content/context';
import { getGlossary } from '../../../lib/documents';
import { glossaryEntryAnchor, groupByLetter, letterAnchor } from '../../../lib/glossary';
import { pageContext, type LocalePageProps } from '../../../lib/page';

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Glossary' });
  return { title: t('title') };
}

/** The tenant's glossary A–Z: a letter index, then one section per letter; each entry has an anchor (its id). */
export default async function GlossaryPage({ params }: LocalePageProps) {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Glossary' });
  const groups = groupByLetter(await getGlossary(locale.tag), locale.tag);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {groups.length === 0 ? <p>{t('empty')}</p> : null}
      {groups.length ? (
        <nav className="letter-index" aria-label={t('letters')}>
          <ul>
            {groups.map((g) => (
              <li key={g.letter}>
                <a href={`#${letterAnchor(g.letter)}`}>{g.letter}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((g) => (
        <section key={g.letter} aria-labelledby={letterAnchor(g.letter)}>
          <h2 id={letterAnchor(g.letter)}>{g.letter}</h2>
          <dl className="glossary">
            {g.entries.map((e) => {
              // Entries from a fallback locale carry their own language (and direction).
              const lang = e.locale !== locale.tag ? e.locale : undefined;
              const dir = lang && dirOf(lang) !== dirOf(locale.tag) ? dirOf(lang) : undefined;
              return (
                <div key={e.id} id={glossaryEntryAnchor(e.id)} className="glossary-entry">
                  <dt>
                    <dfn lang={lang} dir={dir}>
                      {e.term}
                    </dfn>
                    {e.fallback ? <span className="muted"> {t('fallbackNote')}</span> : null}
                  </dt>
                  <dd lang={lang} dir={dir}>
                    {e.definition}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
