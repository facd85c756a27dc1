import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../components/editor/EditorMessage';
import { asEditor } from '../../../../lib/editor/api';
import { PasswordResetLinkOpenQuery } from '../../../../lib/editor/documents';
import { one, type EditorPageProps } from '../../../../lib/editor/page-props';
import { pageContext } from '../../../../lib/page';

export async function generateMetadata({ params, searchParams }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: one((await searchParams).token) ? t('reset.title') : t('reset.requestTitle'), robots: { index: false } };
}

/**
 * Without a token: the form that asks for a reset link. With the token from
 * the mail: the form for the new password, or, when the link no longer
 * works, what happened and the form to ask for a new one.
 */
export default async function ResetPasswordPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const query = await searchParams;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const token = (one(query.token) ?? '').slice(0, 200);
  const open = token ? (await asEditor(PasswordResetLinkOpenQuery, { token })).data?.passwordResetLinkOpen === true : false;
  const signIn = <a href={`/${locale.tag}/editor/sign-in`}>{t('reset.backToSignIn')}</a>;

  if (token && open) {
    const passwordError = flash?.kind === 'error' && flash.field === 'password';
    return (
      <>
        <h1>{t('reset.title')}</h1>
        <EditorMessage flash={flash} locale={locale.tag} />
        <form method="post" action={`/${locale.tag}/editor/reset-password/submit`} className="editor-form" noValidate>
          <input type="hidden" name="token" value={token} />
          <div className="field">
            <label htmlFor="password">{t('reset.password')}</label>
            <p className="hint" id="password-hint">
              {t('reset.passwordHint')}
            </p>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              aria-invalid={passwordError || undefined}
              aria-describedby={passwordError ? 'password-error password-hint' : 'password-hint'}
            />
            <FieldError flash={flash} id="password" />
          </div>
          <button className="button" type="submit">
            {t('reset.submit')}
          </button>
        </form>
        <p>{signIn}</p>
      </>
    );
  }

  return (
    <>
      {token ? (
        <>
          <h1>{t('reset.invalidTitle')}</h1>
          <EditorMessage flash={flash} locale={locale.tag} />
          <p>{t('reset.invalidText')}</p>
          <p>{t('reset.invalidWhat')}</p>
          <h2>{t('reset.requestNew')}</h2>
        </>
      ) : (
        <>
          <h1>{t('reset.requestTitle')}</h1>
          <EditorMessage flash={flash} locale={locale.tag} />
        </>
      )}
      <p>{t('reset.requestIntro')}</p>
      <form method="post" action={`/${locale.tag}/editor/reset-password/request`} className="editor-form" noValidate>
        <div className="field">
          <label htmlFor="email">{t('reset.email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required {...fieldErrorProps(flash, 'email')} />
          <FieldError flash={flash} id="email" />
        </div>
        <button className="button" type="submit">
          {t('reset.requestSubmit')}
        </button>
      </form>
      <p>{signIn}</p>
    </>
  );
}
