import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../components/editor/EditorMessage';
import { asEditor } from '../../../../lib/editor/api';
import { InvitationPreviewQuery } from '../../../../lib/editor/documents';
import { SsoProviderQuery } from '../../../../lib/editor/sso-documents';
import { one, type EditorPageProps } from '../../../../lib/editor/page-props';
import { pageContext } from '../../../../lib/page';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('invitation.title'), robots: { index: false } };
}

/**
 * Where the link in an invitation mail leads: a new address chooses a name and
 * a password, an address with an account enters that account's password; a
 * link that no longer works says so and what to do instead.
 */
export default async function AcceptInvitationPage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const query = await searchParams;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const token = (one(query.token) ?? '').slice(0, 200);
  const preview = token ? (await asEditor(InvitationPreviewQuery, { token })).data?.invitationPreview : null;
  const signIn = `/${locale.tag}/editor/sign-in`;
  if (!preview) {
    return (
      <>
        <h1>{t('invitation.invalidTitle')}</h1>
        <EditorMessage flash={flash} locale={locale.tag} />
        <p>{t('invitation.invalidText')}</p>
        <p>{t('invitation.invalidWhat')}</p>
        <p>
          <a href={signIn}>{t('invitation.signIn')}</a>
        </p>
      </>
    );
  }
  const passwordError = flash?.kind === 'error' && flash.field === 'password';
  // With the tenant's identity provider the invited person may sign in there instead of choosing a password.
  const provider = (await asEditor(SsoProviderQuery, {})).data?.ssoProvider ?? null;
  const describedBy =
    [passwordError ? 'password-error' : '', preview.hasAccount ? '' : 'password-hint'].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <h1>{t('invitation.title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <p>{t('invitation.intro', { site: tenant.name, email: preview.email })}</p>
      {provider ? (
        <>
          <p>{t('invitation.ssoIntro', { provider: provider.name })}</p>
          <p>
            <a className="button" href={`/${locale.tag}/editor/sign-in/sso?back=${encodeURIComponent(`/${locale.tag}/editor`)}`}>
              {t('signIn.sso', { provider: provider.name })}
            </a>
          </p>
          <h2>{t('invitation.passwordHeading')}</h2>
        </>
      ) : null}
      <p>{preview.hasAccount ? t('invitation.existingAccount') : t('invitation.newAccount')}</p>
      <form method="post" action={`/${locale.tag}/editor/accept-invitation/submit`} className="editor-form" noValidate>
        <input type="hidden" name="token" value={token} />
        {/* For password managers: the account the new password belongs to. */}
        <input type="hidden" name="email" value={preview.email} autoComplete="username" />
        {!preview.hasAccount && (
          <div className="field">
            <label htmlFor="displayName">{t('invitation.displayName')}</label>
            <input
              id="displayName"
              name="displayName"
              type="text"
              autoComplete="name"
              maxLength={200}
              required
              defaultValue={flash?.field === 'password' ? flash.value : undefined}
              {...fieldErrorProps(flash, 'displayName')}
            />
            <FieldError flash={flash} id="displayName" />
          </div>
        )}
        <div className="field">
          <label htmlFor="password">{preview.hasAccount ? t('invitation.currentPassword') : t('invitation.password')}</label>
          {!preview.hasAccount && (
            <p className="hint" id="password-hint">
              {t('invitation.passwordHint')}
            </p>
          )}
          <input
            id="password"
            name="password"
            type="password"
            autoComplete={preview.hasAccount ? 'current-password' : 'new-password'}
            required
            aria-invalid={passwordError || undefined}
            aria-describedby={describedBy}
          />
          <FieldError flash={flash} id="password" />
        </div>
        <button className="button" type="submit">
          {t('invitation.submit')}
        </button>
      </form>
      {preview.hasAccount && (
        <p>
          <a href={`/${locale.tag}/editor/reset-password`}>{t('invitation.forgot')}</a>
        </p>
      )}
    </>
  );
}
