import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { NotificationKind } from '@careleaf/schema/web/graphql';
import { one, type EditorPageProps } from '../../../../lib/editor/page-props';
import { pageContext } from '../../../../lib/page';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.unsubscribe' });
  return { title: t('title'), robots: { index: false } };
}

/** The token names its kind in the clear (`<user>.<kind>.<signature>`): enough to say what the button turns off. */
const TOKEN_KINDS: Record<string, NotificationKind> = {
  reviewRequested: 'REVIEW_REQUESTED',
  reviewApproved: 'REVIEW_APPROVED',
  reviewSentBack: 'REVIEW_SENT_BACK',
  documentPublished: 'DOCUMENT_PUBLISHED',
  scheduledChange: 'SCHEDULED_CHANGE',
  invitationAccepted: 'INVITATION_ACCEPTED',
  reviewOverdue: 'REVIEW_OVERDUE',
};
const KINDS = new Set<string>(Object.values(TOKEN_KINDS));

/**
 * Where the unsubscribe link of a notification e-mail leads in a browser:
 * it asks first (a GET never changes anything, so link scanners cannot
 * unsubscribe anyone), then says what happened. No sign-in needed.
 */
export default async function UnsubscribePage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const query = await searchParams;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const te = await getTranslations({ locale: locale.tag, namespace: 'errors' });
  const token = (one(query.token) ?? '').slice(0, 200);
  const done = one(query.done);
  const kindName = (kind: NotificationKind) =>
    ({
      REVIEW_REQUESTED: t('notifications.kind.REVIEW_REQUESTED'),
      REVIEW_APPROVED: t('notifications.kind.REVIEW_APPROVED'),
      REVIEW_SENT_BACK: t('notifications.kind.REVIEW_SENT_BACK'),
      DOCUMENT_PUBLISHED: t('notifications.kind.DOCUMENT_PUBLISHED'),
      SCHEDULED_CHANGE: t('notifications.kind.SCHEDULED_CHANGE'),
      INVITATION_ACCEPTED: t('notifications.kind.INVITATION_ACCEPTED'),
      REVIEW_OVERDUE: t('notifications.kind.REVIEW_OVERDUE'),
    })[kind];
  const settings = <a href={`/${locale.tag}/editor/account/notifications`}>{t('unsubscribe.settingsLink')}</a>;

  if (done && KINDS.has(done)) {
    return (
      <>
        <h1>{t('unsubscribe.doneTitle')}</h1>
        <p role="status">{t('unsubscribe.doneText', { kind: kindName(done as NotificationKind), tenant: tenant.name })}</p>
        <p>{settings}</p>
      </>
    );
  }
  const kind = TOKEN_KINDS[token.split('.')[1] ?? ''];
  if (one(query.failed) || !token || !kind) {
    return (
      <>
        <h1>{t('unsubscribe.invalidTitle')}</h1>
        <p>{te('UNSUBSCRIBE_LINK_INVALID')}</p>
        <p>{settings}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      <p>{t('unsubscribe.question', { kind: kindName(kind), tenant: tenant.name })}</p>
      <form method="post" action={`/${locale.tag}/editor/unsubscribe/one-click?token=${encodeURIComponent(token)}`}>
        <button className="button" type="submit">
          {t('unsubscribe.confirm')}
        </button>
      </form>
      <p>{t('unsubscribe.noSignIn')}</p>
      <p>{settings}</p>
    </>
  );
}
