import type { Block } from '@careleaf/schema/content';
import { getMessages, getTranslations } from 'next-intl/server';
import type { UiLanguage } from '../../i18n/catalogs';
import type { PublishedDocument } from '../../lib/documents';
import { fallbackNotice } from '../../lib/fallback';
import { languageListIn, languageNameIn } from '../../lib/locales';
import { Blocks, ReferenceList } from './Blocks';
import { asBlocks, buildContext, dirOf, type Dir } from './context';
import { plainText, termDefinitionId, termTextId } from './InlineContent';

const isoDate = (d: string) => new Date(`${d.slice(0, 10)}T00:00:00Z`);

/**
 * A published document: title (the page's only h1), summary, review facts,
 * contents list (three or more sections), blocks, the terms used, sources.
 * Server-rendered; the disclosures are details/summary, so no JavaScript.
 * Labels are in the reader's language (`requestedLocale`); title, summary and
 * blocks shown from a fallback locale carry their own lang/dir, and a notice
 * says which parts are not yet translated. Labels are in the UI language
 * (`ui`): where that is not the page's (no catalog for it), each label says so.
 */
export async function Article({ doc, pageDir, ui: uiLanguage }: { doc: PublishedDocument; pageDir: Dir; ui?: UiLanguage }) {
  const pageLocale = doc.requestedLocale;
  const ui: UiLanguage = uiLanguage ?? { tag: pageLocale, dir: pageDir, attrs: {} };
  const label = ui.attrs;
  const t = await getTranslations({ locale: pageLocale, namespace: 'Article' });
  const r = await getTranslations({ locale: pageLocale, namespace: 'Registries' });
  const blocks = asBlocks(doc.blocks);
  const ctx = buildContext(
    doc,
    {
      callout: { info: t('calloutInfo'), warning: t('calloutWarning'), seeDoctor: t('calloutSeeDoctor'), urgent: t('calloutUrgent') },
      kind: (await getMessages({ locale: pageLocale })).Article.kind,
      citation: (number) => t('citation', { number }),
      backToText: t('backToText'),
      glossaryLink: t('glossaryLink'),
      registryEmpty: r('embedEmpty'),
      registryAll: r('showAll'),
    },
    `/${pageLocale}/glossary`,
    pageDir,
    ui,
  );
  const notice = fallbackNotice(doc);
  const noticeArgs = notice && { language: languageNameIn(pageLocale, ui.tag), fallback: languageListIn(notice.locales, ui.tag) };
  // Title and summary come from the first locale of the chain that has the document.
  const docDir: Dir = doc.dir === 'rtl' ? 'rtl' : 'ltr';
  const headLang = doc.locale !== pageLocale ? { lang: doc.locale, dir: docDir !== pageDir ? docDir : undefined } : {};
  const sections = blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level === 2);
  const hasReferenceBlock = blocks.some((b) => b.type === 'citations');
  const q = doc.quality;
  return (
    <article className="document" aria-labelledby="document-title">
      <h1 id="document-title" {...headLang}>
        {doc.title}
      </h1>
      {notice && noticeArgs ? (
        <p className="notice fallback-notice" {...label}>
          {notice.kind === 'full' ? t('fallbackFull', noticeArgs) : t('fallbackPartial', noticeArgs)}
        </p>
      ) : null}
      {doc.summary ? (
        <p className="lead" {...headLang}>
          {doc.summary}
        </p>
      ) : null}
      <ul className="review-facts" {...label}>
        <li>{t('publisher', { publisher: q.publisher })}</li>
        {q.lastReviewed ? <li>{t('lastReviewed', { date: isoDate(q.lastReviewed) })}</li> : null}
        {q.nextReviewDue ? <li>{t('nextReview', { date: isoDate(q.nextReviewDue) })}</li> : null}
      </ul>
      {sections.length >= 3 ? (
        <nav className="contents" aria-labelledby="contents-heading">
          <h2 id="contents-heading" {...label}>
            {t('contents')}
          </h2>
          <ol>
            {sections.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`}>{plainText(h.content)}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {doc.kind === 'FAQ' ? (
        <p className="muted" {...label}>
          {t('questionsHint')}
        </p>
      ) : null}
      <Blocks blocks={blocks} ctx={ctx} />
      {!hasReferenceBlock && doc.references.length ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" {...label}>
            {t('sources')}
          </h2>
          <ReferenceList ids={null} ctx={ctx} />
        </section>
      ) : null}
      {ctx.termOrder.length ? (
        <section className="terms" aria-labelledby="terms-heading">
          <h2 id="terms-heading" {...label}>
            {t('termsHeading')}
          </h2>
          <ul className="term-list">
            {ctx.termOrder.map((id) => {
              const term = ctx.terms.get(id)!;
              const lang = term.locale !== pageLocale ? term.locale : undefined;
              return (
                <li key={id}>
                  {/* What the term links announce: outside the disclosure, since Chromium computes no description
                      from text in a closed <details>; hidden, so reading the page does not say it twice. */}
                  <span id={termTextId(id)} hidden lang={lang} dir={lang && dirOf(lang) !== pageDir ? dirOf(lang) : undefined}>
                    {term.definition}
                  </span>
                  <details className="term-definition">
                    <summary lang={lang} dir={lang && dirOf(lang) !== pageDir ? dirOf(lang) : undefined}>
                      {term.term}
                    </summary>
                    <p id={termDefinitionId(id)} lang={lang} dir={lang && dirOf(lang) !== pageDir ? dirOf(lang) : undefined}>
                      {term.definition}
                    </p>
                  </details>
                </li>
              );
            })}
          </ul>
          <p {...label}>
            <a href={ctx.glossaryPath}>{t('glossaryLink')}</a>
          </p>
        </section>
      ) : null}
      {q.reviewers?.length || q.authors?.length ? (
        <footer className="document-credits">
          {q.authors?.length ? (
            <p>
              <span {...label}>{t('authors')}:</span>{' '}
              {q.authors.map((a) => (a.qualification ? `${a.name} (${a.qualification})` : a.name)).join('; ')}
            </p>
          ) : null}
          {q.reviewers?.length ? (
            <p>
              <span {...label}>{t('reviewedBy')}:</span>{' '}
              {q.reviewers.map((r) => (r.qualification ? `${r.name} (${r.qualification})` : r.name)).join('; ')}
            </p>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}
