import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../../kernel/graphql/connection';
import { validUuid } from '../../kernel/ids';
import { Can, principalOf } from '../../kernel/policy';
import type { WebhookDeps } from './deps';
import type { AttemptRow, DeliveryRow, SubscriptionRow } from './webhook.queries';
import {
  CreateWebhookInput,
  UpdateWebhookInput,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookSubscriptionType,
  WebhookWithSecretType,
} from './webhook.types';

const toSubscription = (s: SubscriptionRow): WebhookSubscriptionType => ({ ...s });
const toDelivery = (d: DeliveryRow & { tries?: AttemptRow[] }): WebhookDeliveryType => ({
  id: d.id,
  eventId: d.eventId,
  eventType: d.eventType,
  state: d.state,
  attempts: d.attempts,
  redeliveryOf: d.redeliveryOf,
  payload: d.body,
  createdAt: d.createdAt,
  tries: (d.tries ?? []).map((a) => ({ ...a })),
});

/** The organisation's webhooks (admins: webhook.manage). */
@Resolver()
export class WebhookResolver {
  constructor(private readonly services: WebhookDeps) {}

  @Can('webhook.manage')
  @Query(() => [WebhookSubscriptionType], { description: 'This organisation’s webhooks, oldest first (at most 20)' })
  async webhooks(@Ctx() ctx: RequestContext): Promise<WebhookSubscriptionType[]> {
    const principal = principalOf(ctx);
    return (await ctx.tx((tx) => this.services.webhooks.list(tx, principal))).map(toSubscription);
  }

  @Can('webhook.manage')
  @Query(() => WebhookDeliveryConnection, { description: 'A webhook’s delivery log, newest first (kept 30 days, at most 1000)' })
  async webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('webhookId', () => ID) webhookId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Deliveries per page (default 20, at most 100)' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<WebhookDeliveryConnection> {
    const principal = principalOf(ctx);
    const id = validUuid(webhookId, 'webhookId', 'a webhook');
    const limit = pageSize(first);
    const cursor = after ? decodeCursor(after, 2) : null;
    const page = await ctx.tx((tx) =>
      this.services.webhooks.deliveries(
        tx,
        principal,
        id,
        limit,
        cursor ? { createdAt: cursor[0]!, id: validUuid(cursor[1]!, 'after', 'a delivery') } : null,
      ),
    );
    const edges = page.rows.map((d) => ({ cursor: encodeCursor([d.createdAt.toISOString(), d.id]), node: toDelivery(d) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Can('webhook.manage')
  @Mutation(() => WebhookWithSecretType, { description: 'Adds a webhook; its signing secret is answered this once' })
  async createWebhook(@Arg('input') input: CreateWebhookInput, @Ctx() ctx: RequestContext): Promise<WebhookWithSecretType> {
    const principal = principalOf(ctx);
    const made = await ctx.tx((tx) => this.services.webhooks.create(tx, principal, input));
    return { webhook: toSubscription(made.subscription), secret: made.secret };
  }

  @Can('webhook.manage')
  @Mutation(() => WebhookSubscriptionType, { description: 'Changes a webhook: address, description, events, on or off' })
  async updateWebhook(@Arg('input') input: UpdateWebhookInput, @Ctx() ctx: RequestContext): Promise<WebhookSubscriptionType> {
    const principal = principalOf(ctx);
    const id = validUuid(input.id, 'id', 'a webhook');
    const patch = {
      ...(input.url != null ? { url: input.url } : {}),
      ...(input.description != null ? { description: input.description } : {}),
      ...(input.events != null ? { events: input.events } : {}),
      ...(input.active != null ? { active: input.active } : {}),
    };
    return toSubscription(await ctx.tx((tx) => this.services.webhooks.update(tx, principal, id, patch)));
  }

  @Can('webhook.manage')
  @Mutation(() => WebhookWithSecretType, {
    description: 'Replaces the signing secret; the new one is answered this once, the old one stops at once',
  })
  async rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<WebhookWithSecretType> {
    const principal = principalOf(ctx);
    const made = await ctx.tx((tx) => this.services.webhooks.rotateSecret(tx, principal, validUuid(id, 'id', 'a webhook')));
    return { webhook: toSubscription(made.subscription), secret: made.secret };
  }

  @Can('webhook.manage')
  @Mutation(() => Boolean, { description: 'Deletes a webhook and its delivery log' })
  async deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    const principal = principalOf(ctx);
    return ctx.tx((tx) => this.services.webhooks.remove(tx, principal, validUuid(id, 'id', 'a webhook')));
  }

  @Can('webhook.manage')
  @Mutation(() => WebhookDeliveryType, { description: 'Sends a delivery’s payload again as a new delivery (new Careleaf-Delivery id)' })
  async redeliverWebhook(@Arg('deliveryId', () => ID) deliveryId: string, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryType> {
    const principal = principalOf(ctx);
    return toDelivery(
      await ctx.tx((tx) => this.services.webhooks.redeliver(tx, principal, validUuid(deliveryId, 'deliveryId', 'a delivery'))),
    );
  }
}
