import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Role } from '@careleaf/schema/web/graphql';
import { AdminFieldError, AdminMessage, adminFieldProps } from '../../../../../../components/editor/admin/AdminMessage';
import { NotAllowed } from '../../../../../../components/editor/admin/NotAllowed';
import { SettingsNav } from '../../../../../../components/editor/admin/SettingsNav';
import { readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { canManageMembers } from '../../../../../../lib/editor/admin/access';
import { AdminMembersQuery } from '../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import type { EditorPageProps } from '../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../lib/page';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';

const ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'REVIEWER', 'TRANSLATOR', 'VIEWER'];

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('members.title') };
}

const date = (value: unknown, locale: string) =>
  new Date(value as string).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' } as Intl.DateTimeFormatOptions);

/** Members with a form per row to change the role; invitations by e-mail; removing goes through a confirmation page. */
export default async function MembersPage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const languageName = new Intl.DisplayNames([locale.tag], { type: 'language' });
  const base = `/${locale.tag}/editor/settings/members`;
  if (!canManageMembers(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="settings" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const flash = await readFlash((await searchParams).flash);
  const data = (await asEditor(AdminMembersQuery, {})).data;
  if (!data) throw new Error('The API did not return the members.');
  const members = data.members.edges.map((e) => e.node);
  const roleName = (r: Role) =>
    ({
      ADMIN: t('members.roles.ADMIN'),
      EDITOR: t('members.roles.EDITOR'),
      REVIEWER: t('members.roles.REVIEWER'),
      TRANSLATOR: t('members.roles.TRANSLATOR'),
      VIEWER: t('members.roles.VIEWER'),
    })[r];
  const roleOptions = ROLES.map((r) => (
    <option key={r} value={r}>
      {roleName(r)}
    </option>
  ));
  const action = `${base}/save`;
  return (
    <>
      <h1>{t('members.title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <SettingsNav locale={locale.tag} current="members" />

      <section aria-labelledby="members-heading" className="admin-section">
        <h2 id="members-heading">{t('members.caption', { count: data.members.totalCount })}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="members" />
        <table className="editor-table">
          <caption className="visually-hidden">{t('members.caption', { count: data.members.totalCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.email')}</th>
              <th scope="col">{t('members.since')}</th>
              <th scope="col">{t('members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const id = m.user.id;
              const who = m.user.displayName;
              return (
                <tr key={id}>
                  <th scope="row">
                    {who} {id === editor.user.id ? t('members.you') : null}
                  </th>
                  <td>{m.user.email}</td>
                  <td>{date(m.since, locale.tag)}</td>
                  <td>
                    <form method="post" action={action} className="member-form">
                      <input type="hidden" name="csrf" value={editor.csrfToken} />
                      <input type="hidden" name="action" value="role" />
                      <input type="hidden" name="user" value={id} />
                      <div className="field">
                        <label htmlFor={`role-${id}`}>{t('members.roleOf', { name: who })}</label>
                        <select id={`role-${id}`} name="role" defaultValue={m.role} {...adminFieldProps(flash, `role-${id}`)}>
                          {roleOptions}
                        </select>
                        <AdminFieldError flash={flash} id={`role-${id}`} />
                      </div>
                      <div className="field">
                        <label htmlFor={`locales-${id}`}>{t('members.localesOf', { name: who })}</label>
                        <input
                          id={`locales-${id}`}
                          name="locales"
                          defaultValue={m.locales.join(', ')}
                          autoComplete="off"
                          spellCheck={false}
                          {...adminFieldProps(flash, `locales-${id}`, 'member-locales-hint')}
                        />
                        <AdminFieldError flash={flash} id={`locales-${id}`} />
                      </div>
                      <div className="block-actions">
                        <button className="button" type="submit">
                          {t('members.changeRole', { name: who })}
                        </button>
                        <a href={`${base}/${id}/remove`}>{t('members.remove', { name: who })}</a>
                        <a href={`${base}/${id}/reset-two-factor`}>{t('members.resetTwoFactor', { name: who })}</a>
                      </div>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="hint" id="member-locales-hint">
          {t('members.localesHint')}
        </p>
      </section>

      <section aria-labelledby="invite-heading" className="admin-section">
        <h2 id="invite-heading">{t('members.inviteTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="invite" />
        <form method="post" action={action} className="editor-form" noValidate>
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="action" value="invite" />
          <div className="field">
            <label htmlFor="invite-email">{t('members.inviteEmail')}</label>
            <input id="invite-email" name="email" type="email" autoComplete="off" {...adminFieldProps(flash, 'invite-email')} />
            <AdminFieldError flash={flash} id="invite-email" />
          </div>
          <div className="field">
            <label htmlFor="invite-role">{t('members.inviteRole')}</label>
            <select id="invite-role" name="role" defaultValue="EDITOR" {...adminFieldProps(flash, 'invite-role')}>
              {roleOptions}
            </select>
            <AdminFieldError flash={flash} id="invite-role" />
          </div>
          <div className="field">
            <label htmlFor="invite-locales">{t('members.inviteLocales')}</label>
            <input
              id="invite-locales"
              name="locales"
              autoComplete="off"
              spellCheck={false}
              {...adminFieldProps(flash, 'invite-locales', 'invite-locales-hint')}
            />
            <p className="hint" id="invite-locales-hint">
              {t('members.localesHint')}
            </p>
            <AdminFieldError flash={flash} id="invite-locales" />
          </div>
          <div className="field">
            <label htmlFor="invite-language">{t('members.inviteLanguage')}</label>
            <select id="invite-language" name="language" defaultValue={locale.tag}>
              {tenant.locales.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag}>
                  {languageName.of(l.tag) ?? l.tag}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button className="button" type="submit">
              {t('members.invite')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="invitations-heading" className="admin-section">
        <h2 id="invitations-heading">{t('members.invitationsTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="invitations" />
        {data.invitations.length ? (
          <table className="editor-table">
            <caption className="visually-hidden">{t('members.invitationsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.expires')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.invitations.map((inv) => (
                <tr key={inv.id}>
                  <th scope="row">{inv.email}</th>
                  <td>
                    {roleName(inv.role)}
                    {inv.locales.length ? ` (${inv.locales.join(', ')})` : null}
                  </td>
                  <td>{date(inv.expiresAt, locale.tag)}</td>
                  <td>
                    <form method="post" action={action}>
                      <input type="hidden" name="csrf" value={editor.csrfToken} />
                      <input type="hidden" name="action" value="revoke" />
                      <input type="hidden" name="invitation" value={inv.id} />
                      <button className="button button-danger" type="submit">
                        {t('members.revoke', { email: inv.email })}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('members.invitationsEmpty')}</p>
        )}
      </section>
    </>
  );
}
