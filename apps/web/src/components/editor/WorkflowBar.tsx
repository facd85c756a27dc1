import { getTranslations } from 'next-intl/server';
import type { WorkflowStatus } from '@careleaf/schema/web/graphql';
import type { Flash } from '../../lib/editor/flash';
import { FieldError, fieldErrorProps } from './EditorMessage';

/**
 * The workflow actions the current status allows. The API decides who may
 * do what (a reviewer cannot approve their own change); its refusals come
 * back as the page's error message.
 */
export async function WorkflowBar({
  action,
  status,
  csrf,
  lang,
  uiLocale,
  flash,
}: {
  action: string;
  status: WorkflowStatus;
  csrf: string;
  lang: string;
  uiLocale: string;
  flash: Flash | null;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  return (
    <section aria-labelledby="workflow-heading" className="editor-workflow">
      <h2 id="workflow-heading">{t('workflow.title')}</h2>
      <form method="post" action={action}>
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="lang" value={lang} />
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
        </div>
      </form>
    </section>
  );
}
