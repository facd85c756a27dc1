import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../components/editor/EditorMessage';
import { one, type EditorPageProps } from '../../../../lib/editor/page-props';
import { pageContext } from '../../../../lib/page';
import { safeBackPath } from '../../../../lib/paths';
import { asEditor } from '../../../../lib/editor/api';
import { SsoProviderQuery } from '../../../../lib/editor/sso-documents';
import { recallDraft } from '../../../../lib/editor/admin/form-memory';

export async function generateMetadata({ params, searchParams }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  // A refused attempt says so in the title first, which is what a screen reader announces on the new page.
  const flash = await readFlash((await searchParams).flash);
  return { title: flash?.kind === 'error' ? t('signIn.titleError', { title: t('signIn.title') }) : t('signIn.title') };
}

export default async function SignInPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const query = await searchParams;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const back = safeBackPath(one(query.back), `/${locale.tag}/editor`);
  // The tenant's identity provider, if it has one: a plain link, so it works without JavaScript (see sso/route.ts).
  const provider = (await asEditor(SsoProviderQuery, {})).data?.ssoProvider ?? null;
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      {provider ? (
        <>
          <p>
            <a className="button" href={`/${locale.tag}/editor/sign-in/sso?back=${encodeURIComponent(back)}`}>
              {t('signIn.sso', { provider: provider.name })}
            </a>
          </p>
          <h2>{t('signIn.passwordHeading')}</h2>
        </>
      ) : null}
      <form method="post" action={`/${locale.tag}/editor/sign-in/submit`} className="editor-form" noValidate>
        <input type="hidden" name="back" value={back} />
        <div className="field">
          <label htmlFor="email">{t('signIn.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={(await recallDraft(flash))?.value('email', '') ?? ''}
            {...fieldErrorProps(flash, 'email')}
          />
          <FieldError flash={flash} id="email" />
        </div>
        <div className="field">
          <label htmlFor="password">{t('signIn.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            {...fieldErrorProps(flash, 'password')}
          />
          <FieldError flash={flash} id="password" />
        </div>
        <button className="button" type="submit">
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <a href={`/${locale.tag}/editor/reset-password`}>{t('signIn.forgot')}</a>
      </p>
    </>
  );
}
