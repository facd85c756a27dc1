import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotAllowed } from '../../../../../../../components/editor/admin/NotAllowed';
import { EditorNav } from '../../../../../../../components/editor/EditorNav';
import { canEditRegistries } from '../../../../../../../lib/editor/admin/access';
import { RegistryEntryQuery } from '../../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../../lib/editor/api';
import type { EditorDocumentPageProps } from '../../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../../lib/page';
import { signedInEditor } from '../../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('registries.deleteTitle') };
}

/** Asks before an entry is deleted; the button posts, Cancel goes back to the list. */
export default async function DeleteRegistryEntryPage({ params }: EditorDocumentPageProps) {
  const { locale } = await pageContext(params);
  const { id } = await params;
  const editor = await signedInEditor(locale.tag);
  const list = `/${locale.tag}/editor/registries`;
  if (!canEditRegistries(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="registryChanges" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const entry = (await asEditor(RegistryEntryQuery, { id, locale: locale.tag })).data?.registryEntryForEditors ?? null;
  return (
    <>
      <h1>{t('registries.deleteTitle')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      {entry ? (
        <form method="post" action={`${list}/submit`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="action" value="delete" />
          <input type="hidden" name="id" value={entry.id} />
          <p>{t('registries.deleteQuestion', { name: entry.name })}</p>
          <div className="block-actions">
            <button className="button button-danger" type="submit">
              {t('registries.deleteConfirm', { name: entry.name })}
            </button>
            <a href={list}>{t('registries.cancel')}</a>
          </div>
        </form>
      ) : (
        <p>
          {t('registries.notFound')} <a href={list}>{t('registries.back')}</a>
        </p>
      )}
    </>
  );
}
