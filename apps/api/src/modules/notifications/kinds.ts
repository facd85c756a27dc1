/**
 * The notification e-mails there are, one per thing that happened. Each is
 * addressed to the few people it concerns, so every kind is on until the
 * member turns it off (defaults documented in docs/operators.md).
 */
export const NOTIFICATION_KINDS = [
  'reviewRequested',
  'reviewApproved',
  'reviewSentBack',
  'documentPublished',
  'scheduledChange',
  'invitationAccepted',
  'reviewOverdue',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotificationKind = (s: string): s is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(s);

/** Whether a kind is on for someone who never changed their settings. */
export const ON_BY_DEFAULT: Readonly<Record<NotificationKind, boolean>> = {
  reviewRequested: true,
  reviewApproved: true,
  reviewSentBack: true,
  documentPublished: true,
  scheduledChange: true,
  invitationAccepted: true,
  reviewOverdue: true,
};

/** One event mails at most this many people (a tenant with more reviewers gets the first ones by name, and a warning in the log). */
export const MAX_RECIPIENTS_PER_EVENT = 200;
/** A digest lists at most this many documents, then "and n more". */
export const DIGEST_MAX_ENTRIES = 50;
/** The roles the weekly overdue-review digest goes to: those who review or update content. */
export const DIGEST_ROLES = ['editor', 'reviewer'] as const;

/** How a member gets one kind: not at all, one mail each as it happens, or once a day in one mail with the others. */
export const DELIVERIES = ['off', 'immediately', 'daily'] as const;
export type Delivery = (typeof DELIVERIES)[number];
/** Kinds that can go into the daily digest: the weekly overdue list is a digest of its own. */
export const DIGESTIBLE: Readonly<Record<NotificationKind, boolean>> = {
  reviewRequested: true,
  reviewApproved: true,
  reviewSentBack: true,
  documentPublished: true,
  scheduledChange: true,
  invitationAccepted: true,
  reviewOverdue: false,
};
/** A member's pending daily digest in one tenant holds at most this many notifications; later ones are only counted ("and n more"). */
export const DAILY_DIGEST_MAX_PENDING = 200;
