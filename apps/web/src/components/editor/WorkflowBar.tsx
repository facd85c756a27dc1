import { getTranslations } from 'next-intl/server';
import type { WorkflowStatus } from '@careleaf/schema/web/graphql';
import type { Flash } from '../../lib/editor/flash';
import { FieldError, fieldErrorProps } from './EditorMessage';

/** A stored time as the editor shows it: in the UI language, in UTC (the time field is UTC too). */
function when(iso: string, uiLocale: string): string {
  return new Date(iso).toLocaleString(uiLocale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
}

/**
 * The workflow actions the current status allows. The API decides who may
 * do what (a reviewer cannot approve their own change); its refusals come
 * back as the page's error message. Publishing at a time is a form of its
 * own, so Enter in its time field schedules and never publishes at once.
 * Unpublishing stands apart from the forward actions, styled as destructive,
 * and only opens the page that asks first (a GET form: no JavaScript needed).
 */
export async function WorkflowBar({
  action,
  unpublishPage,
  status,
  csrf,
  lang,
  uiLocale,
  flash,
  publishAt,
  unpublishAt,
  published,
  revisionId,
}: {
  action: string;
  /** The page that asks before unpublishing. */
  unpublishPage: string;
  status: WorkflowStatus;
  csrf: string;
  lang: string;
  uiLocale: string;
  flash: Flash | null;
  publishAt?: string | null;
  unpublishAt?: string | null;
  /** Whether a version of this language is public now. */
  published?: boolean;
  /** The revision this page shows; approve, send back and publish name it so a newer one is never acted on unseen. */
  revisionId?: string | null;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="lang" value={lang} />
      {revisionId ? <input type="hidden" name="revisionId" value={revisionId} /> : null}
    </>
  );
  return (
    <section aria-labelledby="workflow-heading" className="editor-workflow">
      <h2 id="workflow-heading">{t('workflow.title')}</h2>
      {publishAt ? (
        <p id="publish-scheduled">
          {t('workflow.scheduled')} <time dateTime={publishAt}>{when(publishAt, uiLocale)}</time> (UTC)
        </p>
      ) : null}
      {unpublishAt ? (
        <p id="unpublish-scheduled">
          {t('workflow.unpublishScheduled')} <time dateTime={unpublishAt}>{when(unpublishAt, uiLocale)}</time> (UTC)
        </p>
      ) : null}
      <form method="post" action={action}>
        {hidden}
        {status === 'IN_REVIEW' ? (
          <div className="field">
            <label htmlFor="workflow-comment">{t('workflow.comment')}</label>
            <textarea id="workflow-comment" name="comment" rows={2} {...fieldErrorProps(flash, 'workflow-comment')} />
            <FieldError flash={flash} id="workflow-comment" />
          </div>
        ) : null}
        <div className="block-actions">
          {status === 'DRAFT' || status === 'UNPUBLISHED' || status === 'PUBLISHED' ? (
            <button className="button" type="submit" name="action" value="submit">
              {t('workflow.submit')}
            </button>
          ) : null}
          {status === 'IN_REVIEW' ? (
            <>
              <button className="button" type="submit" name="action" value="approve">
                {t('workflow.approve')}
              </button>
              <button className="button" type="submit" name="action" value="sendBack">
                {t('workflow.sendBack')}
              </button>
            </>
          ) : null}
          {status === 'APPROVED' ? (
            <button className="button" type="submit" name="action" value="publish">
              {t('workflow.publish')}
            </button>
          ) : null}
          {publishAt ? (
            <button className="button" type="submit" name="action" value="cancelPublish">
              {t('workflow.cancelPublish')}
            </button>
          ) : null}
          {unpublishAt ? (
            <button className="button" type="submit" name="action" value="cancelUnpublish">
              {t('workflow.cancelUnpublish')}
            </button>
          ) : null}
        </div>
      </form>
      {status === 'APPROVED' ? (
        <form method="post" action={action} className="editor-schedule">
          {hidden}
          <div className="field">
            <label htmlFor="publish-at">{t('workflow.publishAt')}</label>
            <input type="datetime-local" id="publish-at" name="at" required {...fieldErrorProps(flash, 'publish-at')} />
            <FieldError flash={flash} id="publish-at" />
          </div>
          <div className="block-actions">
            <button className="button" type="submit" name="action" value="schedule">
              {t('workflow.schedule')}
            </button>
          </div>
        </form>
      ) : null}
      {published ? (
        <form method="get" action={unpublishPage} className="editor-danger-actions">
          <input type="hidden" name="lang" value={lang} />
          <button className="button button-danger" type="submit">
            {t('workflow.unpublish')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
