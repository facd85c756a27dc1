import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotAllowed } from '../../../../../../../../components/editor/admin/NotAllowed';
import { EditorNav } from '../../../../../../../../components/editor/EditorNav';
import { canManageMembers } from '../../../../../../../../lib/editor/admin/access';
import { AdminMembersQuery } from '../../../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../../../lib/editor/api';
import type { EditorDocumentPageProps } from '../../../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../../../lib/page';
import { signedInEditor } from '../../../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('members.resetTwoFactorTitle') };
}

/** Asks before a member's two-factor sign-in is removed (a lost phone and recovery codes); the button posts, Cancel goes back. */
export default async function ResetTwoFactorPage({ params }: EditorDocumentPageProps) {
  const { locale } = await pageContext(params);
  const { id } = await params;
  const editor = await signedInEditor(locale.tag);
  const members = `/${locale.tag}/editor/settings/members`;
  if (!canManageMembers(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="settings" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const data = (await asEditor(AdminMembersQuery, {})).data;
  const member = data?.members.edges.map((e) => e.node).find((m) => m.user.id === id);
  return (
    <>
      <h1>{t('members.resetTwoFactorTitle')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      {member ? (
        <form method="post" action={`${members}/save`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="action" value="resetTwoFactor" />
          <input type="hidden" name="user" value={id} />
          <p>{t('members.resetTwoFactorQuestion', { name: member.user.displayName, email: member.user.email })}</p>
          <div className="block-actions">
            <button className="button" type="submit">
              {t('members.resetTwoFactorConfirm', { name: member.user.displayName })}
            </button>
            <a href={members}>{t('members.cancel')}</a>
          </div>
        </form>
      ) : (
        <p>
          {t('members.notMember')} <a href={members}>{t('members.cancel')}</a>
        </p>
      )}
    </>
  );
}
