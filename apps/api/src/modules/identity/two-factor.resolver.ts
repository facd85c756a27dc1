import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public, SignedIn } from '../../kernel/policy';
import { httpOf, type RequestContext } from '../../kernel/context';
import type { IdentityDeps } from './deps';
import { CompleteSignInInput, ConfirmTwoFactorInput, DisableTwoFactorInput } from './identity.inputs';
import {
  ConfirmTwoFactorPayload,
  DisableTwoFactorPayload,
  RoleName,
  SignInPayload,
  TwoFactorEnrolmentType,
  TwoFactorStatusType,
} from './identity.types';
import type { SecondFactorPending, SessionService, SignInResult } from './session.service';

/**
 * What signIn and completeSignIn answer: a session (cookies set here) or,
 * for an account with two-factor sign-in, only the challenge of the second step.
 */
export async function signInPayload(
  sessions: SessionService,
  ctx: RequestContext,
  result: SignInResult | SecondFactorPending,
): Promise<SignInPayload> {
  if (result.kind === 'secondFactor') {
    return {
      user: result.user,
      membership: null,
      csrfToken: null,
      expiresAt: null,
      secondFactor: { token: result.challenge, expiresAt: result.expiresAt },
      twoFactorEnrolmentRequired: false,
    };
  }
  const csrfToken = httpOf(ctx).startSession(result.token, result.session.tokenHash, result.session.expiresAt);
  const principal = await sessions.principal(result.session.tokenHash, ctx.tenant.id, ctx.tenantConfig.requireTwoFactor);
  return {
    user: result.user,
    membership: principal?.membership ? { role: principal.membership.role as RoleName, locales: principal.membership.locales } : null,
    csrfToken,
    expiresAt: result.session.expiresAt,
    secondFactor: null,
    twoFactorEnrolmentRequired: principal?.mustEnrolTwoFactor ?? false,
  };
}

/** Two-factor sign-in: the second step, and setting it up or turning it off for one's own account. */
@Resolver()
export class TwoFactorResolver {
  constructor(private readonly services: IdentityDeps) {}

  /** Every tenant the user belongs to: a change of their account's sign-in is in each one's audit log. */
  private async tenantsOf(ctx: RequestContext): Promise<string[]> {
    return (await this.services.sessions.memberships(ctx.session!)).map((m) => m.tenantId);
  }

  @Public()
  @Mutation(() => SignInPayload, {
    description: 'Second step of a sign-in with two factors: a code from the authenticator app or a recovery code; sets the session cookie',
  })
  async completeSignIn(@Arg('input') input: CompleteSignInInput, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    const http = httpOf(ctx);
    const result = await this.services.sessions.completeSignIn(
      input,
      { ip: http.ip, userAgent: http.userAgent },
      ctx.session,
      ctx.tenant.id,
    );
    return signInPayload(this.services.sessions, ctx, result);
  }

  @SignedIn({ whileEnrolling: true })
  @Query(() => TwoFactorStatusType, { description: 'Whether your account signs in with two factors, and how many recovery codes are left' })
  async twoFactorStatus(@Ctx() ctx: RequestContext): Promise<TwoFactorStatusType> {
    const status = await this.services.sessions.twoFactor.status(ctx.user!.id);
    return { ...status, enrolmentRequired: ctx.mustEnrolTwoFactor };
  }

  @SignedIn({ whileEnrolling: true })
  @Mutation(() => TwoFactorEnrolmentType, {
    description: 'Starts setting up two-factor sign-in: a new secret, kept by the API until a code confirms it (15 minutes)',
  })
  startTwoFactorEnrolment(@Ctx() ctx: RequestContext): Promise<TwoFactorEnrolmentType> {
    return this.services.sessions.twoFactor.startEnrolment(ctx.user!);
  }

  @SignedIn({ whileEnrolling: true })
  @Mutation(() => ConfirmTwoFactorPayload, {
    description: 'Turns two-factor sign-in on with a code from the new secret; answers ten recovery codes, shown only this once',
  })
  async confirmTwoFactorEnrolment(
    @Arg('input') input: ConfirmTwoFactorInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConfirmTwoFactorPayload> {
    const recoveryCodes = await this.services.sessions.twoFactor.confirmEnrolment(ctx.user!, input.code, await this.tenantsOf(ctx));
    return { recoveryCodes };
  }

  @SignedIn()
  @Mutation(() => DisableTwoFactorPayload, { description: 'Turns two-factor sign-in off; needs a current code or the password' })
  async disableTwoFactor(@Arg('input') input: DisableTwoFactorInput, @Ctx() ctx: RequestContext): Promise<DisableTwoFactorPayload> {
    await this.services.sessions.twoFactor.disable(ctx.user!, input, httpOf(ctx).ip, await this.tenantsOf(ctx));
    return { disabled: true };
  }
}
