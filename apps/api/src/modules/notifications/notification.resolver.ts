import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context';
import { Can, principalOf, Public } from '../../kernel/policy';
import type { NotificationDeps } from './deps';
import type { NotificationSettings } from './notification.service';
import { DIGESTIBLE } from './kinds';
import {
  deliveryName,
  kindName,
  NotificationSettingsType,
  UnsubscribePayload,
  UpdateNotificationSettingsInput,
} from './notification.types';

const toType = (s: NotificationSettings): NotificationSettingsType => ({
  kinds: s.kinds.map((k) => ({
    kind: kindName(k.kind),
    on: k.delivery !== 'off',
    delivery: deliveryName(k.delivery),
    digestOffered: DIGESTIBLE[k.kind],
  })),
  locale: s.locale,
});

/** The signed-in member's own notification e-mails, and the one-click unsubscribe of their links. */
@Resolver()
export class NotificationResolver {
  constructor(private readonly services: NotificationDeps) {}

  @Can('notification.own')
  @Query(() => NotificationSettingsType, { description: 'Which notification e-mails you get in this organisation, and in which language' })
  async myNotificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettingsType> {
    const principal = principalOf(ctx);
    return toType(await ctx.tx((tx) => this.services.notifications.settingsOf(tx, principal)));
  }

  @Can('notification.own')
  @Mutation(() => NotificationSettingsType, { description: 'Changes your own notification settings in this organisation (nobody else’s)' })
  async updateMyNotificationSettings(
    @Arg('input') input: UpdateNotificationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationSettingsType> {
    const principal = principalOf(ctx);
    return toType(await ctx.tx((tx) => this.services.notifications.updateSettings(tx, principal, input)));
  }

  @Public()
  @Mutation(() => UnsubscribePayload, {
    description:
      'One-click unsubscribe (RFC 8058): turns off the kind of e-mail the signed link in a notification names, without signing in',
  })
  async unsubscribeNotifications(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext): Promise<UnsubscribePayload> {
    const kind = await ctx.tx((tx) => this.services.notifications.unsubscribe(tx, token));
    return { kind: kindName(kind) };
  }
}
