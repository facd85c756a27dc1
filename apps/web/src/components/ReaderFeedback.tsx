import { getTranslations } from 'next-intl/server';
import type { UiLanguage } from '../i18n/catalogs';
import { FEEDBACK_ANCHOR, FEEDBACK_COMMENT_MAX, type FeedbackOutcome } from '../lib/feedback';

/**
 * "Was this page helpful?" under a published page: a plain form (no
 * JavaScript) posting to /{locale}/feedback, which comes back here with
 * `?feedback=<outcome>#feedback`. The outcome is a status message carrying
 * that fragment and tabindex=-1, so the browser scrolls to it and moves focus
 * there; after "thanks" the form is not shown again.
 */
export async function ReaderFeedback({
  locale,
  documentId,
  documentLocale,
  pagePath,
  outcome,
  ui,
}: {
  /** The page's locale (the form's route and messages). */
  locale: string;
  documentId: string;
  /** The language of the published text shown (what the feedback is about). */
  documentLocale: string;
  pagePath: string;
  outcome: FeedbackOutcome | null;
  ui: UiLanguage;
}) {
  const t = await getTranslations({ locale, namespace: 'Feedback' });
  const text = outcome
    ? {
        thanks: t('thanks'),
        limited: t('limited'),
        tooLong: t('tooLong', { max: FEEDBACK_COMMENT_MAX }),
        choose: t('choose'),
        failed: t('failed'),
      }[outcome]
    : null;
  const message = text ? (
    <p className="notice" role="status" id={FEEDBACK_ANCHOR} tabIndex={-1}>
      {text}
    </p>
  ) : null;
  return (
    <div className="reader-feedback" {...ui.attrs}>
      {message}
      {outcome === 'thanks' ? null : (
        <form method="post" action={`/${locale}/feedback`} className="settings-form">
          <input type="hidden" name="back" value={pagePath} />
          <input type="hidden" name="document" value={documentId} />
          <input type="hidden" name="locale" value={documentLocale} />
          <fieldset>
            <legend>{t('question')}</legend>
            <div className="choice">
              <input type="radio" id="feedback-yes" name="helpful" value="yes" required />
              <label htmlFor="feedback-yes">{t('yes')}</label>
            </div>
            <div className="choice">
              <input type="radio" id="feedback-no" name="helpful" value="no" />
              <label htmlFor="feedback-no">{t('no')}</label>
            </div>
            <label htmlFor="feedback-comment">{t('commentLabel')}</label>
            <p className="hint" id="feedback-comment-hint">
              {t('commentHint', { max: FEEDBACK_COMMENT_MAX })}
            </p>
            <textarea
              id="feedback-comment"
              name="comment"
              rows={4}
              maxLength={FEEDBACK_COMMENT_MAX}
              aria-describedby="feedback-comment-hint"
            />
          </fieldset>
          <p className="hint">{t('privacy')}</p>
          <div className="form-actions">
            <button type="submit" className="button">
              {t('submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
