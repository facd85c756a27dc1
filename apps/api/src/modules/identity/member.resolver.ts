import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can, Public, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { IdentityDeps } from './deps';
import { memberCursor, type MemberView } from './identity.service';
import {
  AcceptInvitationInput,
  ChangeMemberRoleInput,
  InviteMemberInput,
  RemoveMemberInput,
  RevokeInvitationInput,
  ResetMemberTwoFactorInput,
  UnlockMemberInput,
} from './identity.inputs';
import {
  AcceptInvitationPayload,
  ChangeMemberRolePayload,
  InvitationType,
  InvitationPreviewType,
  InviteMemberPayload,
  MemberConnection,
  MemberType,
  RemoveMemberPayload,
  RevokeInvitationPayload,
  RoleName,
  ResetMemberTwoFactorPayload,
  UnlockMemberPayload,
} from './identity.types';
import type { InvitationView } from './invitation.service';
import { mailLocaleOf } from './mail-texts';

const memberOf = (m: MemberView): MemberType => ({
  user: { id: m.userId, email: m.email, displayName: m.displayName },
  role: m.role as RoleName,
  locales: m.locales,
  since: m.since,
});

const invitationOf = (i: InvitationView): InvitationType => ({ ...i, role: i.role as RoleName });

/** Tenant admins manage members and invitations; the same service methods serve the operator CLI. */
@Resolver()
export class MemberResolver {
  constructor(private readonly services: IdentityDeps) {}

  @Can('member.manage')
  @Query(() => MemberConnection, { description: "The tenant's members, ordered by e-mail address" })
  async members(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 100' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' }) after?: string | null,
  ): Promise<MemberConnection> {
    const page = await ctx.tx((tx) => this.services.identity.listMembers(tx, { first, after }));
    return {
      edges: page.members.map((m) => ({ cursor: memberCursor(m), node: memberOf(m) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Can('member.manage')
  @Query(() => [InvitationType], { description: 'Invitations not yet accepted, withdrawn or expired, newest first' })
  async invitations(@Ctx() ctx: RequestContext): Promise<InvitationType[]> {
    return (await ctx.tx((tx) => this.services.invitations.pending(tx))).map(invitationOf);
  }

  @Can('member.invite')
  @Mutation(() => InviteMemberPayload, { description: 'Mails a one-time link to join this tenant with a role' })
  async inviteMember(@Arg('input') input: InviteMemberInput, @Ctx() ctx: RequestContext): Promise<InviteMemberPayload> {
    const host = await ctx.tx((tx) => this.services.tenancy.primaryHost(tx));
    const invitation = await this.services.invitations.invite(
      ctx.tenant.id,
      { email: input.email, role: input.role, locales: input.locales },
      { name: ctx.tenant.name, host, locale: mailLocaleOf(ctx.tenantConfig, input.locale) },
      principalOf(ctx),
    );
    return { invitation: invitationOf(invitation) };
  }

  @Can('member.manage')
  @Mutation(() => RevokeInvitationPayload, { description: 'Withdraws an open invitation; its link stops working' })
  async revokeInvitation(@Arg('input') input: RevokeInvitationInput, @Ctx() ctx: RequestContext): Promise<RevokeInvitationPayload> {
    const invitation = await ctx.tx((tx) => this.services.invitations.revoke(tx, input.invitationId, principalOf(ctx)));
    return { invitation: invitationOf(invitation) };
  }

  @Public({ publicCache: false })
  @Query(() => InvitationPreviewType, {
    nullable: true,
    description: 'The invitation of a link, before accepting it; null when the link does not work (used, withdrawn, expired, mistyped)',
  })
  invitationPreview(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext): Promise<InvitationPreviewType | null> {
    return this.services.invitations.preview(ctx.tenant.id, token);
  }

  @Public()
  @Mutation(() => AcceptInvitationPayload, { description: 'Joins the tenant with the token from an invitation link' })
  async acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: RequestContext): Promise<AcceptInvitationPayload> {
    const accepted = await this.services.invitations.accept(ctx.tenant.id, input, [ctx.tenant.name, ctx.tenant.slug]);
    return {
      user: accepted.user,
      membership: { role: accepted.role as RoleName, locales: accepted.locales },
      newUser: accepted.newUser,
    };
  }

  @Can('member.manage')
  @Mutation(() => ChangeMemberRolePayload, { description: "Changes a member's role (and a translator's locales)" })
  async changeMemberRole(@Arg('input') input: ChangeMemberRoleInput, @Ctx() ctx: RequestContext): Promise<ChangeMemberRolePayload> {
    const member = await ctx.tx((tx) =>
      this.services.identity.changeMemberRole(tx, input.userId, input.role, input.locales, principalOf(ctx)),
    );
    return { member: memberOf(member) };
  }

  @Can('member.manage')
  @Mutation(() => RemoveMemberPayload, { description: 'Takes a member out of this tenant; their account stays' })
  async removeMember(@Arg('input') input: RemoveMemberInput, @Ctx() ctx: RequestContext): Promise<RemoveMemberPayload> {
    const member = await ctx.tx((tx) => this.services.identity.removeMember(tx, input.userId, principalOf(ctx)));
    return { member: memberOf(member) };
  }

  @Can('member.manage')
  @Mutation(() => UnlockMemberPayload, {
    description: "Lifts every sign-in limit on a member's account, e.g. after an attack; audited in each of their tenants",
  })
  async unlockMember(@Arg('input') input: UnlockMemberInput, @Ctx() ctx: RequestContext): Promise<UnlockMemberPayload> {
    const member = await ctx.tx((tx) => this.services.identity.member(tx, input.userId));
    const { cleared } = await this.services.sessions.unlock(member.email, principalOf(ctx));
    return { member: memberOf(member), clearedCounts: cleared };
  }

  @Can('member.resetTwoFactor')
  @Mutation(() => ResetMemberTwoFactorPayload, {
    description:
      "Removes a member's two-factor sign-in (lost phone and recovery codes); they sign in with the password and set it up again",
  })
  async resetMemberTwoFactor(
    @Arg('input') input: ResetMemberTwoFactorInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResetMemberTwoFactorPayload> {
    return ctx.tx(async (tx) => {
      // NOT_FOUND for anyone who is not a member of this tenant: an admin reaches only their own members.
      const member = await this.services.identity.member(tx, input.userId);
      const hadTwoFactor = await this.services.sessions.twoFactor.reset(tx, member.userId, principalOf(ctx));
      return { member: memberOf(member), hadTwoFactor };
    });
  }
}
