import { getTranslations } from 'next-intl/server';
import type { EditorRevisionDiffQuery } from '@careleaf/schema/web/graphql';

type Diff = EditorRevisionDiffQuery['revisionDiff'];
export type Words = NonNullable<Diff['title']>;

/**
 * Added words in <ins>, removed ones in <del>; both also say so in words for
 * screen readers that ignore the elements. `lang`: the language of the words
 * when it is not the page's (the spoken "inserted:" stays in the UI language).
 */
export async function WordDiff({ words, uiLocale, lang, id }: { words: Words; uiLocale: string; lang?: string; id?: string }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const ui = lang ? uiLocale : undefined;
  return (
    <p className="diff" lang={lang} id={id}>
      {words.map((w, i) =>
        w.added ? (
          <ins key={i}>
            <span className="visually-hidden" lang={ui}>
              {t('history.added')}{' '}
            </span>
            {w.value}
          </ins>
        ) : w.removed ? (
          <del key={i}>
            <span className="visually-hidden" lang={ui}>
              {t('history.removed')}{' '}
            </span>
            {w.value}
          </del>
        ) : (
          <span key={i}>{w.value}</span>
        ),
      )}
    </p>
  );
}

/** Block-by-block differences between two revisions; unchanged blocks are counted, not shown. */
export async function RevisionDiffView({ diff, uiLocale }: { diff: Diff; uiLocale: string }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const changed = diff.blocks.filter((b) => b.change !== 'UNCHANGED');
  const kind = (c: string) =>
    ({ ADDED: t('history.ADDED'), CHANGED: t('history.CHANGED'), MOVED: t('history.MOVED'), REMOVED: t('history.REMOVED') })[c] ?? c;
  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t('history.diffTitle')}</h2>
      {diff.title?.some((w) => w.added || w.removed) ? (
        <>
          <h3>{t('document.title')}</h3>
          <WordDiff words={diff.title} uiLocale={uiLocale} />
        </>
      ) : null}
      {diff.summary?.some((w) => w.added || w.removed) ? (
        <>
          <h3>{t('document.summary')}</h3>
          <WordDiff words={diff.summary} uiLocale={uiLocale} />
        </>
      ) : null}
      <p>{t('history.unchanged', { count: diff.blocks.length - changed.length })}</p>
      <ol className="diff-blocks">
        {changed.map((b) => (
          <li key={`${b.blockId}-${b.change}`}>
            <h3>{t('history.block', { id: b.blockId, change: kind(b.change) })}</h3>
            {b.words.length ? <WordDiff words={b.words} uiLocale={uiLocale} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
