import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Can, Public, principalOf } from '../../kernel/policy';
import { httpOf, type RequestContext } from '../../kernel/context';
import type { IdentityDeps } from './deps';
import { SignInPayload } from './identity.types';
import type { SsoSettingsView } from './sso.service';
import { CompleteSsoSignInInput, ConfigureSsoInput, SsoProviderType, SsoSettingsType, StartSsoSignInPayload } from './sso.types';
import { signInPayload } from './two-factor.resolver';

const typeOf = (view: SsoSettingsView): SsoSettingsType => {
  // Listed field by field, so nothing the view may carry besides (a secret, say) can reach an answer.
  const {
    enabled,
    providerName,
    issuer,
    clientId,
    clientSecretSet,
    allowedDomains,
    claim,
    mappings,
    justInTime,
    ssoOnly,
    redirectUri,
    updatedAt,
  } = view;
  return {
    enabled,
    providerName,
    issuer,
    clientId,
    clientSecretSet,
    allowedDomains,
    claim,
    mappings: mappings.map((m) => ({ value: m.value, role: m.role as SsoSettingsType['mappings'][number]['role'], locales: m.locales })),
    justInTime,
    ssoOnly,
    redirectUri,
    updatedAt,
  };
};

/** Single sign-on with the tenant's OpenID Connect provider: the admins' settings and the two steps of a sign-in. */
@Resolver()
export class SsoResolver {
  constructor(private readonly services: IdentityDeps) {}

  @Can('tenant.configureSso')
  @Query(() => SsoSettingsType, {
    nullable: true,
    description: "The tenant's single sign-on settings (without the secret); null when none",
  })
  async ssoSettings(@Ctx() ctx: RequestContext): Promise<SsoSettingsType | null> {
    const view = await ctx.tx((tx) => this.services.sso.settings(tx));
    return view ? typeOf(view) : null;
  }

  @Can('tenant.configureSso')
  @Query(() => String, { description: 'The redirect URI to register at the identity provider for this tenant' })
  ssoRedirectUri(@Ctx() ctx: RequestContext): Promise<string> {
    return ctx.tx((tx) => this.services.sso.redirectUriOf(tx));
  }

  @Can('tenant.configureSso')
  @Mutation(() => SsoSettingsType, {
    description: 'Sets up or changes single sign-on; the client secret is write-only. Noted in the audit log',
  })
  async configureSso(@Arg('input') input: ConfigureSsoInput, @Ctx() ctx: RequestContext): Promise<SsoSettingsType> {
    return typeOf(await ctx.tx((tx) => this.services.sso.configure(tx, input, principalOf(ctx))));
  }

  @Public({ publicCache: false })
  @Query(() => SsoProviderType, { nullable: true, description: "The tenant's sign-in service for the sign-in page; null when it has none" })
  async ssoProvider(@Ctx() ctx: RequestContext): Promise<SsoProviderType | null> {
    const name = await ctx.tx((tx) => this.services.sso.providerName(tx));
    return name ? { name } : null;
  }

  @Public()
  @Mutation(() => StartSsoSignInPayload, {
    description: "Starts a sign-in through the tenant's identity provider: where to send the browser, and the binding to keep in a cookie",
  })
  startSsoSignIn(@Ctx() ctx: RequestContext): Promise<StartSsoSignInPayload> {
    return this.services.sso.start(ctx.tenant.id);
  }

  @Public()
  @Mutation(() => SignInPayload, {
    description: "Finishes a sign-in through the tenant's identity provider with its callback; sets the session cookie as signIn does",
  })
  async completeSsoSignIn(@Arg('input') input: CompleteSsoSignInInput, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    const http = httpOf(ctx);
    const result = await this.services.sso.complete(ctx.tenant.id, input, { ip: http.ip, userAgent: http.userAgent }, ctx.session);
    return signInPayload(this.services.sessions, ctx, result);
  }
}
