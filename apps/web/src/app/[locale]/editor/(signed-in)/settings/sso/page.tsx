import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Role } from '@careleaf/schema/web/graphql';
import { AdminField } from '../../../../../../components/editor/admin/AdminField';
import { AdminMessage } from '../../../../../../components/editor/admin/AdminMessage';
import { NotAllowed } from '../../../../../../components/editor/admin/NotAllowed';
import { SettingsNav } from '../../../../../../components/editor/admin/SettingsNav';
import { readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { canConfigureSso } from '../../../../../../lib/editor/admin/access';
import { recallDraft } from '../../../../../../lib/editor/admin/form-memory';
import { SSO_BLANK_ROWS, SSO_ROLES, ssoRowId } from '../../../../../../lib/editor/admin/sso-form';
import { asEditor } from '../../../../../../lib/editor/api';
import type { EditorPageProps } from '../../../../../../lib/editor/page-props';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';
import { AdminSsoSettingsQuery } from '../../../../../../lib/editor/sso-documents';
import { pageContext } from '../../../../../../lib/page';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('sso.title') };
}

/**
 * Single sign-on with the organisation's identity provider (admins): one
 * form, without JavaScript. The client secret is never shown; left empty it
 * keeps the stored one. Claim values map to roles in rows (the first row a
 * person matches wins), with a few empty rows to add more.
 */
export default async function SsoSettingsPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  if (!canConfigureSso(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="settings" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const flash = await readFlash((await searchParams).flash);
  const data = (await asEditor(AdminSsoSettingsQuery, {})).data;
  if (!data) throw new Error('The API did not return the single sign-on settings.');
  const saved = data.ssoSettings;
  const draft = await recallDraft(flash);
  const value = (name: string, stored: string) => draft?.value(name, stored) ?? stored;
  const checked = (name: string, stored: boolean) => (draft ? draft.checked(name) : stored);
  const rows = [...(saved?.mappings ?? []), ...Array.from({ length: SSO_BLANK_ROWS }, () => null)];
  const roleName = (r: Role) =>
    ({
      ADMIN: t('members.roles.ADMIN'),
      EDITOR: t('members.roles.EDITOR'),
      REVIEWER: t('members.roles.REVIEWER'),
      TRANSLATOR: t('members.roles.TRANSLATOR'),
      VIEWER: t('members.roles.VIEWER'),
    })[r];
  return (
    <>
      <h1>{t('sso.title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <SettingsNav locale={locale.tag} current="sso" />
      <section aria-labelledby="sso-heading" className="admin-section">
        <h2 id="sso-heading">{t('sso.formLegend')}</h2>
        <p>{t('sso.intro')}</p>
        <p>
          {t('sso.redirectUri')} <code>{data.ssoRedirectUri}</code>
        </p>
        <AdminMessage flash={flash} locale={locale.tag} section="sso" />
        <form method="post" action={`/${locale.tag}/editor/settings/sso/save`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <div className="field checkbox">
            <input type="checkbox" id="sso-enabled" name="sso-enabled" defaultChecked={checked('sso-enabled', saved?.enabled ?? true)} />
            <label htmlFor="sso-enabled">{t('sso.enabled')}</label>
          </div>
          <AdminField id="sso-provider-name" label={t('sso.providerName')} hint={t('sso.providerNameHint')} flash={flash}>
            {(control) => (
              <input {...control} defaultValue={value(control.id, saved?.providerName ?? '')} maxLength={80} autoComplete="off" />
            )}
          </AdminField>
          <AdminField id="sso-issuer" label={t('sso.issuer')} hint={t('sso.issuerHint')} flash={flash}>
            {(control) => (
              <input
                {...control}
                type="url"
                defaultValue={value(control.id, saved?.issuer ?? '')}
                maxLength={500}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </AdminField>
          <AdminField id="sso-client-id" label={t('sso.clientId')} flash={flash}>
            {(control) => (
              <input
                {...control}
                defaultValue={value(control.id, saved?.clientId ?? '')}
                maxLength={200}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </AdminField>
          <AdminField
            id="sso-client-secret"
            label={t('sso.clientSecret')}
            hint={saved?.clientSecretSet ? t('sso.clientSecretKept') : t('sso.clientSecretHint')}
            flash={flash}
          >
            {(control) => <input {...control} type="password" maxLength={500} autoComplete="new-password" />}
          </AdminField>
          <AdminField id="sso-domains" label={t('sso.domains')} hint={t('sso.domainsHint')} flash={flash}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                defaultValue={value(control.id, (saved?.allowedDomains ?? []).join('\n'))}
                spellCheck={false}
              />
            )}
          </AdminField>
          <AdminField id="sso-claim" label={t('sso.claim')} hint={t('sso.claimHint')} flash={flash}>
            {(control) => (
              <input
                {...control}
                defaultValue={value(control.id, saved?.claim ?? 'groups')}
                maxLength={64}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </AdminField>
          <p id="sso-mappings-hint" className="hint">
            {t('sso.mappingsHint')}
          </p>
          {rows.map((row, i) => (
            <fieldset key={i} aria-describedby="sso-mappings-hint">
              <legend>{t('sso.mappingLegend', { n: i + 1 })}</legend>
              <AdminField id={ssoRowId('value', i)} label={t('sso.mappingValue')} flash={flash}>
                {(control) => (
                  <input
                    {...control}
                    defaultValue={value(control.id, row?.value ?? '')}
                    maxLength={200}
                    autoComplete="off"
                    spellCheck={false}
                  />
                )}
              </AdminField>
              <AdminField id={ssoRowId('role', i)} label={t('sso.mappingRole')} flash={flash}>
                {(control) => (
                  <select {...control} defaultValue={value(control.id, row?.role ?? 'EDITOR')}>
                    {SSO_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {roleName(r)}
                      </option>
                    ))}
                  </select>
                )}
              </AdminField>
              <AdminField id={ssoRowId('locales', i)} label={t('sso.mappingLocales')} flash={flash}>
                {(control) => (
                  <input
                    {...control}
                    defaultValue={value(control.id, (row?.locales ?? []).join(', '))}
                    autoComplete="off"
                    spellCheck={false}
                  />
                )}
              </AdminField>
            </fieldset>
          ))}
          <div className="field checkbox">
            <input
              type="checkbox"
              id="sso-just-in-time"
              name="sso-just-in-time"
              defaultChecked={checked('sso-just-in-time', saved?.justInTime ?? false)}
              aria-describedby="sso-just-in-time-hint"
            />
            <label htmlFor="sso-just-in-time">{t('sso.justInTime')}</label>
            <p className="hint" id="sso-just-in-time-hint">
              {t('sso.justInTimeHint')}
            </p>
          </div>
          <div className="field checkbox">
            <input
              type="checkbox"
              id="sso-only"
              name="sso-only"
              defaultChecked={checked('sso-only', saved?.ssoOnly ?? false)}
              aria-describedby="sso-only-hint"
            />
            <label htmlFor="sso-only">{t('sso.ssoOnly')}</label>
            <p className="hint" id="sso-only-hint">
              {t('sso.ssoOnlyHint')}
            </p>
          </div>
          <p className="hint">{t('sso.mfaNote')}</p>
          <div>
            <button className="button" type="submit">
              {t('sso.save')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
