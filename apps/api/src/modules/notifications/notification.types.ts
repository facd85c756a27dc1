import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MaxChars, MaxItems, Nested } from '../../kernel/limits';
import type { Delivery, NotificationKind } from './kinds';

/** The kinds of notification e-mail (GraphQL names; the values are the stored names). */
export enum NotificationKindName {
  REVIEW_REQUESTED = 'reviewRequested',
  REVIEW_APPROVED = 'reviewApproved',
  REVIEW_SENT_BACK = 'reviewSentBack',
  DOCUMENT_PUBLISHED = 'documentPublished',
  SCHEDULED_CHANGE = 'scheduledChange',
  INVITATION_ACCEPTED = 'invitationAccepted',
  REVIEW_OVERDUE = 'reviewOverdue',
}

registerEnumType(NotificationKindName, {
  name: 'NotificationKind',
  description: 'A kind of notification e-mail',
  valuesConfig: {
    REVIEW_REQUESTED: { description: 'To reviewers: a document locale was submitted for review' },
    REVIEW_APPROVED: { description: 'To whoever submitted it: their version was approved' },
    REVIEW_SENT_BACK: { description: 'To whoever submitted it: their version was sent back, with the comment' },
    DOCUMENT_PUBLISHED: { description: "To the document's author: it was published" },
    SCHEDULED_CHANGE: { description: 'To whoever scheduled it: a scheduled publish or unpublish ran or failed' },
    INVITATION_ACCEPTED: { description: 'To the inviting admin: their invitation was accepted' },
    REVIEW_OVERDUE: { description: 'To editors and reviewers, weekly: documents past their review date' },
  },
});

/** How a member gets one kind of notification (GraphQL names; the values are the stored names). */
export enum NotificationDeliveryName {
  OFF = 'off',
  IMMEDIATELY = 'immediately',
  DAILY_DIGEST = 'daily',
}

registerEnumType(NotificationDeliveryName, {
  name: 'NotificationDelivery',
  description: 'How you get one kind of notification e-mail',
  valuesConfig: {
    OFF: { description: 'Not at all' },
    IMMEDIATELY: { description: 'One e-mail each, as it happens' },
    DAILY_DIGEST: { description: 'Once a day, in one e-mail with the others you chose so (not offered for REVIEW_OVERDUE)' },
  },
});

const DELIVERY_NAMES: Record<Delivery, NotificationDeliveryName> = {
  off: NotificationDeliveryName.OFF,
  immediately: NotificationDeliveryName.IMMEDIATELY,
  daily: NotificationDeliveryName.DAILY_DIGEST,
};
export const deliveryName = (d: Delivery): NotificationDeliveryName => DELIVERY_NAMES[d];

// Both enums list the same names: a kind added to one and not the other fails to compile here.
const SAME: Record<NotificationKind, NotificationKindName> = {
  reviewRequested: NotificationKindName.REVIEW_REQUESTED,
  reviewApproved: NotificationKindName.REVIEW_APPROVED,
  reviewSentBack: NotificationKindName.REVIEW_SENT_BACK,
  documentPublished: NotificationKindName.DOCUMENT_PUBLISHED,
  scheduledChange: NotificationKindName.SCHEDULED_CHANGE,
  invitationAccepted: NotificationKindName.INVITATION_ACCEPTED,
  reviewOverdue: NotificationKindName.REVIEW_OVERDUE,
};
export const kindName = (kind: NotificationKind): NotificationKindName => SAME[kind];

@ObjectType('NotificationKindSetting')
export class NotificationKindSetting {
  @Field(() => NotificationKindName) kind: NotificationKindName;
  @Field({ description: 'Whether these e-mails are sent to you (immediately or in the daily digest)' }) on: boolean;
  @Field(() => NotificationDeliveryName, { description: 'How these e-mails are sent to you' }) delivery: NotificationDeliveryName;
  @Field({ description: 'Whether this kind can go into the daily digest' }) digestOffered: boolean;
}

@ObjectType('NotificationSettings', { description: 'Your notification e-mails in this organisation' })
export class NotificationSettingsType {
  @Field(() => [NotificationKindSetting], { description: 'Every kind, in a fixed order' }) kinds: NotificationKindSetting[];
  @Field(() => String, { nullable: true, description: "The language of your notification e-mails; null: the organisation's default" })
  locale: string | null;
}

@InputType('NotificationKindSettingInput')
export class NotificationKindSettingInput {
  @Field(() => NotificationKindName) kind: NotificationKindName;
  @Field(() => Boolean, { nullable: true, description: 'Older form: true sends them (a daily kind stays daily), false turns them off' })
  on?: boolean | null;
  @Field(() => NotificationDeliveryName, { nullable: true, description: 'How to send them; wins over `on`' })
  delivery?: NotificationDeliveryName | null;
}

@InputType('UpdateNotificationSettingsInput', { description: 'Kinds not named keep their setting' })
export class UpdateNotificationSettingsInput {
  @Field(() => [NotificationKindSettingInput], { nullable: true })
  @Nested()
  @MaxItems('listItems')
  kinds?: NotificationKindSettingInput[] | null;
  @Field(() => String, { nullable: true, description: 'One of the organisation’s locales' })
  @MaxChars('idChars')
  locale?: string | null;
  @Field(() => Boolean, { nullable: true, description: "True: use the organisation's default language again" })
  resetLocale?: boolean | null;
}

@ObjectType('UnsubscribePayload')
export class UnsubscribePayload {
  @Field(() => NotificationKindName, { description: 'The kind of e-mail that is now off' }) kind: NotificationKindName;
}
