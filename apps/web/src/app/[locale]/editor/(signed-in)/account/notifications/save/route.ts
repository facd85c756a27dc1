import type { NotificationDelivery, NotificationKind } from '@careleaf/schema/web/graphql';
import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { UpdateMyNotificationSettingsMutation } from '../../../../../../../lib/editor/notification-documents';

/** Every kind the page shows a radio group for. */
const KINDS: readonly NotificationKind[] = [
  'REVIEW_REQUESTED',
  'REVIEW_APPROVED',
  'REVIEW_SENT_BACK',
  'DOCUMENT_PUBLISHED',
  'SCHEDULED_CHANGE',
  'INVITATION_ACCEPTED',
  'REVIEW_OVERDUE',
];

const DELIVERIES: readonly string[] = ['OFF', 'IMMEDIATELY', 'DAILY_DIGEST'] satisfies NotificationDelivery[];
const isDelivery = (v: string): v is NotificationDelivery => DELIVERIES.includes(v);

/** Saves the member's own notification settings: each kind's chosen delivery (a kind with none chosen keeps its own); the language or the default. */
export const POST = formAction(async ({ locale, field, csrf, refused, redirectTo }) => {
  const page = `/${locale}/editor/account/notifications`;
  const kinds = KINDS.flatMap((kind) => {
    const chosen = field(`delivery-${kind}`);
    return chosen && isDelivery(chosen) ? [{ kind, delivery: chosen, on: undefined }] : [];
  });
  const language = field('locale');
  const result = await asEditor(
    UpdateMyNotificationSettingsMutation,
    {
      input: {
        kinds,
        locale: language || undefined,
        resetLocale: language ? undefined : true,
      },
    },
    csrf,
  );
  return (
    refused(page, result.errors, { field: (apiField) => (apiField === 'locale' ? 'locale' : undefined) }) ??
    redirectTo(page, { kind: 'status', text: 'notificationsSaved' })
  );
});

export const GET = pageRedirect(({ locale }) => `/${locale}/editor/account/notifications`);
