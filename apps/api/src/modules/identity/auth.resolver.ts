import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, SignedIn } from '../../kernel/policy';
import { httpOf, type RequestContext } from '../../kernel/context';
import type { IdentityDeps } from './deps';
import type { SessionOwner } from './session.service';
import { signInPayload } from './two-factor.resolver';
import { mailLocaleOf } from './mail-texts';
import { ActionPermissionType, permissionsFor } from './me-can';
import { RequestPasswordResetInput, ResetPasswordInput, RevokeSessionInput, SignInInput } from './identity.inputs';
import {
  MeType,
  RequestPasswordResetPayload,
  ResetPasswordPayload,
  RevokeOtherSessionsPayload,
  RevokeSessionPayload,
  RoleName,
  SessionType,
  SignInPayload,
  SignOutEverywherePayload,
  SignOutPayload,
  SignOutSessionPayload,
  TenantSummaryType,
} from './identity.types';

/** Signing in and out, the signed-in user, their sessions, and password reset. */
@Resolver()
export class AuthResolver {
  constructor(private readonly services: IdentityDeps) {}

  @Public()
  @Mutation(() => SignInPayload, {
    description:
      'Signs in with e-mail and password; sets the session cookie, or answers secondFactor when the account has two-factor sign-in',
  })
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    const http = httpOf(ctx);
    const result = await this.services.sessions.signIn(input, { ip: http.ip, userAgent: http.userAgent }, ctx.session, ctx.tenant.id);
    return signInPayload(this.services.sessions, ctx, result);
  }

  @Public()
  @Mutation(() => SignOutPayload, { description: 'Ends the current session and clears its cookies; harmless when not signed in' })
  async signOut(@Ctx() ctx: RequestContext): Promise<SignOutPayload> {
    if (ctx.session) await this.services.sessions.end(ctx.session.id);
    ctx.http?.endSession();
    return { signedOut: true };
  }

  @Public()
  @Query(() => MeType, { nullable: true, description: 'The signed-in user, or null' })
  async me(@Ctx() ctx: RequestContext): Promise<MeType | null> {
    if (!ctx.user || !ctx.session) return null;
    const memberships = await this.services.sessions.memberships(ctx.session);
    return {
      user: ctx.user,
      membership: ctx.membership ? { role: ctx.membership.role as RoleName, locales: ctx.membership.locales } : null,
      memberships: memberships.map((m) => ({
        tenant: { id: m.tenantId, slug: m.slug, name: m.name, host: m.host },
        role: m.role as RoleName,
        locales: m.locales,
      })),
      sessionExpiresAt: ctx.session.expiresAt,
    };
  }

  @SignedIn()
  @Query(() => [SessionType], {
    description: 'Your active sessions, newest first (at most 50), each with its device and the network it signed in from',
  })
  mySessions(@Ctx() ctx: RequestContext): Promise<SessionType[]> {
    return this.services.sessions.list(ctx.user!.id, ctx.session?.id ?? null);
  }

  @SignedIn()
  @Mutation(() => SignOutSessionPayload, {
    description: 'Signs out one of your sessions (this one too); a session that is not yours is NOT_FOUND',
  })
  async signOutSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SignOutSessionPayload> {
    const session = await this.services.sessions.signOutSession(ownerOf(ctx), id);
    if (session.current) ctx.http?.endSession();
    return { session };
  }

  @SignedIn()
  @Mutation(() => SignOutEverywherePayload, {
    description: 'Signs out all your sessions; with keepCurrent, all but this one. Noted in the audit log',
  })
  async signOutEverywhere(
    @Arg('keepCurrent', () => Boolean) keepCurrent: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<SignOutEverywherePayload> {
    const signedOutCount = await this.services.sessions.signOutEverywhere(ownerOf(ctx), keepCurrent);
    if (!keepCurrent) ctx.http?.endSession();
    return { signedOutCount, signedOutHere: !keepCurrent };
  }

  @SignedIn()
  @Query(() => [SessionType], { description: "The signed-in user's active sessions, newest first", deprecationReason: 'Use mySessions' })
  sessions(@Ctx() ctx: RequestContext): Promise<SessionType[]> {
    return this.services.sessions.list(ctx.user!.id, ctx.session?.id ?? null);
  }

  @SignedIn()
  @Mutation(() => RevokeSessionPayload, {
    description: 'Signs out one of your sessions (the current one too)',
    deprecationReason: 'Use signOutSession',
  })
  async revokeSession(@Arg('input') input: RevokeSessionInput, @Ctx() ctx: RequestContext): Promise<RevokeSessionPayload> {
    const session = await this.services.sessions.revoke(ctx.user!.id, input.sessionId, ctx.session?.id ?? null);
    if (session.current) ctx.http?.endSession();
    return { session };
  }

  @SignedIn()
  @Mutation(() => RevokeOtherSessionsPayload, {
    description: 'Signs out every session of yours except this one',
    deprecationReason: 'Use signOutEverywhere(keepCurrent: true)',
  })
  async revokeOtherSessions(@Ctx() ctx: RequestContext): Promise<RevokeOtherSessionsPayload> {
    return { revokedCount: await this.services.sessions.revokeOthers(ctx.user!.id, ctx.session!.id) };
  }

  @Public()
  @Mutation(() => RequestPasswordResetPayload, { description: 'Mails a one-time reset link; answers the same for every address' })
  async requestPasswordReset(
    @Arg('input') input: RequestPasswordResetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestPasswordResetPayload> {
    const http = httpOf(ctx);
    const host = await ctx.tx((tx) => this.services.tenancy.primaryHost(tx));
    const message = await this.services.passwordReset.request(
      input.email,
      { name: ctx.tenant.name, host, locale: mailLocaleOf(ctx.tenantConfig, input.locale) },
      { ip: http.ip, userAgent: http.userAgent },
    );
    return { message };
  }

  @Public({ publicCache: false })
  @Query(() => Boolean, { description: 'Whether a password-reset link still works (not used, not older than one hour)' })
  passwordResetLinkOpen(@Arg('token', () => String) token: string): Promise<boolean> {
    return this.services.passwordReset.linkIsOpen(token);
  }

  @Public()
  @Mutation(() => ResetPasswordPayload, {
    description: 'Sets a new password with the token from a reset link; signs the account out everywhere',
  })
  async resetPassword(@Arg('input') input: ResetPasswordInput, @Ctx() ctx: RequestContext): Promise<ResetPasswordPayload> {
    const { userId, email, sessionsEnded } = await this.services.passwordReset.reset(input.token, input.newPassword, [
      ctx.tenant.name,
      ctx.tenant.slug,
    ]);
    // This browser's own session, if any, belonged to someone who may not know the new password.
    if (ctx.user?.id === userId) ctx.http?.endSession();
    return { passwordChanged: true, sessionsEnded, email };
  }
}

/** The signed-in user and their session, as the session service's sign-out calls need them (@SignedIn fields only). */
function ownerOf(ctx: RequestContext): SessionOwner {
  return { userId: ctx.user!.id, email: ctx.user!.email, currentSessionId: ctx.session?.id ?? null, tenantId: ctx.tenant.id };
}

/** The CSRF token is handed out only when asked for, since handing it out sets a cookie. */
@Resolver(() => MeType)
export class MeResolver {
  @FieldResolver(() => String, { description: 'CSRF token for the x-csrf-token header, e.g. after a page reload' })
  csrfToken(@Root() _me: MeType, @Ctx() ctx: RequestContext): string {
    return httpOf(ctx).csrfToken();
  }

  @FieldResolver(() => [ActionPermissionType], {
    description:
      'Which actions of the policy table (e.g. "document.publish") you may do in this tenant: in `locale`, or without it in at least one locale. For hiding controls; every call is checked again',
  })
  can(
    @Root() _me: MeType,
    @Ctx() ctx: RequestContext,
    @Arg('actions', () => [String]) actions: string[],
    @Arg('locale', () => String, { nullable: true }) locale: string | null,
  ): ActionPermissionType[] {
    return permissionsFor(ctx, actions, locale ?? null);
  }
}

/** What a link into another tenant's editor needs: its languages (the reader's UI language, if it has it). */
@Resolver(() => TenantSummaryType)
export class TenantSummaryResolver {
  // Both fields come from one read per tenant summary object (one request's answer).
  private readonly read = new WeakMap<TenantSummaryType, Promise<{ defaultLocale: string; locales: string[] }>>();

  constructor(private readonly services: IdentityDeps) {}

  private localesOf(tenant: TenantSummaryType) {
    let p = this.read.get(tenant);
    if (!p) this.read.set(tenant, (p = this.services.tenancy.localesOf(tenant.id)));
    return p;
  }

  @FieldResolver(() => [String], { description: "The tenant's locales, in its order" })
  async locales(@Root() tenant: TenantSummaryType): Promise<string[]> {
    return (await this.localesOf(tenant)).locales;
  }

  @FieldResolver(() => String, { description: "The tenant's default locale" })
  async defaultLocale(@Root() tenant: TenantSummaryType): Promise<string> {
    return (await this.localesOf(tenant)).defaultLocale;
  }
}
