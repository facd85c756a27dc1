import { getTranslations } from 'next-intl/server';
import type { Editor } from '../../../lib/editor/api';
import { EditorNav } from '../EditorNav';

/** What a member without the right role sees instead of an administration screen (the API would refuse the changes too). */
export async function NotAllowed({
  locale,
  editor,
  what,
}: {
  locale: string;
  editor: Editor;
  what: 'settings' | 'registryChanges' | 'auditLog';
}) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin' });
  return (
    <>
      <h1>{t('notAllowed.title')}</h1>
      <EditorNav locale={locale} editor={editor} />
      <p>
        {{ settings: t('notAllowed.settings'), registryChanges: t('notAllowed.registryChanges'), auditLog: t('notAllowed.auditLog') }[what]}
      </p>
      <p>
        <a href={`/${locale}/editor`}>{t('notAllowed.back')}</a>
      </p>
    </>
  );
}
