import type { NotificationKind } from '@careleaf/schema/web/graphql';
import { asEditor } from '../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { UpdateMyNotificationSettingsMutation } from '../../../../../../../lib/editor/notification-documents';

/** Every kind, so an unticked box (which a form does not send) turns its kind off. */
const KINDS: readonly NotificationKind[] = [
  'REVIEW_REQUESTED',
  'REVIEW_APPROVED',
  'REVIEW_SENT_BACK',
  'DOCUMENT_PUBLISHED',
  'SCHEDULED_CHANGE',
  'INVITATION_ACCEPTED',
  'REVIEW_OVERDUE',
];

/** Saves the member's own notification settings: the ticked kinds are on, the others off; the language or the default. */
export const POST = formAction(async ({ locale, form, field, csrf, refused, redirectTo }) => {
  const page = `/${locale}/editor/account/notifications`;
  const ticked = new Set(form.getAll('on').filter((v): v is string => typeof v === 'string'));
  const language = field('locale');
  const result = await asEditor(
    UpdateMyNotificationSettingsMutation,
    {
      input: {
        kinds: KINDS.map((kind) => ({ kind, on: ticked.has(kind) })),
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
