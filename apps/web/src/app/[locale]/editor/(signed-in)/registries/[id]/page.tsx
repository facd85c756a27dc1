import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminMessage } from '../../../../../../components/editor/admin/AdminMessage';
import { NotAllowed } from '../../../../../../components/editor/admin/NotAllowed';
import { RegistryEntryForm } from '../../../../../../components/editor/admin/RegistryEntryForm';
import { readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { canEditRegistries } from '../../../../../../lib/editor/admin/access';
import { RegistryEntryQuery } from '../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import type { EditorDocumentPageProps } from '../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../lib/page';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('registries.editTitle') };
}

export default async function EditRegistryEntryPage({ params, searchParams }: EditorDocumentPageProps) {
  const { tenant, locale } = await pageContext(params);
  const { id } = await params;
  const editor = await signedInEditor(locale.tag);
  if (!canEditRegistries(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="registryChanges" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const flash = await readFlash((await searchParams).flash);
  const entry = (await asEditor(RegistryEntryQuery, { id, locale: locale.tag })).data?.registryEntryForEditors ?? null;
  return (
    <>
      <h1>{entry ? `${t('registries.editTitle')}: ${entry.name}` : t('registries.editTitle')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <AdminMessage flash={flash} locale={locale.tag} section="entry" />
      {entry ? (
        <RegistryEntryForm
          locale={locale.tag}
          csrf={editor.csrfToken}
          entry={entry}
          locales={tenant.locales.map((l) => l.tag)}
          regions={tenant.regions}
          flash={flash}
        />
      ) : (
        <p>
          {t('registries.notFound')} <a href={`/${locale.tag}/editor/registries`}>{t('registries.back')}</a>
        </p>
      )}
    </>
  );
}
