import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../kernel/graphql/page-info';
import { DeviceKind } from './device';

/** Values are the stored role names, so resolvers pass them through unchanged. */
export enum RoleName {
  ADMIN = 'admin',
  EDITOR = 'editor',
  TRANSLATOR = 'translator',
  REVIEWER = 'reviewer',
  VIEWER = 'viewer',
}
registerEnumType(RoleName, {
  name: 'Role',
  description: 'What a member may do in a tenant',
  valuesConfig: {
    ADMIN: { description: 'Manages members and tenant settings, and everything an editor may do' },
    EDITOR: { description: 'Writes, submits and publishes content' },
    TRANSLATOR: { description: 'Translates drafts into the locales of their membership' },
    REVIEWER: { description: 'Reviews content medically and approves it' },
    VIEWER: { description: 'Reads drafts without changing them' },
  },
});

@ObjectType('User', { description: 'A person who signs in to the editor; one account across tenants' })
export class UserType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
}

@ObjectType('Membership', { description: "The signed-in user's role in the tenant of this request" })
export class MembershipType {
  @Field(() => RoleName) role: RoleName;
  @Field(() => [String], { description: 'For translators: the locales they may write; empty for other roles' }) locales: string[];
}

@ObjectType('TenantSummary', { description: 'A tenant as seen from one of its members' })
export class TenantSummaryType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Primary domain, for links to its editor' }) host: string | null;
}

@ObjectType('TenantMembership', { description: "One of the signed-in user's roles, in any tenant" })
export class TenantMembershipType {
  @Field(() => TenantSummaryType) tenant: TenantSummaryType;
  @Field(() => RoleName) role: RoleName;
  @Field(() => [String]) locales: string[];
}

@ObjectType('Me', { description: 'The signed-in user and where they may work' })
export class MeType {
  @Field(() => UserType) user: UserType;
  @Field(() => MembershipType, { nullable: true, description: 'Role in the tenant of this request; null when not a member here' })
  membership: MembershipType | null;
  @Field(() => [TenantMembershipType], { description: 'Every tenant the user belongs to' }) memberships: TenantMembershipType[];
  @Field({ description: 'When the current session ends at the latest' }) sessionExpiresAt: Date;
}

registerEnumType(DeviceKind, { name: 'DeviceKind', description: 'What kind of device a session is on, as its User-Agent tells' });

@ObjectType('Device', { description: "A session's browser and system, from its User-Agent (names and major versions only)" })
export class DeviceType {
  @Field(() => String, { nullable: true, description: 'e.g. "Firefox 133"; null when the User-Agent does not say' }) browser: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "Windows 10"; null when the User-Agent does not say' }) os: string | null;
  @Field(() => DeviceKind) kind: DeviceKind;
  @Field({ description: 'In English, e.g. "Firefox 133 on Windows 10" or "Unknown device"; UIs compose their own from the parts' })
  description: string;
}

@ObjectType('Session', { description: 'A signed-in browser or device of the user' })
export class SessionType {
  @Field(() => ID, { description: 'Opaque; only its owner can use it' }) id: string;
  @Field() createdAt: Date;
  @Field({ description: 'Updated at most once a minute while the session is used' }) lastSeenAt: Date;
  @Field() expiresAt: Date;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field(() => DeviceType) device: DeviceType;
  @Field(() => String, {
    nullable: true,
    description: 'The network signed in from (IPv4 /24, IPv6 /48), never the full address; null when not known',
  })
  signInPrefix: string | null;
  @Field({ description: 'True for the session of this request' }) current: boolean;
}

@ObjectType('Member', { description: 'A member of the tenant, as its admins see them' })
export class MemberType {
  @Field(() => UserType) user: UserType;
  @Field(() => RoleName) role: RoleName;
  @Field(() => [String]) locales: string[];
  @Field({ description: 'When the membership began' }) since: Date;
}

@ObjectType('MemberEdge')
export class MemberEdge {
  @Field() cursor: string;
  @Field(() => MemberType) node: MemberType;
}

@ObjectType('MemberConnection', { description: "A page of the tenant's members, ordered by e-mail address" })
export class MemberConnection {
  @Field(() => [MemberEdge]) edges: MemberEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('Invitation', { description: 'An open invitation to join the tenant' })
export class InvitationType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => RoleName) role: RoleName;
  @Field(() => [String]) locales: string[];
  @Field(() => String, { nullable: true, description: 'E-mail address of the admin who invited' }) invitedBy: string | null;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
}

@ObjectType('SecondFactorChallenge', {
  description: 'The password was right; no session yet. Send the token with a code to completeSignIn within five minutes',
})
export class SecondFactorChallengeType {
  @Field({ description: 'Used once; never stored in the clear' }) token: string;
  @Field() expiresAt: Date;
}

@ObjectType('SignInPayload')
export class SignInPayload {
  @Field(() => UserType) user: UserType;
  @Field(() => MembershipType, { nullable: true, description: 'Role in the tenant of this request; null when not a member here' })
  membership: MembershipType | null;
  @Field(() => String, {
    nullable: true,
    description: 'Send this in the x-csrf-token header of every mutation while signed in; null while a second factor is pending',
  })
  csrfToken: string | null;
  @Field(() => Date, { nullable: true, description: 'When the session ends; null while a second factor is pending' })
  expiresAt: Date | null;
  @Field(() => SecondFactorChallengeType, {
    nullable: true,
    description: 'Set when the account has two-factor sign-in: no session was started, call completeSignIn with a code',
  })
  secondFactor: SecondFactorChallengeType | null;
  @Field({
    description: "The tenant's rule requires two-factor sign-in of this member and it is not set up: only enrolment is open until it is",
  })
  twoFactorEnrolmentRequired: boolean;
}

@ObjectType('TwoFactorStatus')
export class TwoFactorStatusType {
  @Field({ description: 'Whether sign-in asks for a code from an authenticator app' }) enabled: boolean;
  @Field(() => Int, { description: 'Recovery codes not used yet' }) recoveryCodesLeft: number;
  @Field({ description: "This tenant's rule requires it of you and it is not set up: only enrolment is open until it is" })
  enrolmentRequired: boolean;
}

@ObjectType('TwoFactorEnrolment', { description: 'Show the QR code of `uri` and, as its text alternative, the secret in groups' })
export class TwoFactorEnrolmentType {
  @Field({ description: 'Base32 secret for the authenticator app' }) secret: string;
  @Field({ description: 'otpauth:// address for the QR code' }) uri: string;
  @Field(() => [String], { description: 'The secret in groups of four characters, for typing it and for screen readers' })
  secretGroups: string[];
  @Field({ description: 'Confirm with a code before this time, or start again' }) expiresAt: Date;
}

@ObjectType('ConfirmTwoFactorPayload')
export class ConfirmTwoFactorPayload {
  @Field(() => [String], { description: 'Ten one-time recovery codes, shown only now: the API keeps only their hashes' })
  recoveryCodes: string[];
}

@ObjectType('DisableTwoFactorPayload')
export class DisableTwoFactorPayload {
  @Field() disabled: boolean;
}

@ObjectType('SignOutPayload')
export class SignOutPayload {
  @Field() signedOut: boolean;
}

@ObjectType('RevokeSessionPayload')
export class RevokeSessionPayload {
  @Field(() => SessionType, { description: 'The session as it was when it ended' }) session: SessionType;
}

@ObjectType('SignOutSessionPayload')
export class SignOutSessionPayload {
  @Field(() => SessionType, { description: 'The session as it was when it ended' }) session: SessionType;
}

@ObjectType('SignOutEverywherePayload')
export class SignOutEverywherePayload {
  @Field(() => Int, { description: 'How many sessions were signed out' }) signedOutCount: number;
  @Field({ description: 'True when this session was signed out too (its cookies are cleared)' }) signedOutHere: boolean;
}

@ObjectType('RevokeOtherSessionsPayload')
export class RevokeOtherSessionsPayload {
  @Field(() => Int) revokedCount: number;
}

@ObjectType('RequestPasswordResetPayload')
export class RequestPasswordResetPayload {
  @Field({ description: 'The same for every address, whether or not it has an account' }) message: string;
}

@ObjectType('ResetPasswordPayload')
export class ResetPasswordPayload {
  @Field() passwordChanged: boolean;
  @Field(() => Int, { description: 'Sessions of the account that were signed out' }) sessionsEnded: number;
  @Field({ description: 'The address of the account, so the page can sign it in with the new password' }) email: string;
}

@ObjectType('InvitationPreview', { description: 'What the holder of an open invitation link may see before accepting' })
export class InvitationPreviewType {
  @Field() email: string;
  @Field({ description: 'True: accept with the existing account’s password; false: choose a name and a new password' })
  hasAccount: boolean;
}

@ObjectType('InviteMemberPayload')
export class InviteMemberPayload {
  @Field(() => InvitationType) invitation: InvitationType;
}

@ObjectType('RevokeInvitationPayload')
export class RevokeInvitationPayload {
  @Field(() => InvitationType) invitation: InvitationType;
}

@ObjectType('AcceptInvitationPayload')
export class AcceptInvitationPayload {
  @Field(() => UserType) user: UserType;
  @Field(() => MembershipType) membership: MembershipType;
  @Field({ description: 'False when the address already had an account' }) newUser: boolean;
}

@ObjectType('ChangeMemberRolePayload')
export class ChangeMemberRolePayload {
  @Field(() => MemberType) member: MemberType;
}

@ObjectType('RemoveMemberPayload')
export class RemoveMemberPayload {
  @Field(() => MemberType, { description: 'The member as they were before removal' }) member: MemberType;
}

@ObjectType('ResetMemberTwoFactorPayload')
export class ResetMemberTwoFactorPayload {
  @Field(() => MemberType) member: MemberType;
  @Field({ description: 'Whether the member had two-factor sign-in (or a set-up in progress) that was removed' }) hadTwoFactor: boolean;
}

@ObjectType('UnlockMemberPayload')
export class UnlockMemberPayload {
  @Field(() => MemberType) member: MemberType;
  @Field(() => Int, { description: 'How many sign-in counts of the account were cleared (0: it was not limited)' }) clearedCounts: number;
}
