import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminFieldError, AdminMessage, adminFieldProps } from '../../../../../../components/editor/admin/AdminMessage';
import { CorsOriginsSection } from '../../../../../../components/editor/admin/CorsOriginsSection';
import { NotAllowed } from '../../../../../../components/editor/admin/NotAllowed';
import { SettingsNav } from '../../../../../../components/editor/admin/SettingsNav';
import { WebhookEventName, WEBHOOK_EVENTS } from '../../../../../../components/editor/admin/WebhookEventName';
import { readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { canManageWebhooks } from '../../../../../../lib/editor/admin/access';
import { AdminWebhooksQuery } from '../../../../../../lib/editor/admin-webhooks';
import { asEditor } from '../../../../../../lib/editor/api';
import type { EditorPageProps } from '../../../../../../lib/editor/page-props';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';
import { webhookSecretOfRequest } from '../../../../../../lib/editor/webhook-secret-cookie';
import { pageContext } from '../../../../../../lib/page';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('webhooks.title') };
}

/**
 * The organisation's webhooks: a table with a form per row (switch on or
 * off, new secret), links to each delivery log and to the delete
 * confirmation, and the form that adds one. A new secret is shown once, from
 * its short-lived cookie, until the admin says it is saved.
 */
export default async function WebhooksPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const base = `/${locale.tag}/editor/settings/webhooks`;
  if (!canManageWebhooks(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="settings" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const [flash, shown, result] = await Promise.all([
    readFlash((await searchParams).flash),
    webhookSecretOfRequest(),
    asEditor(AdminWebhooksQuery, {}),
  ]);
  if (!result.data) throw new Error('The API did not return the webhooks.');
  const hooks = result.data.webhooks;
  const action = `${base}/save`;
  const shownHook = shown ? hooks.find((h) => h.id === shown.webhookId) : undefined;
  const state = (h: (typeof hooks)[number]) =>
    h.active
      ? t('webhooks.stateOn')
      : h.disabledReason === 'failures'
        ? t('webhooks.stateFailures', { count: h.consecutiveFailures })
        : t('webhooks.stateOff');
  return (
    <>
      <h1>{t('webhooks.title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <SettingsNav locale={locale.tag} current="webhooks" />
      <p>{t('webhooks.intro')}</p>

      {shown && shownHook ? (
        <section aria-labelledby="secret-heading" className="admin-section">
          <h2 id="secret-heading">{t('webhooks.secretTitle')}</h2>
          <p>{t('webhooks.secretInstruction', { url: shownHook.url })}</p>
          <p>
            <code className="webhook-secret" lang="en" translate="no" id="webhook-secret">
              {shown.secret}
            </code>
          </p>
          <form method="post" action={action}>
            <input type="hidden" name="csrf" value={editor.csrfToken} />
            <input type="hidden" name="action" value="hideSecret" />
            <button className="button" type="submit">
              {t('webhooks.secretDone')}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="webhooks-heading" className="admin-section">
        <h2 id="webhooks-heading">{t('webhooks.listTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="webhooks" />
        {hooks.length ? (
          <table className="editor-table">
            <caption className="visually-hidden">{t('webhooks.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.url')}</th>
                <th scope="col">{t('webhooks.events')}</th>
                <th scope="col">{t('webhooks.state')}</th>
                <th scope="col">{t('webhooks.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {hooks.map((h) => {
                const name = h.description || h.url;
                return (
                  <tr key={h.id}>
                    <th scope="row">
                      <span className="webhook-url" translate="no">
                        {h.url}
                      </span>
                      {h.description ? <span className="hint"> {h.description}</span> : null}
                    </th>
                    <td>
                      <ul>
                        {h.events.map((e) => (
                          <li key={e}>
                            <WebhookEventName locale={locale.tag} name={e} />
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{state(h)}</td>
                    <td>
                      <form method="post" action={action}>
                        <input type="hidden" name="csrf" value={editor.csrfToken} />
                        <input type="hidden" name="webhook" value={h.id} />
                        <div className="block-actions">
                          <button className="button" type="submit" name="action" value={h.active ? 'disable' : 'enable'}>
                            {h.active ? t('webhooks.disable', { name }) : t('webhooks.enable', { name })}
                          </button>
                          <button className="button" type="submit" name="action" value="rotate">
                            {t('webhooks.rotate', { name })}
                          </button>
                          <a href={`${base}/${h.id}`}>{t('webhooks.log', { name })}</a>
                          <a href={`${base}/${h.id}/delete`}>{t('webhooks.delete', { name })}</a>
                        </div>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p>{t('webhooks.empty')}</p>
        )}
      </section>

      <section aria-labelledby="webhook-new-heading" className="admin-section">
        <h2 id="webhook-new-heading">{t('webhooks.newTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="new" />
        <form method="post" action={action} className="editor-form" noValidate>
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="action" value="create" />
          <div className="field">
            <label htmlFor="webhook-url">{t('webhooks.url')}</label>
            <input
              id="webhook-url"
              name="url"
              type="url"
              autoComplete="off"
              spellCheck={false}
              maxLength={2048}
              {...adminFieldProps(flash, 'webhook-url', 'webhook-url-hint')}
            />
            <p className="hint" id="webhook-url-hint">
              {t('webhooks.urlHint')}
            </p>
            <AdminFieldError flash={flash} id="webhook-url" />
          </div>
          <div className="field">
            <label htmlFor="webhook-description">{t('webhooks.description')}</label>
            <input
              id="webhook-description"
              name="description"
              autoComplete="off"
              maxLength={300}
              {...adminFieldProps(flash, 'webhook-description')}
            />
            <AdminFieldError flash={flash} id="webhook-description" />
          </div>
          <fieldset id="webhook-events">
            <legend>{t('webhooks.events')}</legend>
            {WEBHOOK_EVENTS.map((e) => (
              <div className="field checkbox" key={e}>
                <input type="checkbox" id={`webhook-event-${e}`} name="events" value={e} defaultChecked={e === 'document.published'} />
                <label htmlFor={`webhook-event-${e}`}>
                  <WebhookEventName locale={locale.tag} name={e} />
                </label>
              </div>
            ))}
            <AdminFieldError flash={flash} id="webhook-events" />
          </fieldset>
          <div>
            <button className="button" type="submit">
              {t('webhooks.create')}
            </button>
          </div>
        </form>
      </section>

      <CorsOriginsSection locale={locale.tag} csrfToken={editor.csrfToken} origins={result.data.tenant.corsOrigins} flash={flash} />
    </>
  );
}
