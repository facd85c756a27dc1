import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, FieldError, readFlash } from '../../../../../components/editor/EditorMessage';
import { one, type EditorPageProps } from '../../../../../lib/editor/page-props';
import { challengeOfRequest } from '../../../../../lib/editor/two-factor-cookies';
import { pageContext } from '../../../../../lib/page';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('twoFactor.signIn.title') };
}

/**
 * The second sign-in step: one field for the authenticator app's code, or
 * (`?method=recovery`) for a recovery code. The challenge itself is in an
 * HttpOnly cookie the password step set; without it this page only leads back.
 */
export default async function SignInCodePage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const query = await searchParams;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const base = `/${locale.tag}/editor/sign-in`;
  if (!(await challengeOfRequest())) {
    return (
      <>
        <h1>{t('twoFactor.signIn.title')}</h1>
        <EditorMessage flash={flash} locale={locale.tag} />
        <p>{t('twoFactor.signIn.expired')}</p>
        <p>
          <a href={base}>{t('twoFactor.signIn.again')}</a>
        </p>
      </>
    );
  }
  const recovery = one(query.method) === 'recovery';
  const id = recovery ? 'recoveryCode' : 'code';
  const invalid = flash?.kind === 'error' && flash.field === id;
  const describedBy = [invalid ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');
  return (
    <>
      <h1>{t('twoFactor.signIn.title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <form method="post" action={`${base}/code/submit`} className="editor-form" noValidate>
        <input type="hidden" name="method" value={recovery ? 'recovery' : 'app'} />
        <div className="field">
          <label htmlFor={id}>{recovery ? t('twoFactor.signIn.recoveryLabel') : t('twoFactor.signIn.codeLabel')}</label>
          <p className="hint" id={`${id}-hint`}>
            {recovery ? t('twoFactor.signIn.recoveryHint') : t('twoFactor.signIn.codeHint')}
          </p>
          {recovery ? (
            <input
              id={id}
              name={id}
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              aria-describedby={describedBy}
              {...(invalid ? { 'aria-invalid': true } : {})}
            />
          ) : (
            <input
              id={id}
              name={id}
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={8}
              required
              aria-describedby={describedBy}
              {...(invalid ? { 'aria-invalid': true } : {})}
            />
          )}
          <FieldError flash={flash} id={id} />
        </div>
        <button className="button" type="submit">
          {t('twoFactor.signIn.submit')}
        </button>
      </form>
      <p>
        {recovery ? (
          <a href={`${base}/code`}>{t('twoFactor.signIn.useApp')}</a>
        ) : (
          <a href={`${base}/code?method=recovery`}>{t('twoFactor.signIn.useRecovery')}</a>
        )}
      </p>
    </>
  );
}
