import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RoleName } from './identity.types';
import { MaxChars } from '../../kernel/limits';

// Length limits here stop oversized values early; the services check meaning
// (format, roles, locales) and name the offending field.
const EMAIL_MAX = { message: 'An e-mail address has at most 254 characters.' };
const PASSWORD_MAX = { message: 'A password has at most 1024 characters.' };
const TOKEN_MAX = { message: 'This link token is too long; copy the link from the e-mail again.' };
const LOCALES_MAX = { message: 'List at most 50 locales.' };

@InputType({ description: 'E-mail address and password of an account' })
export class SignInInput {
  @Field() @MaxLength(254, EMAIL_MAX) email: string;
  @Field() @MaxLength(1024, PASSWORD_MAX) password: string;
}

@InputType({ description: 'The second step of a sign-in with two factors' })
export class CompleteSignInInput {
  @Field({ description: 'secondFactor.token from signIn' }) @MaxLength(200, TOKEN_MAX) challenge: string;
  @Field({ description: 'The 6-digit code from the authenticator app, or one of the recovery codes' })
  @MaxLength(64, { message: 'A code has at most 64 characters.' })
  code: string;
}

@InputType()
export class ConfirmTwoFactorInput {
  @Field({ description: 'The 6-digit code the authenticator app shows for the new secret' })
  @MaxLength(64, { message: 'A code has at most 64 characters.' })
  code: string;
}

@InputType({ description: 'A current code or the password (one is enough)' })
export class DisableTwoFactorInput {
  @Field(() => String, { nullable: true }) @MaxLength(64, { message: 'A code has at most 64 characters.' }) code?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(1024, PASSWORD_MAX) password?: string | null;
}

@InputType()
export class ResetMemberTwoFactorInput {
  @Field(() => ID) @MaxLength(64, { message: 'This is not a user id.' }) userId: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID) @MaxLength(64, { message: 'This is not a session id.' }) sessionId: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @MaxLength(254, EMAIL_MAX) email: string;
  @Field(() => String, {
    nullable: true,
    description:
      "Language of the e-mail and of the page its link opens: one of the tenant's locales (default: the tenant's default locale)",
  })
  @MaxChars('localeTagChars')
  locale?: string | null;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the reset e-mail' }) @MaxLength(200, TOKEN_MAX) token: string;
  @Field() @MaxLength(1024, PASSWORD_MAX) newPassword: string;
}

@InputType()
export class InviteMemberInput {
  @Field() @MaxLength(254, EMAIL_MAX) email: string;
  @Field(() => RoleName) role: RoleName;
  @Field(() => [String], { defaultValue: [], description: 'For translators: the locales they may write' })
  @MaxChars('localeTagChars', { each: true })
  @ArrayMaxSize(50, LOCALES_MAX)
  locales: string[];
  @Field(() => String, {
    nullable: true,
    description:
      "Language of the e-mail and of the page its link opens: one of the tenant's locales (default: the tenant's default locale)",
  })
  @MaxChars('localeTagChars')
  locale?: string | null;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID) @MaxLength(64, { message: 'This is not an invitation id.' }) invitationId: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the link in the invitation e-mail' }) @MaxLength(200, TOKEN_MAX) token: string;
  @Field(() => String, { nullable: true, description: 'Needed when the address has no account yet' })
  @MaxLength(200, { message: 'A display name has at most 200 characters.' })
  displayName?: string | null;
  @Field({ description: 'A new password, or the password of the existing account' }) @MaxLength(1024, PASSWORD_MAX) password: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID) @MaxLength(64, { message: 'This is not a user id.' }) userId: string;
  @Field(() => RoleName) role: RoleName;
  @Field(() => [String], { defaultValue: [], description: 'For translators: the locales they may write' })
  @MaxChars('localeTagChars', { each: true })
  @ArrayMaxSize(50, LOCALES_MAX)
  locales: string[];
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID) @MaxLength(64, { message: 'This is not a user id.' }) userId: string;
}

@InputType()
export class UnlockMemberInput {
  @Field(() => ID) @MaxLength(64, { message: 'This is not a user id.' }) userId: string;
}
