import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Role } from '@careleaf/schema/web/graphql';
import { AdminFieldError, AdminMessage, adminFieldProps } from '../../../../../../components/editor/admin/AdminMessage';
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
  const draft = recallDraft(flash);
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
          <div className="field">
            <label htmlFor="sso-provider-name">{t('sso.providerName')}</label>
            <p className="hint" id="sso-provider-name-hint">
              {t('sso.providerNameHint')}
            </p>
            <input
              id="sso-provider-name"
              name="sso-provider-name"
              defaultValue={value('sso-provider-name', saved?.providerName ?? '')}
              maxLength={80}
              autoComplete="off"
              {...adminFieldProps(flash, 'sso-provider-name', 'sso-provider-name-hint')}
            />
            <AdminFieldError flash={flash} id="sso-provider-name" />
          </div>
          <div className="field">
            <label htmlFor="sso-issuer">{t('sso.issuer')}</label>
            <p className="hint" id="sso-issuer-hint">
              {t('sso.issuerHint')}
            </p>
            <input
              id="sso-issuer"
              name="sso-issuer"
              type="url"
              defaultValue={value('sso-issuer', saved?.issuer ?? '')}
              maxLength={500}
              autoComplete="off"
              spellCheck={false}
              {...adminFieldProps(flash, 'sso-issuer', 'sso-issuer-hint')}
            />
            <AdminFieldError flash={flash} id="sso-issuer" />
          </div>
          <div className="field">
            <label htmlFor="sso-client-id">{t('sso.clientId')}</label>
            <input
              id="sso-client-id"
              name="sso-client-id"
              defaultValue={value('sso-client-id', saved?.clientId ?? '')}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              {...adminFieldProps(flash, 'sso-client-id')}
            />
            <AdminFieldError flash={flash} id="sso-client-id" />
          </div>
          <div className="field">
            <label htmlFor="sso-client-secret">{t('sso.clientSecret')}</label>
            <p className="hint" id="sso-client-secret-hint">
              {saved?.clientSecretSet ? t('sso.clientSecretKept') : t('sso.clientSecretHint')}
            </p>
            <input
              id="sso-client-secret"
              name="sso-client-secret"
              type="password"
              maxLength={500}
              autoComplete="new-password"
              {...adminFieldProps(flash, 'sso-client-secret', 'sso-client-secret-hint')}
            />
            <AdminFieldError flash={flash} id="sso-client-secret" />
          </div>
          <div className="field">
            <label htmlFor="sso-domains">{t('sso.domains')}</label>
            <p className="hint" id="sso-domains-hint">
              {t('sso.domainsHint')}
            </p>
            <textarea
              id="sso-domains"
              name="sso-domains"
              rows={3}
              defaultValue={value('sso-domains', (saved?.allowedDomains ?? []).join('\n'))}
              spellCheck={false}
              {...adminFieldProps(flash, 'sso-domains', 'sso-domains-hint')}
            />
            <AdminFieldError flash={flash} id="sso-domains" />
          </div>
          <div className="field">
            <label htmlFor="sso-claim">{t('sso.claim')}</label>
            <p className="hint" id="sso-claim-hint">
              {t('sso.claimHint')}
            </p>
            <input
              id="sso-claim"
              name="sso-claim"
              defaultValue={value('sso-claim', saved?.claim ?? 'groups')}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
              {...adminFieldProps(flash, 'sso-claim', 'sso-claim-hint')}
            />
            <AdminFieldError flash={flash} id="sso-claim" />
          </div>
          <p id="sso-mappings-hint" className="hint">
            {t('sso.mappingsHint')}
          </p>
          {rows.map((row, i) => (
            <fieldset key={i} aria-describedby="sso-mappings-hint">
              <legend>{t('sso.mappingLegend', { n: i + 1 })}</legend>
              <div className="field">
                <label htmlFor={ssoRowId('value', i)}>{t('sso.mappingValue')}</label>
                <input
                  id={ssoRowId('value', i)}
                  name={ssoRowId('value', i)}
                  defaultValue={value(ssoRowId('value', i), row?.value ?? '')}
                  maxLength={200}
                  autoComplete="off"
                  spellCheck={false}
                  {...adminFieldProps(flash, ssoRowId('value', i))}
                />
                <AdminFieldError flash={flash} id={ssoRowId('value', i)} />
              </div>
              <div className="field">
                <label htmlFor={ssoRowId('role', i)}>{t('sso.mappingRole')}</label>
                <select
                  id={ssoRowId('role', i)}
                  name={ssoRowId('role', i)}
                  defaultValue={value(ssoRowId('role', i), row?.role ?? 'EDITOR')}
                  {...adminFieldProps(flash, ssoRowId('role', i))}
                >
                  {SSO_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {roleName(r)}
                    </option>
                  ))}
                </select>
                <AdminFieldError flash={flash} id={ssoRowId('role', i)} />
              </div>
              <div className="field">
                <label htmlFor={ssoRowId('locales', i)}>{t('sso.mappingLocales')}</label>
                <input
                  id={ssoRowId('locales', i)}
                  name={ssoRowId('locales', i)}
                  defaultValue={value(ssoRowId('locales', i), (row?.locales ?? []).join(', '))}
                  autoComplete="off"
                  spellCheck={false}
                  {...adminFieldProps(flash, ssoRowId('locales', i))}
                />
                <AdminFieldError flash={flash} id={ssoRowId('locales', i)} />
              </div>
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
