import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Nested } from '../../kernel/limits';
import { Field, InputType, ObjectType } from 'type-graphql';
import { RoleName } from './identity.types';
import { SSO_CALLBACK_MAX_CHARS } from './sso.service';
import { SSO_LIMITS } from './sso-settings';

// Length bounds stop oversized values early; sso-settings.ts checks meaning and names the field.

@ObjectType('SsoRoleMapping', { description: 'People whose claim holds `value` get `role` (translators: in `locales`)' })
export class SsoRoleMappingType {
  @Field() value: string;
  @Field(() => RoleName) role: RoleName;
  @Field(() => [String]) locales: string[];
}

@ObjectType('SsoSettings', { description: "The tenant's single sign-on (OpenID Connect); the client secret is never answered" })
export class SsoSettingsType {
  @Field({ description: 'Whether the sign-in page offers the provider' }) enabled: boolean;
  @Field({ description: 'Shown on the button: "Sign in with <providerName>"' }) providerName: string;
  @Field({ description: "The provider's issuer address (its discovery document is read from there)" }) issuer: string;
  @Field() clientId: string;
  @Field({ description: 'Whether a client secret is stored (the secret itself is write-only)' }) clientSecretSet: boolean;
  @Field(() => [String], { description: 'E-mail domains that may sign in through the provider' }) allowedDomains: string[];
  @Field({ description: 'The claim whose values are mapped to roles, e.g. groups or roles' }) claim: string;
  @Field(() => [SsoRoleMappingType], { description: 'In order: the first value the person has decides their role' })
  mappings: SsoRoleMappingType[];
  @Field({ description: 'Whether people with a mapped value become members at their first sign-in' }) justInTime: boolean;
  @Field({ description: 'Whether people of the allowed domains may sign in only through the provider (no password)' }) ssoOnly: boolean;
  @Field({ description: 'The redirect URI to register at the provider' }) redirectUri: string;
  @Field() updatedAt: Date;
}

@ObjectType('SsoProvider', { description: "The tenant's sign-in service, for the sign-in page" })
export class SsoProviderType {
  @Field() name: string;
}

@ObjectType('StartSsoSignInPayload')
export class StartSsoSignInPayload {
  @Field({ description: "Send the browser here (the provider's authorization endpoint with PKCE, state and nonce)" })
  authorizationUrl: string;
  @Field({ description: 'Keep in an HttpOnly cookie of this browser and send back with completeSsoSignIn' }) binding: string;
  @Field({ description: 'The sign-in must come back before this (ten minutes)' }) expiresAt: Date;
}

@InputType()
export class SsoRoleMappingInput {
  @Field()
  @MaxLength(SSO_LIMITS.mappingValueChars, { message: `A claim value has at most ${SSO_LIMITS.mappingValueChars} characters.` })
  value: string;
  @Field(() => RoleName) role: RoleName;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'List at most 50 locales.' })
  @MaxLength(35, { each: true, message: 'A locale tag has at most 35 characters.' })
  locales: string[];
}

@InputType({ description: "The tenant's single sign-on; everything is replaced except a secret left out" })
export class ConfigureSsoInput {
  @Field() enabled: boolean;
  @Field()
  @MaxLength(SSO_LIMITS.providerNameChars, { message: `The name has at most ${SSO_LIMITS.providerNameChars} characters.` })
  providerName: string;
  @Field() @MaxLength(SSO_LIMITS.issuerChars, { message: `The issuer has at most ${SSO_LIMITS.issuerChars} characters.` }) issuer: string;
  @Field()
  @MaxLength(SSO_LIMITS.clientIdChars, { message: `The client id has at most ${SSO_LIMITS.clientIdChars} characters.` })
  clientId: string;
  @Field(() => String, { nullable: true, description: 'A new client secret; null or absent keeps the stored one' })
  @MaxLength(SSO_LIMITS.clientSecretChars, { message: `The client secret has at most ${SSO_LIMITS.clientSecretChars} characters.` })
  clientSecret?: string | null;
  @Field(() => [String])
  @ArrayMaxSize(SSO_LIMITS.domains, { message: `List at most ${SSO_LIMITS.domains} domains.` })
  @MaxLength(SSO_LIMITS.domainChars, { each: true, message: `A domain has at most ${SSO_LIMITS.domainChars} characters.` })
  allowedDomains: string[];
  @Field() @MaxLength(SSO_LIMITS.claimChars, { message: `The claim has at most ${SSO_LIMITS.claimChars} characters.` }) claim: string;
  @Field(() => [SsoRoleMappingInput])
  @ArrayMaxSize(SSO_LIMITS.mappings, { message: `Map at most ${SSO_LIMITS.mappings} claim values.` })
  @Nested()
  mappings: SsoRoleMappingInput[];
  @Field() justInTime: boolean;
  @Field() ssoOnly: boolean;
}

@InputType({ description: 'The callback of the provider, as the browser brought it back' })
export class CompleteSsoSignInInput {
  @Field({ description: 'The query string of the callback address (code, state, iss, or error)' })
  @MaxLength(SSO_CALLBACK_MAX_CHARS, { message: 'This callback is too long; start the sign-in again.' })
  query: string;
  @Field({ description: 'The binding from startSsoSignIn, from the cookie of this browser' })
  @MaxLength(200, { message: 'This sign-in is not valid; start it again.' })
  binding: string;
}
