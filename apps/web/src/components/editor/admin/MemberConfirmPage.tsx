import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { canManageMembers } from '../../../lib/editor/admin/access';
import { AdminMembersQuery } from '../../../lib/editor/admin-documents';
import { asEditor } from '../../../lib/editor/api';
import type { EditorDocumentPageProps } from '../../../lib/editor/page-props';
import { signedInEditor } from '../../../lib/editor/signed-in';
import { pageContext } from '../../../lib/page';
import { EditorNav } from '../EditorNav';
import { NotAllowed } from './NotAllowed';

/** The member actions that ask first: what the form posts to `members/save` (the texts name their keys literally, for the catalog check). */
export type ConfirmedMemberAction = 'remove' | 'resetTwoFactor';

export async function memberConfirmMetadata(params: EditorDocumentPageProps['params'], action: ConfirmedMemberAction): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: action === 'remove' ? t('members.removeTitle') : t('members.resetTwoFactorTitle') };
}

/** Asks before a member is removed or loses two-factor sign-in (a lost phone); the button posts, Cancel goes back. */
export async function MemberConfirmPage({ params, action }: { params: EditorDocumentPageProps['params']; action: ConfirmedMemberAction }) {
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
      <h1>{action === 'remove' ? t('members.removeTitle') : t('members.resetTwoFactorTitle')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      {member ? (
        <form method="post" action={`${members}/save`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="action" value={action} />
          <input type="hidden" name="user" value={id} />
          <p>
            {action === 'remove'
              ? t('members.removeQuestion', { name: member.user.displayName, email: member.user.email })
              : t('members.resetTwoFactorQuestion', { name: member.user.displayName, email: member.user.email })}
          </p>
          <div className="block-actions">
            <button className="button button-danger" type="submit">
              {action === 'remove'
                ? t('members.removeConfirm', { name: member.user.displayName })
                : t('members.resetTwoFactorConfirm', { name: member.user.displayName })}
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
