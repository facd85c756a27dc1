import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { NotificationDelivery, NotificationKind } from '@careleaf/schema/web/graphql';
import { EditorMessage, readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { asEditor } from '../../../../../../lib/editor/api';
import { languageName } from '../../../../../../lib/editor/languages';
import { MyNotificationSettingsQuery } from '../../../../../../lib/editor/notification-documents';
import type { EditorPageProps } from '../../../../../../lib/editor/page-props';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';
import { pageContext } from '../../../../../../lib/page';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.notifications' });
  return { title: t('title') };
}

/**
 * The signed-in member's notification e-mails in this organisation: per kind
 * (with who gets it and when) a group of radio buttons — immediately, in the
 * daily summary (where offered), or none — and the language of the e-mails.
 * One plain form, no JavaScript needed; the route handler answers with a flash.
 */
export default async function NotificationsPage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.notifications' });
  const flash = await readFlash((await searchParams).flash);
  const result = await asEditor(MyNotificationSettingsQuery, {});
  if (!result.data) throw new Error('The API did not return the notification settings.');
  const settings = result.data.myNotificationSettings;
  const names: Record<NotificationKind, { name: string; who: string }> = {
    REVIEW_REQUESTED: { name: t('kind.REVIEW_REQUESTED'), who: t('who.REVIEW_REQUESTED') },
    REVIEW_APPROVED: { name: t('kind.REVIEW_APPROVED'), who: t('who.REVIEW_APPROVED') },
    REVIEW_SENT_BACK: { name: t('kind.REVIEW_SENT_BACK'), who: t('who.REVIEW_SENT_BACK') },
    DOCUMENT_PUBLISHED: { name: t('kind.DOCUMENT_PUBLISHED'), who: t('who.DOCUMENT_PUBLISHED') },
    SCHEDULED_CHANGE: { name: t('kind.SCHEDULED_CHANGE'), who: t('who.SCHEDULED_CHANGE') },
    INVITATION_ACCEPTED: { name: t('kind.INVITATION_ACCEPTED'), who: t('who.INVITATION_ACCEPTED') },
    REVIEW_OVERDUE: { name: t('kind.REVIEW_OVERDUE'), who: t('who.REVIEW_OVERDUE') },
  };
  const deliveries: Record<NotificationDelivery, string> = {
    IMMEDIATELY: t('delivery.IMMEDIATELY'),
    DAILY_DIGEST: t('delivery.DAILY_DIGEST'),
    OFF: t('delivery.OFF'),
  };
  const defaultName = languageName(locale.tag, tenant.defaultLocale);

  return (
    <>
      <EditorNav locale={locale.tag} editor={editor} />
      <h1>{t('title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <p>{t('intro')}</p>
      <form method="post" action={`/${locale.tag}/editor/account/notifications/save`} className="editor-form" noValidate>
        <input type="hidden" name="csrf" value={editor.csrfToken} />
        <fieldset aria-describedby="delivery-hint">
          <legend>{t('kindsLegend')}</legend>
          <p className="hint" id="delivery-hint">
            {t('deliveryHint')}
          </p>
          {settings.kinds.map(({ kind, delivery, digestOffered }) => (
            <fieldset className="field" key={kind} aria-describedby={`kind-${kind}-who`}>
              <legend>{names[kind].name}</legend>
              <p className="hint" id={`kind-${kind}-who`}>
                {names[kind].who}
              </p>
              {(['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'] as const)
                .filter((d) => d !== 'DAILY_DIGEST' || digestOffered)
                .map((d) => (
                  <div className="field checkbox" key={d}>
                    <input type="radio" id={`kind-${kind}-${d}`} name={`delivery-${kind}`} value={d} defaultChecked={delivery === d} />
                    <label htmlFor={`kind-${kind}-${d}`}>{deliveries[d]}</label>
                  </div>
                ))}
            </fieldset>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="locale">{t('language')}</label>
          <p className="hint" id="locale-hint">
            {t('languageHint')}
          </p>
          <select id="locale" name="locale" defaultValue={settings.locale ?? ''} aria-describedby="locale-hint">
            <option value="">{t('defaultLanguage', { language: defaultName })}</option>
            {tenant.locales.map((l) => (
              <option key={l.tag} value={l.tag} lang={l.tag}>
                {languageName(l.tag, l.tag)}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          {t('save')}
        </button>
      </form>
      <p className="hint">{t('unsubscribeHint')}</p>
    </>
  );
}
