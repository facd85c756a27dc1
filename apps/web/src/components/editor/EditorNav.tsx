import { getTranslations } from 'next-intl/server';
import type { Editor } from '../../lib/editor/api';
import { canChangeSettings, canReadAuditLog } from '../../lib/editor/admin/access';
import { TenantSwitcher } from './admin/TenantSwitcher';

/** The editor's own navigation and the sign-out form (a POST with the CSRF token, never a link). */
export async function EditorNav({ locale, editor }: { locale: string; editor: Editor }) {
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const base = `/${locale}/editor`;
  return (
    <div className="editor-bar">
      <nav aria-label={t('nav.label')}>
        <ul className="editor-nav">
          <li>
            <a href={base}>{t('nav.dashboard')}</a>
          </li>
          <li>
            <a href={`${base}/documents`}>{t('nav.documents')}</a>
          </li>
          <li>
            <a href={`${base}/import`}>{t('nav.import')}</a>
          </li>
          <li>
            <a href={`${base}/translations`}>{t('nav.translations')}</a>
          </li>
          <li>
            <a href={`${base}/registries`}>{t('admin.nav.registries')}</a>
          </li>
          <li>
            <a href={`${base}/account/sessions`}>{t('nav.sessions')}</a>
          </li>
          {canChangeSettings(editor) ? (
            <li>
              <a href={`${base}/settings`}>{t('admin.nav.settings')}</a>
            </li>
          ) : null}
          {canReadAuditLog(editor) ? (
            <li>
              <a href={`${base}/audit`}>{t('admin.nav.audit')}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <TenantSwitcher locale={locale} editor={editor} />
      <p className="editor-account">
        <a href={`${base}/account/two-factor`}>{t('nav.twoFactor')}</a>{' '}
        <a href={`${base}/account/notifications`}>{t('nav.notifications')}</a>
      </p>
      <form method="post" action={`${base}/sign-out`} className="editor-signout">
        <input type="hidden" name="csrf" value={editor.csrfToken} />
        <p>{t('signedInAs', { name: editor.user.displayName })}</p>
        <button className="button button-danger" type="submit">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}

/** What an editor page shows to someone who is not signed in (no redirect: the proxy owns status codes). */
export async function SignInRequired({ locale, back }: { locale: string; back: string }) {
  const t = await getTranslations({ locale, namespace: 'Editor' });
  return (
    <>
      <h1>{t('signInRequired.title')}</h1>
      <p>
        <a href={`/${locale}/editor/sign-in?back=${encodeURIComponent(back)}`}>{t('signInRequired.link')}</a>
      </p>
    </>
  );
}
