import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminMessage } from '../../../../../../components/editor/admin/AdminMessage';
import { NotAllowed } from '../../../../../../components/editor/admin/NotAllowed';
import { RegistryEntryForm } from '../../../../../../components/editor/admin/RegistryEntryForm';
import { readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { canEditRegistries } from '../../../../../../lib/editor/admin/access';
import type { EditorPageProps } from '../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../lib/page';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('registries.newTitle') };
}

export default async function NewRegistryEntryPage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  if (!canEditRegistries(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="registryChanges" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const flash = await readFlash((await searchParams).flash);
  return (
    <>
      <h1>{t('registries.newTitle')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <AdminMessage flash={flash} locale={locale.tag} section="entry" />
      <RegistryEntryForm
        locale={locale.tag}
        csrf={editor.csrfToken}
        entry={null}
        locales={tenant.locales.map((l) => l.tag)}
        regions={tenant.regions}
        flash={flash}
      />
    </>
  );
}
