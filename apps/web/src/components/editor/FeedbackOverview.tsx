import { getTranslations } from 'next-intl/server';
import type { EditorFeedbackQuery } from '@careleaf/schema/web/graphql';
import { languageNameIn } from '../../lib/locales';

type Summary = EditorFeedbackQuery['feedbackSummary'][number];
type Comment = EditorFeedbackQuery['feedbackComments']['edges'][number]['node'];

/** Where the comments list starts (the paging links and the handled form come back to it). */
export const FEEDBACK_COMMENTS_ANCHOR = 'feedback-comments';

const dayText = (day: string, locale: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * Reader feedback on the dashboard: a table of counts per page and language,
 * with the last four weeks beside the four before them in words (no chart),
 * then the open comments, newest first, 20 a page, each with a form that
 * marks it handled (a plain POST: no JavaScript needed).
 */
export async function FeedbackOverview({
  uiLocale,
  csrfToken,
  summary,
  comments,
  nextCursor,
  paged,
}: {
  uiLocale: string;
  csrfToken: string;
  summary: Summary[];
  comments: Comment[];
  /** The cursor of the next (older) page, or null. */
  nextCursor: string | null;
  /** Whether this is a later page (a link back to the newest is shown). */
  paged: boolean;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor.feedback' });
  const dashboard = `/${uiLocale}/editor`;
  const pageName = (title: string | null) => title ?? t('unpublished');
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      {summary.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="editor-table">
          <caption>{t('summaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('page')}</th>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('helpful')}</th>
              <th scope="col">{t('notHelpful')}</th>
              <th scope="col">{t('recent')}</th>
              <th scope="col">{t('earlier')}</th>
              <th scope="col">{t('openComments')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((row) => (
              <tr key={`${row.documentId}/${row.locale}`}>
                <th scope="row">
                  <a href={`${dashboard}/documents/${row.documentId}?lang=${encodeURIComponent(row.locale)}`}>
                    {pageName(row.title ?? null)}
                  </a>
                </th>
                <td>{languageNameIn(row.locale, uiLocale)}</td>
                <td>{row.helpful}</td>
                <td>{row.notHelpful}</td>
                <td>{t('pair', { helpful: row.recentHelpful, notHelpful: row.recentNotHelpful })}</td>
                <td>{t('pair', { helpful: row.earlierHelpful, notHelpful: row.earlierNotHelpful })}</td>
                <td>{row.openComments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id={FEEDBACK_COMMENTS_ANCHOR} tabIndex={-1}>
        {t('commentsHeading')}
      </h3>
      {comments.length === 0 ? (
        <p>{t('noComments')}</p>
      ) : (
        <ul className="link-list">
          {comments.map((c) => (
            <li key={c.id}>
              <p id={`feedback-${c.id}-meta`}>
                {t('commentMeta', {
                  day: dayText(c.day, uiLocale),
                  page: pageName(c.title ?? null),
                  language: languageNameIn(c.locale, uiLocale),
                  answer: c.helpful ? t('answerHelpful') : t('answerNotHelpful'),
                })}
              </p>
              {/* The reader's words in the page's language. */}
              <blockquote lang={c.locale} id={`feedback-${c.id}-text`}>
                <p>{c.comment}</p>
              </blockquote>
              <form method="post" action={`${dashboard}/feedback/handled`}>
                <input type="hidden" name="csrf" value={csrfToken} />
                <input type="hidden" name="id" value={c.id} />
                <button type="submit" className="button button-secondary" aria-describedby={`feedback-${c.id}-meta feedback-${c.id}-text`}>
                  {t('markHandled')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {nextCursor || paged ? (
        <p className="block-actions">
          {nextCursor ? (
            <a href={`${dashboard}?feedbackAfter=${encodeURIComponent(nextCursor)}#${FEEDBACK_COMMENTS_ANCHOR}`}>{t('older')}</a>
          ) : null}
          {paged ? <a href={`${dashboard}#${FEEDBACK_COMMENTS_ANCHOR}`}>{t('newest')}</a> : null}
        </p>
      ) : null}
    </section>
  );
}
