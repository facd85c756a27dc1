import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotAllowed } from '../../../../../../../../components/editor/admin/NotAllowed';
import { EditorNav } from '../../../../../../../../components/editor/EditorNav';
import { canManageWebhooks } from '../../../../../../../../lib/editor/admin/access';
import { AdminWebhooksQuery } from '../../../../../../../../lib/editor/admin-webhooks';
import { asEditor } from '../../../../../../../../lib/editor/api';
import type { EditorDocumentPageProps } from '../../../../../../../../lib/editor/page-props';
import { signedInEditor } from '../../../../../../../../lib/editor/signed-in';
import { pageContext } from '../../../../../../../../lib/page';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('webhooks.deleteTitle') };
}

/** Asks before a webhook and its delivery log are deleted; the button posts, Cancel goes back. */
export default async function DeleteWebhookPage({ params }: EditorDocumentPageProps) {
  const { locale } = await pageContext(params);
  const { id } = await params;
  const editor = await signedInEditor(locale.tag);
  const list = `/${locale.tag}/editor/settings/webhooks`;
  if (!canManageWebhooks(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="settings" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const hook = (await asEditor(AdminWebhooksQuery, {})).data?.webhooks.find((h) => h.id === id);
  return (
    <>
      <h1>{t('webhooks.deleteTitle')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      {hook ? (
        <form method="post" action={`${list}/save`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="action" value="delete" />
          <input type="hidden" name="webhook" value={hook.id} />
          <p>{t('webhooks.deleteQuestion', { url: hook.url })}</p>
          <div className="block-actions">
            <button className="button button-danger" type="submit">
              {t('webhooks.deleteConfirm', { url: hook.url })}
            </button>
            <a href={list}>{t('webhooks.cancel')}</a>
          </div>
        </form>
      ) : (
        <p>
          {t('webhooks.notFound')} <a href={list}>{t('webhooks.cancel')}</a>
        </p>
      )}
    </>
  );
}
