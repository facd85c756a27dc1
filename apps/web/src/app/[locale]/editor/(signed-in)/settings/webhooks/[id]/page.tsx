import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminMessage } from '../../../../../../../components/editor/admin/AdminMessage';
import { NotAllowed } from '../../../../../../../components/editor/admin/NotAllowed';
import { SettingsNav } from '../../../../../../../components/editor/admin/SettingsNav';
import { WebhookEventName } from '../../../../../../../components/editor/admin/WebhookEventName';
import { readFlash } from '../../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../../components/editor/EditorNav';
import { canManageWebhooks } from '../../../../../../../lib/editor/admin/access';
import { AdminWebhookDeliveriesQuery, AdminWebhooksQuery } from '../../../../../../../lib/editor/admin-webhooks';
import { asEditor } from '../../../../../../../lib/editor/api';
import type { EditorDocumentPageProps } from '../../../../../../../lib/editor/page-props';
import { signedInEditor } from '../../../../../../../lib/editor/signed-in';
import { pageContext } from '../../../../../../../lib/page';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('webhooks.logTitle') };
}

const when = (value: unknown, locale: string) =>
  new Date(value as string).toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  } as Intl.DateTimeFormatOptions);

/** One webhook's delivery log, newest first, 20 a page: each delivery's state and tries (status, time, error), and a button to send it again. */
export default async function WebhookLogPage({ params, searchParams }: EditorDocumentPageProps) {
  const { locale } = await pageContext(params);
  const { id } = await params;
  const editor = await signedInEditor(locale.tag);
  const list = `/${locale.tag}/editor/settings/webhooks`;
  if (!canManageWebhooks(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="settings" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const query = await searchParams;
  const after = typeof query.after === 'string' && query.after.length <= 200 ? query.after : null;
  const hook = (await asEditor(AdminWebhooksQuery, {})).data?.webhooks.find((h) => h.id === id);
  if (!hook) {
    return (
      <>
        <h1>{t('webhooks.logTitle')}</h1>
        <EditorNav locale={locale.tag} editor={editor} />
        <p>
          {t('webhooks.notFound')} <a href={list}>{t('webhooks.back')}</a>
        </p>
      </>
    );
  }
  const flash = await readFlash(query.flash);
  const page = (await asEditor(AdminWebhookDeliveriesQuery, { webhookId: hook.id, after })).data?.webhookDeliveries;
  const deliveries = page?.edges.map((e) => e.node) ?? [];
  const stateName = (s: string) =>
    s === 'succeeded' ? t('webhooks.deliverySucceeded') : s === 'failed' ? t('webhooks.deliveryFailed') : t('webhooks.deliveryPending');
  return (
    <>
      <h1>{t('webhooks.logTitle')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <SettingsNav locale={locale.tag} current="webhooks" />
      <p>
        <span translate="no">{hook.url}</span> <a href={list}>{t('webhooks.back')}</a>
      </p>
      <section aria-labelledby="deliveries-heading" className="admin-section">
        <h2 id="deliveries-heading">{t('webhooks.deliveriesTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="deliveries" />
        {deliveries.length ? (
          <table className="editor-table">
            <caption className="visually-hidden">{t('webhooks.deliveriesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.deliveryWhen')}</th>
                <th scope="col">{t('webhooks.deliveryEvent')}</th>
                <th scope="col">{t('webhooks.deliveryState')}</th>
                <th scope="col">{t('webhooks.deliveryTries')}</th>
                <th scope="col">{t('webhooks.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{when(d.createdAt, locale.tag)}</th>
                  <td>
                    <WebhookEventName locale={locale.tag} name={d.eventType} />
                    {d.redeliveryOf ? <span className="hint"> {t('webhooks.redelivery')}</span> : null}
                  </td>
                  <td>{stateName(d.state)}</td>
                  <td>
                    <ol>
                      {d.tries.map((a) => (
                        <li key={a.attempt}>
                          {a.statusCode !== null
                            ? t('webhooks.tryStatus', { status: a.statusCode, ms: a.durationMs })
                            : t('webhooks.tryError', { error: a.error ?? '', ms: a.durationMs })}
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td>
                    <form method="post" action={`${list}/save`}>
                      <input type="hidden" name="csrf" value={editor.csrfToken} />
                      <input type="hidden" name="action" value="redeliver" />
                      <input type="hidden" name="webhook" value={hook.id} />
                      <input type="hidden" name="delivery" value={d.id} />
                      <button className="button" type="submit">
                        {t('webhooks.redeliver', { when: when(d.createdAt, locale.tag) })}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('webhooks.deliveriesEmpty')}</p>
        )}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
          <p>
            <a href={`${list}/${hook.id}?after=${encodeURIComponent(page.pageInfo.endCursor)}`}>{t('webhooks.older')}</a>
          </p>
        ) : null}
      </section>
    </>
  );
}
