import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { asEditor } from '../../../../../../lib/editor/api';
import type { EditorPageProps } from '../../../../../../lib/editor/page-props';
import { qrSvg } from '../../../../../../lib/editor/qr-svg';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';
import { recoveryCodesOfRequest, setupOfRequest } from '../../../../../../lib/editor/two-factor-cookies';
import { TwoFactorStatusQuery } from '../../../../../../lib/editor/two-factor-documents';
import { pageContext } from '../../../../../../lib/page';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('twoFactor.title') };
}

/**
 * Two-factor sign-in of one's own account: set it up (QR code and the secret
 * as text, then a first code), the recovery codes right after (once), and
 * turning it off. Open to members the tenant's rule holds at enrolment: the
 * API answers these fields for them, and nothing else.
 */
export default async function TwoFactorPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash((await searchParams).flash);
  const base = `/${locale.tag}/editor/account/two-factor`;
  const [status, setup, recoveryCodes] = await Promise.all([
    asEditor(TwoFactorStatusQuery, {}),
    setupOfRequest(),
    recoveryCodesOfRequest(),
  ]);
  const state = status.data?.twoFactorStatus;
  const csrf = <input type="hidden" name="csrf" value={editor.csrfToken} />;
  return (
    <>
      <EditorNav locale={locale.tag} editor={editor} />
      <h1>{t('twoFactor.title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      {state?.enrolmentRequired ? <p>{t('twoFactor.required')}</p> : null}
      {recoveryCodes.length > 0 && state?.enabled ? (
        <section aria-labelledby="recovery-codes">
          <h2 id="recovery-codes">{t('twoFactor.recovery.title')}</h2>
          <p>{t('twoFactor.recovery.instruction')}</p>
          <ol className="recovery-codes" lang="en" translate="no">
            {recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <p>
            <a href={`${base}/recovery-codes`} download="careleaf-recovery-codes.txt">
              {t('twoFactor.recovery.download')}
            </a>
          </p>
          <form method="post" action={`${base}/done`}>
            {csrf}
            <button className="button" type="submit">
              {t('twoFactor.recovery.done')}
            </button>
          </form>
          <p>
            <a href={`/${locale.tag}/editor`}>{t('twoFactor.toEditor')}</a>
          </p>
        </section>
      ) : null}
      {state?.enabled ? (
        <section aria-labelledby="two-factor-on">
          <h2 id="two-factor-on">{t('twoFactor.on.title')}</h2>
          <p>{t('twoFactor.on.text', { left: state.recoveryCodesLeft })}</p>
          <h3>{t('twoFactor.disable.title')}</h3>
          <p id="disable-hint">{t('twoFactor.disable.hint')}</p>
          <form method="post" action={`${base}/disable`} className="editor-form" noValidate>
            {csrf}
            <div className="field">
              <label htmlFor="disableCode">{t('twoFactor.disable.code')}</label>
              <input
                id="disableCode"
                name="disableCode"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                aria-describedby="disable-hint"
                {...fieldErrorProps(flash, 'disableCode')}
              />
              <FieldError flash={flash} id="disableCode" />
            </div>
            <div className="field">
              <label htmlFor="disablePassword">{t('twoFactor.disable.password')}</label>
              <input
                id="disablePassword"
                name="disablePassword"
                type="password"
                autoComplete="current-password"
                aria-describedby="disable-hint"
                {...fieldErrorProps(flash, 'disablePassword')}
              />
              <FieldError flash={flash} id="disablePassword" />
            </div>
            <button className="button button-danger" type="submit">
              {t('twoFactor.disable.submit')}
            </button>
          </form>
        </section>
      ) : setup ? (
        <section aria-labelledby="set-up">
          <h2 id="set-up">{t('twoFactor.setup.title')}</h2>
          <ol>
            <li>{t('twoFactor.setup.stepApp')}</li>
            <li>{t('twoFactor.setup.stepScan')}</li>
            <li>{t('twoFactor.setup.stepCode')}</li>
          </ol>
          <div
            className="qr-code"
            role="img"
            aria-label={t('twoFactor.setup.qrLabel')}
            dangerouslySetInnerHTML={{ __html: await qrSvg(setup.uri) }}
          />
          <p>{t('twoFactor.setup.orType')}</p>
          <p className="secret-key" lang="en" translate="no">
            <code id="secret-key">{setup.secretGroups.join(' ')}</code>
          </p>
          <form method="post" action={`${base}/confirm`} className="editor-form" noValidate>
            {csrf}
            <div className="field">
              <label htmlFor="confirmCode">{t('twoFactor.setup.codeLabel')}</label>
              <p className="hint" id="confirmCode-hint">
                {t('twoFactor.signIn.codeHint')}
              </p>
              <input
                id="confirmCode"
                name="confirmCode"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={8}
                required
                aria-describedby={
                  flash?.kind === 'error' && flash.field === 'confirmCode' ? 'confirmCode-error confirmCode-hint' : 'confirmCode-hint'
                }
                {...(flash?.kind === 'error' && flash.field === 'confirmCode' ? { 'aria-invalid': true } : {})}
              />
              <FieldError flash={flash} id="confirmCode" />
            </div>
            <button className="button" type="submit">
              {t('twoFactor.setup.confirm')}
            </button>
          </form>
        </section>
      ) : (
        <section aria-labelledby="two-factor-off">
          <h2 id="two-factor-off">{t('twoFactor.off.title')}</h2>
          <p>{t('twoFactor.off.text')}</p>
          <form method="post" action={`${base}/start`}>
            {csrf}
            <button className="button" type="submit">
              {t('twoFactor.setup.start')}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
