import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../kernel/graphql/connection';
import { MaxChars, MaxItems } from '../../kernel/limits';

const EVENTS_DOC = 'Public event names: "document.published", "document.unpublished", "registry.changed"';

@ObjectType('WebhookSubscription', {
  description: 'Where this organisation’s events are sent, signed (admins). The secret is never shown here',
})
export class WebhookSubscriptionType {
  @Field(() => ID) id: string;
  @Field({ description: 'The receiver: https in production' }) url: string;
  @Field() description: string;
  @Field(() => [String], { description: EVENTS_DOC }) events: string[];
  @Field({ description: 'False: nothing is sent' }) active: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why it is off: "manual" (an admin) or "failures" (too many failed deliveries in a row); null when on',
  })
  disabledReason: string | null;
  @Field(() => Int, { description: 'Deliveries that failed in a row (reset by a delivered one)' }) consecutiveFailures: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('WebhookWithSecret', { description: 'A webhook with its signing secret: answered once, on creation and rotation' })
export class WebhookWithSecretType {
  @Field(() => WebhookSubscriptionType) webhook: WebhookSubscriptionType;
  @Field({ description: 'Keep it where the receiver checks signatures; it cannot be shown again' }) secret: string;
}

@ObjectType('WebhookAttempt', { description: 'One try of a delivery' })
export class WebhookAttemptType {
  @Field(() => Int, { description: '1 for the first try' }) attempt: number;
  @Field() startedAt: Date;
  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null: no answer (see error)' }) statusCode: number | null;
  @Field(() => Int) durationMs: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => String, { nullable: true, description: 'The first 2 KB of the answer' }) responseExcerpt: string | null;
  @Field({ description: '"succeeded", "retrying" (another try is due) or "failed"' }) outcome: string;
}

@ObjectType('WebhookDelivery', { description: 'One event sent to one webhook, with every try' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Sent as Careleaf-Delivery: the same on every try, new on a redelivery' }) id: string;
  @Field(() => ID, { description: 'The id in the payload: the same on a redelivery' }) eventId: string;
  @Field({ description: EVENTS_DOC }) eventType: string;
  @Field({ description: '"pending", "succeeded" or "failed"' }) state: string;
  @Field(() => Int) attempts: number;
  @Field(() => ID, { nullable: true, description: 'The delivery this one sends again' }) redeliveryOf: string | null;
  @Field({ description: 'The JSON body sent (ids only)' }) payload: string;
  @Field() createdAt: Date;
  @Field(() => [WebhookAttemptType]) tries: WebhookAttemptType[];
}

@ObjectType('WebhookDeliveryEdge')
export class WebhookDeliveryEdge {
  @Field() cursor: string;
  @Field(() => WebhookDeliveryType) node: WebhookDeliveryType;
}

@ObjectType('WebhookDeliveryConnection', { description: 'A page of a webhook’s delivery log, newest first' })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge]) edges: WebhookDeliveryEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@InputType('CreateWebhookInput')
export class CreateWebhookInput {
  @Field({ description: 'At most 2048 characters; https in production' })
  @MaxChars('argChars')
  url: string;
  @Field(() => String, { nullable: true, description: 'At most 300 characters' })
  @MaxChars('nameChars')
  description?: string | null;
  @Field(() => [String], { description: EVENTS_DOC })
  @MaxChars('idChars', { each: true })
  @MaxItems('listItems')
  events: string[];
  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  active?: boolean | null;
}

@InputType('UpdateWebhookInput', { description: 'Fields not given keep their value; switching on again resets the failure count' })
export class UpdateWebhookInput {
  @Field(() => ID)
  @MaxChars('idChars')
  id: string;
  @Field(() => String, { nullable: true })
  @MaxChars('argChars')
  url?: string | null;
  @Field(() => String, { nullable: true })
  @MaxChars('nameChars')
  description?: string | null;
  @Field(() => [String], { nullable: true })
  @MaxChars('idChars', { each: true })
  @MaxItems('listItems')
  events?: string[] | null;
  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
